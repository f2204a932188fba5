package com.certdesk.people.internal;

import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets security sign in the users stored here. */
@Component
class AccountStoreAdapter implements AccountStore {

    private final UserRepository users;

    AccountStoreAdapter(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.trim())
                .map(u -> new Account(u.getId(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(),
                        u.isActive(), u.getRoles()));
    }
}
