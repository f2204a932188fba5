package com.certdesk.certification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits how many verification look-ups one client (typically its IP address) may make a minute, so that the public
 * verification page cannot be used to guess codes. A fixed window per client: it opens with the client's first
 * look-up and lasts a minute; within it at most {@code permitsPerMinute} look-ups pass.
 *
 * <p>Memory stays bounded: windows that have ended are dropped, and at most {@value #MAX_TRACKED_KEYS} clients are
 * tracked at once, the oldest window giving way first. Someone with more addresses than that could push out their
 * own counters, but each address still gets no more than its permits a minute. Kept in memory: a restart or a
 * second instance starts from zero. Thread-safe.
 */
public final class LookupRateLimiter {

    /** Look-ups a client may make a minute on the public verification page. */
    public static final int DEFAULT_PERMITS_PER_MINUTE = 30;

    /** Clients tracked at once at most. */
    public static final int MAX_TRACKED_KEYS = 10_000;

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int permitsPerMinute;
    private final Clock clock;

    /** Windows in the order they opened, so the oldest is always first; guarded by {@code this}. */
    private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();

    public LookupRateLimiter(int permitsPerMinute, Clock clock) {
        if (permitsPerMinute < 1) {
            throw new IllegalArgumentException("permitsPerMinute must be at least 1");
        }
        this.permitsPerMinute = permitsPerMinute;
        this.clock = clock;
    }

    /** Counts a look-up by {@code clientKey}; false when the client has used up its look-ups for this minute. */
    public synchronized boolean tryAcquire(String clientKey) {
        Instant now = clock.instant();
        dropEnded(now);
        Window window = windows.get(clientKey);
        if (window == null) {
            window = new Window(now);
            windows.put(clientKey, window);
            if (windows.size() > MAX_TRACKED_KEYS) {
                Iterator<String> oldest = windows.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        if (window.used >= permitsPerMinute) {
            return false;
        }
        window.used++;
        return true;
    }

    /** How long until {@code clientKey} may look up again; zero when it may now (for a Retry-After header). */
    public synchronized Duration retryAfter(String clientKey) {
        Instant now = clock.instant();
        Window window = windows.get(clientKey);
        if (window == null || window.hasEnded(now) || window.used < permitsPerMinute) {
            return Duration.ZERO;
        }
        return Duration.between(now, window.end());
    }

    /** Lifts a client's limit at once (an operator unblocking an address, or a test starting afresh). */
    public synchronized void reset(String clientKey) {
        windows.remove(clientKey);
    }

    /** Clients tracked now, for tests of the memory bound. */
    synchronized int trackedKeys() {
        return windows.size();
    }

    /** Drops ended windows; they are in the order they opened, so the first one still open stops the scan. */
    private void dropEnded(Instant now) {
        Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator();
        while (it.hasNext() && it.next().getValue().hasEnded(now)) {
            it.remove();
        }
    }

    private static final class Window {

        private final Instant start;
        private int used;

        Window(Instant start) {
            this.start = start;
        }

        Instant end() {
            return start.plus(WINDOW);
        }

        boolean hasEnded(Instant now) {
            return !now.isBefore(end());
        }
    }
}
