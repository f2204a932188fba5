package com.certdesk.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HR API's change feed (ADR 017): per resource, the items it last served as JSON, keyed by one or two numbers,
 * with the time a refresh first saw each differ. A refresh compares what the application derives now with what is
 * stored, item by item, under a row lock on the resource (so refreshes on any node run one after another and their
 * times only grow); {@code updatedSince} then reads {@code changed_at}. Pages are read by key (keyset), so paging
 * never skips or repeats an item, whatever is written meanwhile.
 */
@Component
public class SyncSnapshot {

    /** One item as derived now: its key and its JSON. */
    public record Item(long k1, long k2, String body) {
    }

    /** One stored item; {@code body} null when it was removed. */
    public record Row(long k1, long k2, @Nullable String body, Instant changedAt) {

        public boolean removed() {
            return body == null;
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SyncSnapshot(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Brings the stored items of {@code resource} to what {@code current} hands over, unless a refresh ran less
     * than {@code minInterval} ago; in the caller's transaction.
     *
     * @param current hands every current item to the consumer it gets, each key once
     * @return the time of the refresh the stored items now reflect
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant refresh(String resource, Duration minInterval, Consumer<Consumer<Item>> current) {
        // the lock: refreshes of one resource run one after another, on every node
        Timestamp last = jdbc.queryForObject("select refreshed_at from api_sync_resource where resource = ? "
                + "for update", Timestamp.class, resource);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (last != null) {
            Instant previous = last.toInstant();
            if (!minInterval.isZero() && previous.plus(minInterval).isAfter(now)) {
                return previous;
            }
            if (!now.isAfter(previous)) {
                now = previous.plus(1, ChronoUnit.MICROS);
            }
        }
        Map<Key, @Nullable String> stored = new HashMap<>();
        jdbc.query("select k1, k2, body from api_sync_item where resource = ?",
                rs -> {
                    stored.put(new Key(rs.getLong(1), rs.getLong(2)), rs.getString(3));
                }, resource);
        Timestamp at = Timestamp.from(now);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        current.accept(item -> {
            Key key = new Key(item.k1(), item.k2());
            boolean known = stored.containsKey(key);
            String before = stored.remove(key);
            if (!known) {
                inserts.add(new Object[] {resource, item.k1(), item.k2(), item.body(), at});
            } else if (!item.body().equals(before)) {
                updates.add(new Object[] {item.body(), at, false, resource, item.k1(), item.k2()});
            }
        });
        stored.forEach((key, body) -> {
            if (body != null) {
                updates.add(new Object[] {null, at, true, resource, key.k1(), key.k2()});
            }
        });
        jdbc.batchUpdate("insert into api_sync_item (resource, k1, k2, body, changed_at, removed) values (?, ?, ?, "
                + "?, ?, false)", inserts);
        jdbc.batchUpdate("update api_sync_item set body = ?, changed_at = ?, removed = ? where resource = ? and "
                + "k1 = ? and k2 = ?", updates);
        jdbc.update("update api_sync_resource set refreshed_at = ? where resource = ?", at, resource);
        return now;
    }

    /**
     * Up to {@code limit} items after the key {@code (afterK1, afterK2)}, by key: with {@code changedAfter}, those
     * that changed (or were removed) after it; without, the current ones.
     */
    public List<Row> page(String resource, long afterK1, long afterK2, @Nullable Instant changedAfter, int limit) {
        List<Object> args = new ArrayList<>(List.of(resource, afterK1, afterK1, afterK2));
        String filter;
        if (changedAfter == null) {
            filter = " and removed = false";
        } else {
            filter = " and changed_at > ?";
            args.add(Timestamp.from(changedAfter));
        }
        args.add(limit);
        return jdbc.query("select k1, k2, body, changed_at from api_sync_item where resource = ? and (k1 > ? or "
                + "(k1 = ? and k2 > ?))" + filter + " order by k1, k2 fetch first ? rows only",
                (rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                args.toArray());
    }

    private record Key(long k1, long k2) {
    }
}
