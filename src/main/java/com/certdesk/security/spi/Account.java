package com.certdesk.security.spi;

import java.util.Set;

/** The sign-in view of a user: enough to authenticate and authorize. */
public record Account(long id, String username, String displayName, String passwordHash, boolean active,
        Set<String> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }
}
