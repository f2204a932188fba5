package com.certdesk.security.spi;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Implemented by the feature that stores users. */
public interface AccountStore {

    /** The account whose stored username equals this canonical username exactly (no case folding). */
    Optional<Account> findByUsername(String canonicalUsername);

    Optional<Account> findById(long id);

    /** The account's security version by primary key, or empty when it no longer exists or is inactive. */
    OptionalLong activeSecurityVersion(long id);

    /**
     * Counts one failed password check, in a transaction of its own so that it holds even when the caller's
     * transaction rolls back. A lock that has expired is cleared first; once the count reaches {@code maxFailures}
     * the account is locked until {@code lockUntil}. Atomic on the row, so several nodes count together.
     */
    FailedSignIns recordFailure(long id, Instant now, int maxFailures, Instant lockUntil);

    /** Forgets the failures and any lock (after a successful check, or when an administrator unlocks). */
    void clearFailures(long id);
}
