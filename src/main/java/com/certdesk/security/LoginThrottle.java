package com.certdesk.security;

import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import com.certdesk.security.spi.FailedSignIns;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account (whatever spelling of the username was typed, since only the canonical form
 * reaches an account) and locks the account for a while after too many. Used by sign-in and by every other check
 * of a user's password (the current password on My account), so they share one count and one lock.
 *
 * <p>The count and the lock live on the account row (through {@link AccountStore}), so a lock holds across restarts
 * and across application nodes. Usernames that match no account get no row and no counter of their own: they are
 * counted in a fixed number of shared buckets, only so that an unknown name locks like a real one and a lock reveals
 * nothing. The buckets are rows in the database ({@link SignInBuckets}), so they too hold across nodes; which bucket
 * a name falls in is salted with a value every node shares (derived from {@code certdesk.secrets.key}), so that
 * nobody outside can tell which names share one. Storage stays the same however many names are tried. Text outside
 * the safe username set is not counted at all: it can never reach an account.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Buckets for usernames without an account; a power of two. */
    static final int UNKNOWN_BUCKETS = 4096;

    private final LoginProperties properties;
    private final Clock clock;
    private final AccountStore accounts;
    private final SignInBuckets buckets;
    private final int salt;

    LoginThrottle(LoginProperties properties, Clock clock, AccountStore accounts, SignInBuckets buckets,
            @Value("${certdesk.secrets.key:}") String sharedSecret) {
        this.properties = properties;
        this.clock = clock;
        this.accounts = accounts;
        this.buckets = buckets;
        this.salt = salt(sharedSecret);
    }

    /** The same on every node that shares the secret; without one, a fixed value (buckets still agree). */
    static int salt(String sharedSecret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("certdesk sign-in buckets " + sharedSecret).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this account (as just read) is locked now. */
    boolean isLocked(Account account) {
        return isFuture(account.lockedUntil());
    }

    /** Until when the account is locked, if it is locked now. */
    public Optional<Instant> lockedUntil(long accountId) {
        return accounts.findById(accountId).map(Account::lockedUntil).filter(this::isFuture);
    }

    /**
     * Counts one wrong password for the account; returns true when the account is locked after it (this failure
     * locked it, or it already was). {@code where} names the check in the log, e.g. "sign-in".
     */
    public boolean recordFailure(long accountId, String username, String where) {
        Instant now = clock.instant();
        FailedSignIns failures = accounts.recordFailure(accountId, now, properties.maxFailures(),
                now.plus(properties.lockDuration()));
        if (failures.lockedNow()) {
            log.warn("SECURITY account '{}' (id {}) locked after {} wrong passwords ({}), until {}", username,
                    accountId, failures.count(), where, failures.lockedUntil());
        } else {
            log.info("SECURITY wrong password for account '{}' (id {}) at {} ({} of {})", username, accountId,
                    where, failures.count(), properties.maxFailures());
        }
        return isFuture(failures.lockedUntil());
    }

    /** A right password: forgets the account's earlier failures. */
    public void recordSuccess(long accountId) {
        accounts.clearFailures(accountId);
    }

    /** Lifts a lock before its time (an administrator's decision); logged. */
    public void unlock(long accountId, String username, String by) {
        accounts.clearFailures(accountId);
        log.warn("SECURITY account '{}' (id {}) unlocked by '{}'", username, accountId, by);
    }

    public long lockMinutes() {
        return properties.lockDuration().toMinutes();
    }

    /** Whether this canonical username without an account is locked (see the class comment). */
    boolean isUnknownLocked(String canonicalUsername) {
        return buckets.lockedUntil(bucket(canonicalUsername), clock.instant()) != null;
    }

    /** Counts a failure for a canonical username without an account; returns true when its bucket is locked now. */
    boolean recordUnknownFailure(String canonicalUsername) {
        Instant now = clock.instant();
        FailedSignIns failures = buckets.recordFailure(bucket(canonicalUsername), now, properties.maxFailures(),
                now.plus(properties.lockDuration()));
        if (failures.lockedNow()) {
            log.warn("SECURITY sign-in locked for unknown username '{}' after {} failed attempts", canonicalUsername,
                    failures.count());
        } else {
            log.info("SECURITY failed sign-in for unknown username '{}'", canonicalUsername);
        }
        return isFuture(failures.lockedUntil());
    }

    private boolean isFuture(@Nullable Instant instant) {
        return instant != null && clock.instant().isBefore(instant);
    }

    private int bucket(String canonicalUsername) {
        int h = (canonicalUsername.hashCode() ^ salt) * 0x9E3779B1;
        return (h ^ (h >>> 16)) & (UNKNOWN_BUCKETS - 1);
    }
}
