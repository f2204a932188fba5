package com.certdesk.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.MigratedDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("database")
class LookupRateLimiterTest {

    private static final String ALICE = "203.0.113.7";
    private static final String BOB = "198.51.100.23";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    /** The limiter's table, as every node of an installation shares it; emptied before each test. */
    private static final MigratedDatabase database = MigratedDatabase.create();
    private final LookupRateLimiter limiter = node();

    /** Clients kept at most in these tests: the production cap's logic at a size a test fills quickly. */
    private static final int CAP = 300;

    private LookupRateLimiter node() {
        return new LookupRateLimiter(LookupRateLimiter.DEFAULT_PERMITS_PER_MINUTE, CAP, clock, database.jdbc());
    }

    @BeforeEach
    void noClientSeenYet() {
        database.jdbc().update("delete from lookup_window");
    }

    @Test
    void thirty_look_ups_a_minute_pass_and_the_thirty_first_is_refused() {
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquire(ALICE)).as("look-up %d", i + 1).isTrue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(limiter.tryAcquire(ALICE)).isFalse();
        assertThat(limiter.tryAcquire(ALICE)).isFalse();
    }

    @Test
    void a_refused_client_may_look_up_again_in_the_next_minute() {
        use(ALICE, 30);
        assertThat(limiter.tryAcquire(ALICE)).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.tryAcquire(ALICE)).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(ALICE)).isTrue();
    }

    @Test
    void a_refused_client_is_told_how_long_to_wait() {
        assertThat(limiter.retryAfter(ALICE)).isZero();
        use(ALICE, 29);
        assertThat(limiter.retryAfter(ALICE)).isZero();
        use(ALICE, 1);
        clock.advance(Duration.ofSeconds(20));
        assertThat(limiter.retryAfter(ALICE)).isEqualTo(Duration.ofSeconds(40));
        clock.advance(Duration.ofSeconds(40));
        assertThat(limiter.retryAfter(ALICE)).isZero();
    }

    @Test
    void each_client_has_its_own_allowance() {
        use(ALICE, 30);
        assertThat(limiter.tryAcquire(ALICE)).isFalse();
        assertThat(limiter.tryAcquire(BOB)).isTrue();
        assertThat(limiter.retryAfter(BOB)).isZero();
    }

    @Test
    void a_flood_of_addresses_cannot_grow_the_table_past_the_cap() {
        for (int i = 0; i < CAP * 2; i++) {
            assertThat(limiter.tryAcquire("10.0." + (i / 256) + "." + (i % 256))).isTrue();
        }
        assertThat(limiter.trackedKeys()).isEqualTo(CAP);
    }

    @Test
    void past_the_cap_the_client_tracked_longest_gives_way() {
        use(ALICE, 30);
        for (int i = 0; i < CAP - 1; i++) {
            limiter.tryAcquire("flood-" + i);
        }
        assertThat(limiter.tryAcquire(ALICE)).as("still tracked at the cap").isFalse();
        limiter.tryAcquire("one-more");
        assertThat(limiter.trackedKeys()).isEqualTo(CAP);
        assertThat(limiter.tryAcquire(ALICE)).as("forgotten, so counted afresh").isTrue();
        assertThat(limiter.tryAcquire("one-more")).isTrue();
    }

    @Test
    void clients_whose_minute_has_passed_are_forgotten() {
        for (int i = 0; i < 100; i++) {
            limiter.tryAcquire("client-" + i);
        }
        assertThat(limiter.trackedKeys()).isEqualTo(100);
        clock.advance(Duration.ofMinutes(1));
        limiter.tryAcquire(BOB);
        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }

    @Test
    void concurrent_look_ups_never_pass_more_than_the_allowance() throws Exception {
        AtomicInteger passed = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        if (limiter.tryAcquire(ALICE)) {
                            passed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        }
        assertThat(passed).hasValue(30);
    }

    @Test
    void two_nodes_count_into_one_allowance() throws Exception {
        LookupRateLimiter other = node();
        AtomicInteger passed = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                LookupRateLimiter node = t % 2 == 0 ? limiter : other;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        if (node.tryAcquire(BOB)) {
                            passed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        }
        assertThat(passed).as("look-ups spread over two nodes").hasValue(30);
        assertThat(other.tryAcquire(BOB)).isFalse();
        assertThat(limiter.retryAfter(BOB)).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(other.tryAcquire(BOB)).as("the next minute, on either node").isTrue();
    }

    @Test
    void an_allowance_below_one_is_a_configuration_error() {
        assertThatThrownBy(() -> new LookupRateLimiter(0, clock, database.jdbc())).isInstanceOf(IllegalArgumentException.class);
    }

    private void use(String client, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(limiter.tryAcquire(client)).isTrue();
        }
    }

    /** A clock that stands still until a test moves it. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

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
}
