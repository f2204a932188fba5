package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.MigratedDatabase;
import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import com.certdesk.security.spi.FailedSignIns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("database")
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
    /** The buckets' table, as every node of an installation shares it; every bucket empty before each test. */
    static final MigratedDatabase database = MigratedDatabase.create();
    final LoginThrottle throttle = node("the shared secret");

    // names without an account never reach the account store; that side is tested on a database in SignInTest
    LoginThrottle node(String sharedSecret) {
        return new LoginThrottle(new LoginProperties(5, Duration.ofMinutes(15)), clock, new AccountStore() {
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
            }, new SignInBuckets(database.jdbc(), database.tx()), sharedSecret);
    }

    @BeforeEach
    void noFailuresYet() {
        database.jdbc().update("update sign_in_bucket set failures = 0, locked_until = null");
    }

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
    void nodes_sharing_the_secret_count_into_the_same_buckets_also_at_the_same_moment() throws Exception {
        LoginThrottle other = node("the shared secret");
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                LoginThrottle node = i % 2 == 0 ? throttle : other;
                tries.add(pool.submit(() -> node.recordUnknownFailure("carol")));
            }
            for (Future<Boolean> attempt : tries) {
                assertThat(attempt.get()).as("four failures do not lock").isFalse();
            }
        }
        assertThat(other.isUnknownLocked("carol")).isFalse();
        assertThat(throttle.recordUnknownFailure("carol")).as("the fifth, on either node, locks").isTrue();
        assertThat(other.isUnknownLocked("carol")).isTrue();
        assertThat(LoginThrottle.salt("another secret")).isNotEqualTo(LoginThrottle.salt("the shared secret"));
    }

    @Test
    void a_flood_of_unknown_names_is_counted_in_a_fixed_number_of_buckets() {
        // 6,000 different names, each failing once: no name gets a row of its own; each failure is counted in its
        // bucket until the bucket locks at five, and refused without counting after that
        int refused = 0;
        for (int i = 0; i < 6_000; i++) {
            if (throttle.recordUnknownFailure("guess" + i)) {
                refused++;
            }
        }
        var jdbc = database.jdbc();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_bucket", Integer.class))
                .isEqualTo(LoginThrottle.UNKNOWN_BUCKETS);
        assertThat(jdbc.queryForObject("select max(failures) from sign_in_bucket", Integer.class)).isEqualTo(5);
        int lockedBuckets = jdbc.queryForObject("select count(*) from sign_in_bucket where locked_until is not null",
                Integer.class);
        int counted = jdbc.queryForObject("select sum(failures) from sign_in_bucket", Integer.class);
        assertThat(lockedBuckets).isPositive();
        assertThat(counted + refused - lockedBuckets).as("every failure counted or refused").isEqualTo(6_000);
    }
}
