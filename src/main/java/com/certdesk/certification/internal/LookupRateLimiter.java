package com.certdesk.certification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Limits how many verification look-ups one client (typically its IP address) may make a minute, so that the public
 * verification page cannot be used to guess codes. A fixed window per client: it opens with the client's first
 * look-up and lasts a minute; within it at most {@code permitsPerMinute} look-ups pass.
 *
 * <p>The windows are rows of {@code lookup_window} (V35), so every application node counts into the same window and
 * a client spreading its look-ups over nodes still gets no more than its permits; a restart keeps them. Each look-up
 * is one conditional update ({@code used = used + 1 where used < permits}), atomic on H2 and PostgreSQL; a client's
 * first look-up inserts its row, and when two nodes insert at once the loser counts on the winner's row. Storage
 * stays bounded: rows of ended windows are deleted (at most every few seconds per node), and at most
 * {@value #MAX_TRACKED_KEYS} clients are kept (by default), the oldest window giving way first. Someone with more addresses than
 * that could push out their own counters, but each address still gets no more than its permits a minute. Runs outside
 * any transaction: each statement commits on its own.
 */
public final class LookupRateLimiter {

    /** Look-ups a client may make a minute on the public verification page. */
    public static final int DEFAULT_PERMITS_PER_MINUTE = 30;

    /** Clients tracked at once at most. */
    public static final int MAX_TRACKED_KEYS = 10_000;

    /** Longest client key stored; longer keys (never an IP address) are cut. */
    static final int MAX_KEY_LENGTH = 128;

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration CLEAN_UP_EVERY = Duration.ofSeconds(5);

    private final int permitsPerMinute;
    private final int maxTrackedKeys;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    /** When this node last deleted ended windows (epoch milliseconds). */
    private final AtomicLong lastCleanUp = new AtomicLong(Long.MIN_VALUE);

    public LookupRateLimiter(int permitsPerMinute, Clock clock, JdbcTemplate jdbc) {
        this(permitsPerMinute, MAX_TRACKED_KEYS, clock, jdbc);
    }

    LookupRateLimiter(int permitsPerMinute, int maxTrackedKeys, Clock clock, JdbcTemplate jdbc) {
        if (permitsPerMinute < 1) {
            throw new IllegalArgumentException("permitsPerMinute must be at least 1");
        }
        this.permitsPerMinute = permitsPerMinute;
        this.maxTrackedKeys = maxTrackedKeys;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Counts a look-up by {@code clientKey}; false when the client has used up its look-ups for this minute. */
    public boolean tryAcquire(String clientKey) {
        String key = key(clientKey);
        Instant now = clock.instant();
        cleanUp(now);
        // a window that has ended starts again with this look-up
        jdbc.update("update lookup_window set window_start = ?, used = 0 where client_key = ? and window_start <= ?",
                at(now), key, at(now.minus(WINDOW)));
        if (countOne(key)) {
            return true;
        }
        if (exists(key)) {
            return false;
        }
        try {
            jdbc.update("insert into lookup_window (client_key, window_start, used) values (?, ?, 1)", key, at(now));
        } catch (DuplicateKeyException concurrentFirstLookUp) {
            return countOne(key);
        }
        keepAtMostTheCap();
        return true;
    }

    /** How long until {@code clientKey} may look up again; zero when it may now (for a Retry-After header). */
    public Duration retryAfter(String clientKey) {
        Instant now = clock.instant();
        List<Timestamp> start = jdbc.queryForList("select window_start from lookup_window where client_key = ? "
                + "and used >= ? and window_start > ?", Timestamp.class, key(clientKey), permitsPerMinute,
                at(now.minus(WINDOW)));
        if (start.isEmpty()) {
            return Duration.ZERO;
        }
        return Duration.between(now, start.getFirst().toInstant().plus(WINDOW));
    }

    /** Lifts a client's limit at once (an operator unblocking an address, or a test starting afresh). */
    public void reset(String clientKey) {
        jdbc.update("delete from lookup_window where client_key = ?", key(clientKey));
    }

    /** Clients tracked now, for tests of the storage bound. */
    int trackedKeys() {
        Integer count = jdbc.queryForObject("select count(*) from lookup_window", Integer.class);
        return count == null ? 0 : count;
    }

    private boolean countOne(String key) {
        return jdbc.update("update lookup_window set used = used + 1 where client_key = ? and used < ?", key,
                permitsPerMinute) == 1;
    }

    private boolean exists(String key) {
        return !jdbc.queryForList("select used from lookup_window where client_key = ?", Integer.class, key).isEmpty();
    }

    /** Deletes the windows that have ended, at most every few seconds on this node. */
    private void cleanUp(Instant now) {
        long last = lastCleanUp.get();
        if (last != Long.MIN_VALUE && now.toEpochMilli() - last < CLEAN_UP_EVERY.toMillis()) {
            return;
        }
        if (lastCleanUp.compareAndSet(last, now.toEpochMilli())) {
            jdbc.update("delete from lookup_window where window_start <= ?", at(now.minus(WINDOW)));
        }
    }

    /** Past the cap, the windows that opened first give way. */
    private void keepAtMostTheCap() {
        int over = trackedKeys() - maxTrackedKeys;
        if (over > 0) {
            List<String> oldest = jdbc.queryForList("select client_key from lookup_window order by window_start, seen "
                    + "fetch first " + over + " rows only", String.class);
            for (String key : oldest) {
                jdbc.update("delete from lookup_window where client_key = ?", key);
            }
        }
    }

    private static String key(String clientKey) {
        return clientKey.length() <= MAX_KEY_LENGTH ? clientKey : clientKey.substring(0, MAX_KEY_LENGTH);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
