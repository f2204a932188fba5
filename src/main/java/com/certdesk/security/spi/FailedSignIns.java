package com.certdesk.security.spi;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An account's failed password checks after one more was counted.
 *
 * @param count failures since the last success or expired lock
 * @param lockedUntil until when the account is locked, or null
 * @param lockedNow whether this failure is the one that locked it
 */
public record FailedSignIns(int count, @Nullable Instant lockedUntil, boolean lockedNow) {

    public FailedSignIns(int count, @Nullable Instant lockedUntil) {
        this(count, lockedUntil, false);
    }

    public FailedSignIns withLockedNow(boolean lockedNow) {
        return new FailedSignIns(count, lockedUntil, lockedNow);
    }
}
