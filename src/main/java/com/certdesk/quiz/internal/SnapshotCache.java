package com.certdesk.quiz.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Parsed attempt snapshots, most recently used first. A snapshot never changes once its attempt starts, so
 * caching it is always safe; it spares every answer save a read and a JSON parse of the whole paper.
 */
@Component
public class SnapshotCache {

    private static final int CAPACITY = 5_000;

    private final AttemptStore attempts;
    private final JsonCodec json;
    private final Map<Long, Snapshot> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Snapshot> eldest) {
            return size() > CAPACITY;
        }
    };

    SnapshotCache(AttemptStore attempts, JsonCodec json) {
        this.attempts = attempts;
        this.json = json;
    }

    public Snapshot of(long attemptId) {
        synchronized (cache) {
            Snapshot cached = cache.get(attemptId);
            if (cached != null) {
                return cached;
            }
        }
        Snapshot loaded = json.snapshot(attempts.snapshot(attemptId));
        synchronized (cache) {
            cache.put(attemptId, loaded);
        }
        return loaded;
    }
}
