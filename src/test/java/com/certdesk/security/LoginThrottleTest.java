package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import com.certdesk.security.spi.FailedSignIns;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MutableClock clock = new MutableClock();
    // names without an account never reach the store; the account side is tested on a database in SignInTest
    final LoginThrottle throttle = new LoginThrottle(new LoginProperties(5, Duration.ofMinutes(15)), clock,
            new AccountStore() {
                @Override
                public Optional<Account> findByUsername(String canonicalUsername) {
                    return Optional.empty();
                }

                @Override
                public Optional<Account> findById(long id) {
                    return Optional.empty();
                }

                @Override
                public OptionalLong activeSecurityVersion(long id) {
                    return OptionalLong.empty();
                }

                @Override
                public FailedSignIns recordFailure(long id, Instant now, int maxFailures, Instant lockUntil) {
                    throw new AssertionError("no account to count on");
                }

                @Override
                public void clearFailures(long id) {
                    throw new AssertionError("no account to clear");
                }
            });

    @Test
    void fifth_failure_for_an_unknown_name_locks_it_for_fifteen_minutes_like_a_real_account() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.recordUnknownFailure("alice")).isFalse();
            assertThat(throttle.isUnknownLocked("alice")).isFalse();
        }
        assertThat(throttle.recordUnknownFailure("alice")).isTrue();
        assertThat(throttle.isUnknownLocked("alice")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.isUnknownLocked("alice")).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.isUnknownLocked("alice")).isFalse();
    }

    @Test
    void after_a_lock_expires_the_count_starts_again() {
        for (int i = 0; i < 5; i++) {
            throttle.recordUnknownFailure("bob");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.recordUnknownFailure("bob")).isFalse();
        assertThat(throttle.isUnknownLocked("bob")).isFalse();
    }

    @Test
    void a_flood_of_unknown_names_is_counted_in_a_fixed_number_of_buckets() {
        // 200 000 different names, each failing once: no name gets its own counter, so nothing grows; and since
        // a bucket locks only after five failures in it, most names are still unlocked after one try each
        int locked = 0;
        for (int i = 0; i < 200_000; i++) {
            if (throttle.recordUnknownFailure("guess" + i)) {
                locked++;
            }
        }
        assertThat(locked).isLessThanOrEqualTo(200_000 - 4 * LoginThrottle.UNKNOWN_BUCKETS);
        assertThat(throttle.isUnknownLocked("someone.else")).isTrue();
    }
}
