package com.certdesk.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The sign-in lock as other features may see it: whether an account is locked after too many failed sign-ins, and
 * lifting the lock (for administrators). The lock itself is kept by the sign-in throttle.
 */
@Service
public class SignInLocks {

    private final LoginThrottle throttle;

    SignInLocks(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public boolean isLocked(String username) {
        return throttle.isLocked(username);
    }

    /** Lets the account sign in again at once; returns whether it was locked. */
    @PreAuthorize(Roles.IS_ADMIN)
    public boolean unlock(String username) {
        return throttle.unlock(username);
    }
}
