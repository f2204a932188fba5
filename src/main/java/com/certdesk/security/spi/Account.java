package com.certdesk.security.spi;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The sign-in view of a user: enough to authenticate and authorize.
 *
 * @param username the canonical username (see {@link com.certdesk.security.Usernames})
 * @param failedSignIns wrong passwords counted since the last success
 * @param lockedUntil until when sign-in is locked after too many failures (null or past: not locked)
 * @param securityVersion changes whenever the user's access changes; sessions remember the value they signed in with
 */
public record Account(long id, String username, String displayName, String passwordHash, boolean active,
        Set<String> roles, int failedSignIns, @Nullable Instant lockedUntil, long securityVersion) {

    public Account {
        roles = Set.copyOf(roles);
    }
}
