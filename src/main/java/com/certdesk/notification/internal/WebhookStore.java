package com.certdesk.notification.internal;

import com.certdesk.notification.WebhookDeliveryStatus;
import com.certdesk.notification.WebhookDeliveryView;
import com.certdesk.notification.WebhookEndpointSummary;
import com.certdesk.notification.WebhookEndpointView;
import com.certdesk.notification.WebhookEventType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Webhook endpoints, events and deliveries (the outbox), in plain SQL that H2 and PostgreSQL both run. */
@Repository
public class WebhookStore {

    /** SQL state of a unique-constraint violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String ENDPOINT_COLUMNS = "id, name, url, event_types, active, created_at, created_by, "
            + "updated_at, secret_rotated_at, version";

    private final JdbcTemplate jdbc;

    WebhookStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ----- endpoints

    public long insertEndpoint(String name, String url, Set<WebhookEventType> types, boolean active,
            String encryptedSecret, Instant now, String by) {
        return insert("""
                insert into webhook_endpoint (name, url, event_types, active, secret, created_at, created_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, ps -> {
            ps.setString(1, name);
            ps.setString(2, url);
            ps.setString(3, types(types));
            ps.setBoolean(4, active);
            ps.setString(5, encryptedSecret);
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setString(7, by);
            ps.setTimestamp(8, Timestamp.from(now));
        }).orElseThrow();
    }

    /** Changes the endpoint if it is still at {@code version}; false when it is not (or gone). */
    public boolean updateEndpoint(long id, long version, String name, String url, Set<WebhookEventType> types,
            boolean active, Instant now) {
        return jdbc.update("""
                update webhook_endpoint set name = ?, url = ?, event_types = ?, active = ?, updated_at = ?,
                       version = version + 1
                where id = ? and version = ?
                """, name, url, types(types), active, Timestamp.from(now), id, version) == 1;
    }

    public boolean replaceSecret(long id, String encryptedSecret, Instant now) {
        return jdbc.update("""
                update webhook_endpoint set secret = ?, secret_rotated_at = ?, updated_at = ?, version = version + 1
                where id = ?
                """, encryptedSecret, Timestamp.from(now), Timestamp.from(now), id) == 1;
    }

    public boolean deleteEndpoint(long id) {
        return jdbc.update("delete from webhook_endpoint where id = ?", id) == 1;
    }

    public Optional<WebhookEndpointView> endpoint(long id) {
        return jdbc.query("select " + ENDPOINT_COLUMNS + " from webhook_endpoint where id = ?", ENDPOINT, id).stream()
                .findFirst();
    }

    public List<WebhookEndpointView> endpoints() {
        return jdbc.query("select " + ENDPOINT_COLUMNS + " from webhook_endpoint order by lower(name), id", ENDPOINT);
    }

    public boolean nameTaken(String name, long exceptId) {
        Long n = jdbc.queryForObject("select count(*) from webhook_endpoint where lower(name) = lower(?) and id <> ?",
                Long.class, name, exceptId);
        return n != null && n > 0;
    }

    /** The encrypted secret, for signing. */
    public Optional<String> secret(long endpointId) {
        return jdbc.queryForList("select secret from webhook_endpoint where id = ?", String.class, endpointId).stream()
                .findFirst();
    }

    /** Active endpoints that receive this type (the type's wire name is one of the space-separated names). */
    public List<Long> subscribers(WebhookEventType type) {
        return jdbc.queryForList("""
                select id from webhook_endpoint
                where active = true and concat(concat(' ', event_types), ' ') like ?
                order by id
                """, Long.class, "% " + type.wireName() + " %");
    }

    // ----- events and deliveries

    /** The event's id, inserting it unless one with this key exists (the key decides: once, whoever asks). */
    public long eventId(String key, String publicId, WebhookEventType type, Instant occurredAt, String body) {
        OptionalLong inserted = insert("""
                insert into webhook_event (public_id, event_key, type, occurred_at, body) values (?, ?, ?, ?, ?)
                """, ps -> {
            ps.setString(1, publicId);
            ps.setString(2, key);
            ps.setString(3, type.wireName());
            ps.setTimestamp(4, Timestamp.from(occurredAt));
            ps.setString(5, body);
        });
        if (inserted.isPresent()) {
            return inserted.getAsLong();
        }
        Long id = jdbc.queryForObject("select id from webhook_event where event_key = ?", Long.class, key);
        if (id == null) {
            throw new IllegalStateException("webhook event " + key + " vanished");
        }
        return id;
    }

    /** Queues the event for the endpoint unless it already was; returns whether this made a new delivery. */
    public boolean enqueue(long eventId, long endpointId, Instant now) {
        return insert("""
                insert into webhook_delivery (event_id, endpoint_id, status, attempts, created_at, next_attempt_at)
                values (?, ?, 'PENDING', 0, ?, ?)
                """, ps -> {
            ps.setLong(1, eventId);
            ps.setLong(2, endpointId);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setTimestamp(4, Timestamp.from(now));
        }).isPresent();
    }

