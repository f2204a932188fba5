package com.certdesk.people.internal;

import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import com.certdesk.security.spi.FailedSignIns;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Lets security sign in the users stored here, and keeps its failure counts and locks on the user row. */
@Component
class AccountStoreAdapter implements AccountStore {

    private final UserRepository users;

    AccountStoreAdapter(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String canonicalUsername) {
        return users.findByUsername(canonicalUsername).map(AccountStoreAdapter::account);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> findById(long id) {
        return users.findById(id).map(AccountStoreAdapter::account);
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong activeSecurityVersion(long id) {
        Long version = users.findActiveSecurityVersion(id);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public FailedSignIns recordFailure(long id, Instant now, int maxFailures, Instant lockUntil) {
        users.clearExpiredLock(id, now);
        users.countFailedSignIn(id);
        boolean lockedNow = users.lockAfterFailures(id, maxFailures, lockUntil) == 1;
        return users.findFailedSignIns(id).orElseGet(() -> new FailedSignIns(0, null, false))
                .withLockedNow(lockedNow);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clearFailures(long id) {
        users.clearFailedSignIns(id);
    }

    private static Account account(User u) {
        return new Account(u.getId(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(), u.isActive(),
                u.getRoles(), u.getFailedSignIns(), u.getLockedUntil(), u.getSecurityVersion());
    }
}
