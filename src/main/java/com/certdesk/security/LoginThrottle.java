package com.certdesk.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username (whether or not the account exists, so a lock reveals nothing) and
 * locks the username for a while after too many. Kept in memory: a restart clears locks.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures f = failures.get(key(username));
        return f != null && f.lockedUntil != null && clock.instant().isBefore(f.lockedUntil);
    }

    /** Records a failure; returns true when this failure locked the username. */
    boolean recordFailure(String username) {
        if (failures.size() > MAX_TRACKED) {
            purgeExpired();
        }
        Instant now = clock.instant();
        Failures updated = failures.compute(key(username), (k, f) -> {
            Failures current = f == null || (f.lockedUntil != null && !now.isBefore(f.lockedUntil)) ? new Failures(0, null) : f;
            int count = current.count + 1;
            Instant lockedUntil = count >= properties.maxFailures() ? now.plus(properties.lockDuration()) : null;
            return new Failures(count, lockedUntil);
        });
        if (updated.lockedUntil != null && updated.count == properties.maxFailures()) {
            log.warn("SECURITY sign-in locked for username '{}' after {} failed attempts, until {}",
                    sanitize(username), updated.count, updated.lockedUntil);
            return true;
        }
        log.info("SECURITY failed sign-in for username '{}' ({} of {})", sanitize(username), updated.count,
                properties.maxFailures());
        return false;
    }

    void recordSuccess(String username) {
        failures.remove(key(username));
    }

    /** Lifts a lock (and forgets the failures) for the username; returns whether it was locked. */
    boolean unlock(String username) {
        boolean locked = isLocked(username);
        failures.remove(key(username));
        return locked;
    }

    long lockMinutes() {
        return properties.lockDuration().toMinutes();
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        failures.values().removeIf(f -> f.lockedUntil == null || !now.isBefore(f.lockedUntil));
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static String sanitize(String username) {
        String clean = username.replaceAll("[\\r\\n\\t]", "_");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
