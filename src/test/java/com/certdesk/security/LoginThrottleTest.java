package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    final LoginThrottle throttle = new LoginThrottle(new LoginProperties(5, Duration.ofMinutes(15)), clock);

    @Test
    void fifth_failure_locks_the_username_for_fifteen_minutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.recordFailure("Alice")).isFalse();
            assertThat(throttle.isLocked("alice")).isFalse();
        }
        assertThat(throttle.recordFailure("alice ")).isTrue();
        assertThat(throttle.isLocked("ALICE")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.isLocked("alice")).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.isLocked("alice")).isFalse();
    }

    @Test
    void after_a_lock_expires_the_count_starts_again() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("bob");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(throttle.recordFailure("bob")).isFalse();
        assertThat(throttle.isLocked("bob")).isFalse();
    }

    @Test
    void a_successful_sign_in_clears_the_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("carol");
        }
        throttle.recordSuccess("carol");
        assertThat(throttle.recordFailure("carol")).isFalse();
    }

    @Test
    void usernames_are_counted_separately() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("dave");
        }
        assertThat(throttle.isLocked("erin")).isFalse();
    }
}
