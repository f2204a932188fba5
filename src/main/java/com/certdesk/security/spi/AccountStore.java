package com.certdesk.security.spi;

import java.util.Optional;

/** Implemented by the feature that stores users. */
public interface AccountStore {

    Optional<Account> findByUsername(String username);
}