    /** Ids of pending deliveries due by {@code now} and not held by a live lease, oldest due first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("""
                select id from webhook_delivery
                where status = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                order by next_attempt_at, id
                fetch first ? rows only
                """, Long.class, Timestamp.from(now), Timestamp.from(now), limit);
    }

    /**
     * Takes the delivery for one attempt until {@code until}, if it is still due and nobody holds it. The update is the
     * lock: of two pollers racing for a row only one changes it (the other's row no longer matches). A poller that
     * dies holding a row loses it when the lease ends.
     */
    public boolean claim(long id, String poller, Instant now, Instant until) {
        return jdbc.update("""
                update webhook_delivery set claimed_by = ?, claimed_until = ?
                where id = ? and status = 'PENDING' and next_attempt_at <= ?
                  and (claimed_until is null or claimed_until < ?)
                """, poller, Timestamp.from(until), id, Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    /** What one attempt needs: where to, the signed body, the event's id. */
    public record Attempt(long id, long endpointId, String url, boolean active, String publicId, String body,
            int attempts) {
    }

    public Optional<Attempt> attempt(long deliveryId) {
        return jdbc.query("""
                select d.id, d.endpoint_id, p.url, p.active, e.public_id, e.body, d.attempts
                from webhook_delivery d join webhook_endpoint p on p.id = d.endpoint_id
                join webhook_event e on e.id = d.event_id
                where d.id = ?
                """, (rs, i) -> new Attempt(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
                rs.getString(5), rs.getString(6), rs.getInt(7)), deliveryId).stream().findFirst();
    }

    /** Records an attempt's outcome, if the poller still holds the row. */
    public boolean recordAttempt(long id, String poller, WebhookDeliveryStatus status, Instant at,
            @Nullable Integer statusCode, @Nullable String error, @Nullable Instant nextAttemptAt) {
        return jdbc.update("""
                update webhook_delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?,
                       last_status_code = ?, last_error = ?, next_attempt_at = ?,
                       delivered_at = coalesce(?, delivered_at),
                       claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?
                """, status.name(), Timestamp.from(at), statusCode, truncate(error),
                nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
                status == WebhookDeliveryStatus.DELIVERED ? Timestamp.from(at) : null, id, poller) == 1;
    }

    /** Gives up on a delivery without an attempt (its endpoint was deactivated). */
    public void fail(long id, String poller, String reason) {
        jdbc.update("""
                update webhook_delivery set status = 'FAILED', last_error = ?, next_attempt_at = null,
                       claimed_by = null, claimed_until = null
                where id = ? and claimed_by = ?
                """, reason, id, poller);
    }

    /** Puts a failed delivery back in the queue, due now; false when it is not failed (or gone). */
    public boolean retry(long id, Instant now) {
        return jdbc.update("""
                update webhook_delivery set status = 'PENDING', next_attempt_at = ?, claimed_by = null,
                       claimed_until = null
                where id = ? and status = 'FAILED'
                """, Timestamp.from(now), id) == 1;
    }

    public long countDeliveries(@Nullable Long endpointId, @Nullable WebhookDeliveryStatus status) {
        Where w = where(endpointId, status);
        Long n = jdbc.queryForObject("select count(*) from webhook_delivery d" + w.sql, Long.class, w.args);
        return n == null ? 0 : n;
    }

    /** Deliveries newest first. */
    public List<WebhookDeliveryView> deliveries(@Nullable Long endpointId, @Nullable WebhookDeliveryStatus status,
            long offset, int limit) {
        Where w = where(endpointId, status);
        Object[] args = Arrays.copyOf(w.args, w.args.length + 2);
        args[w.args.length] = offset;
        args[w.args.length + 1] = limit;
        return jdbc.query("""
                select d.id, d.endpoint_id, p.name, e.public_id, e.event_key, e.type, d.created_at, d.status,
                       d.attempts, d.last_attempt_at, d.last_status_code, d.last_error, d.next_attempt_at, d.delivered_at
                from webhook_delivery d join webhook_endpoint p on p.id = d.endpoint_id
                join webhook_event e on e.id = d.event_id
                """ + w.sql + " order by d.id desc offset ? rows fetch next ? rows only", DELIVERY, args);
    }

    public Optional<WebhookDeliveryView> delivery(long id) {
        return jdbc.query("""
                select d.id, d.endpoint_id, p.name, e.public_id, e.event_key, e.type, d.created_at, d.status,
                       d.attempts, d.last_attempt_at, d.last_status_code, d.last_error, d.next_attempt_at, d.delivered_at
                from webhook_delivery d join webhook_endpoint p on p.id = d.endpoint_id
                join webhook_event e on e.id = d.event_id
                where d.id = ?
                """, DELIVERY, id).stream().findFirst();
    }

    /**
     * Per endpoint that has deliveries: its newest delivery's status, time (last attempt, else queued) and answer, and
     * how many of its deliveries failed for good or are being retried. Two grouped queries, whatever the count.
     */
    public Map<Long, WebhookEndpointSummary.Health> health() {
        Map<Long, WebhookEndpointSummary.Health> result = new HashMap<>();
        jdbc.query("""
                select d.endpoint_id, d.status, d.attempts, d.created_at, d.last_attempt_at, d.last_status_code, d.last_error
                from webhook_delivery d
                where d.id in (select max(x.id) from webhook_delivery x group by x.endpoint_id)
                """, rs -> {
            int code = rs.getInt("last_status_code");
            Integer statusCode = rs.wasNull() ? null : code;
            Instant at = instant(rs, "last_attempt_at");
            result.put(rs.getLong("endpoint_id"), new WebhookEndpointSummary.Health(
                    WebhookDeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                    at != null ? at : rs.getTimestamp("created_at").toInstant(), statusCode,
                    rs.getString("last_error"), 0, 0));
        });
        jdbc.query("""
                select endpoint_id,
                       sum(case when status = 'FAILED' then 1 else 0 end) as failed,
                       sum(case when status = 'PENDING' and attempts > 0 then 1 else 0 end) as retrying
                from webhook_delivery group by endpoint_id
                """, rs -> {
            var last = result.get(rs.getLong("endpoint_id"));
            if (last != null) {
                result.put(rs.getLong("endpoint_id"), last.withCounts(rs.getLong("failed"), rs.getLong("retrying")));
            }
        });
        return result;
    }

    /** The body of the event a delivery carries (for operators and tests). */
    public Optional<String> body(long deliveryId) {
        return jdbc.queryForList("""
                select e.body from webhook_delivery d join webhook_event e on e.id = d.event_id where d.id = ?
                """, String.class, deliveryId).stream().findFirst();
    }

    private record Where(String sql, Object[] args) {
    }

    private static Where where(@Nullable Long endpointId, @Nullable WebhookDeliveryStatus status) {
        if (endpointId != null && status != null) {
            return new Where(" where d.endpoint_id = ? and d.status = ?", new Object[] {endpointId, status.name()});
        }
        if (endpointId != null) {
            return new Where(" where d.endpoint_id = ?", new Object[] {endpointId});
        }
        if (status != null) {
            return new Where(" where d.status = ?", new Object[] {status.name()});
        }
        return new Where("", new Object[0]);
    }

    private interface Setter {
        void set(PreparedStatement ps) throws SQLException;
    }

    /**
     * Inserts under a savepoint and returns the new id, or empty when a unique constraint refused the row: the
     * duplicate is rolled back alone and the caller's transaction stays usable (PostgreSQL would otherwise refuse
     * every further statement in it). Outside a transaction the statement commits on its own.
     */
    private OptionalLong insert(String sql, Setter setter) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        return jdbc.execute((ConnectionCallback<OptionalLong>) con -> {
            Savepoint savepoint = inTransaction ? con.setSavepoint() : null;
            try (PreparedStatement ps = con.prepareStatement(sql, new String[] {"id"})) {
                setter.set(ps);
                ps.executeUpdate();
                long id;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                if (savepoint != null) {
                    con.releaseSavepoint(savepoint);
                }
                return OptionalLong.of(id);
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    if (savepoint != null) {
                        con.rollback(savepoint);
                    }
                    return OptionalLong.empty();
                }
                throw e;
            }
        });
    }

    private static String types(Set<WebhookEventType> types) {
        return types.stream().sorted().map(WebhookEventType::wireName).collect(Collectors.joining(" "));
    }

    private static Set<WebhookEventType> types(String stored) {
        Set<WebhookEventType> set = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(stored.split(" ")).map(WebhookEventType::ofWireName).flatMap(Optional::stream)
                .forEach(set::add);
        return set;
    }

    private static @Nullable String truncate(@Nullable String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "\u2026";
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static final RowMapper<WebhookEndpointView> ENDPOINT = (rs, i) -> new WebhookEndpointView(rs.getLong("id"),
            rs.getString("name"), rs.getString("url"), types(rs.getString("event_types")), rs.getBoolean("active"),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
            rs.getTimestamp("updated_at").toInstant(), instant(rs, "secret_rotated_at"), rs.getLong("version"));

    private static final RowMapper<WebhookDeliveryView> DELIVERY = (rs, i) -> {
        int code = rs.getInt("last_status_code");
        Integer statusCode = rs.wasNull() ? null : code;
        return new WebhookDeliveryView(rs.getLong("id"), rs.getLong("endpoint_id"), rs.getString("name"),
                rs.getString("public_id"), rs.getString("event_key"),
                WebhookEventType.ofWireName(rs.getString("type")).orElseThrow(),
                rs.getTimestamp("created_at").toInstant(), WebhookDeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "last_attempt_at"), statusCode, rs.getString("last_error"),
                instant(rs, "next_attempt_at"), instant(rs, "delivered_at"));
    };
}
