package com.certdesk.notification.internal;

import com.certdesk.notification.NotificationView;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Notifications and their e-mail outbox columns, in plain SQL. */
@Repository
public class NotificationStore {

    /** SQL state of a unique-constraint violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String VIEW_COLUMNS = "id, title, message, link, created_at, read_at";

    private final JdbcTemplate jdbc;

    NotificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification to store. */
    public record NewNotification(long recipientId, String dedupeKey, String title, String message,
            @Nullable String link, Instant createdAt, @Nullable EmailStatus emailStatus) {
    }

    /** What the outbox needs to write the e-mail. */
    public record Email(long id, long recipientId, String title, String message, @Nullable String link,
            @Nullable EmailStatus status, int attempts) {
    }

    /**
     * Stores the notification unless its recipient already has one with the same key, and returns the new id.
     * The unique constraint decides, so this holds across restarts and concurrent senders. The insert runs
     * under a savepoint: a duplicate is rolled back alone and the caller's transaction stays usable (PostgreSQL
     * would otherwise refuse every further statement in it). Must run inside a transaction.
     */
    public OptionalLong insertIfAbsent(NewNotification n) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("insertIfAbsent needs a transaction");
        }
        return jdbc.execute((ConnectionCallback<OptionalLong>) con -> {
            Savepoint savepoint = con.setSavepoint();
            try (PreparedStatement ps = con.prepareStatement("""
                    insert into notification (recipient_id, dedupe_key, title, message, link, created_at, email_status)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """, new String[] {"id"})) {
                ps.setLong(1, n.recipientId());
                ps.setString(2, n.dedupeKey());
                ps.setString(3, n.title());
                ps.setString(4, n.message());
                ps.setString(5, n.link());
                ps.setTimestamp(6, Timestamp.from(n.createdAt()));
                if (n.emailStatus() == null) {
                    ps.setNull(7, Types.VARCHAR);
                } else {
                    ps.setString(7, n.emailStatus().name());
                }
                ps.executeUpdate();
                long id;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                con.releaseSavepoint(savepoint);
                return OptionalLong.of(id);
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    con.rollback(savepoint);
                    return OptionalLong.empty();
                }
                throw e;
            }
        });
    }

    public long countUnread(long recipientId) {
        Long count = jdbc.queryForObject("select count(*) from notification where recipient_id = ? and read_at is null",
                Long.class, recipientId);
        return count == null ? 0 : count;
    }

    public long count(long recipientId) {
        Long count = jdbc.queryForObject("select count(*) from notification where recipient_id = ?", Long.class,
                recipientId);
        return count == null ? 0 : count;
    }

    /** A page of the recipient's notifications, newest first. */
    public List<NotificationView> page(long recipientId, long offset, int limit) {
        return jdbc.query("select " + VIEW_COLUMNS + """
                 from notification where recipient_id = ?
                order by created_at desc, id desc
                limit ? offset ?
                """, VIEW, recipientId, limit, offset);
    }

    /** Marks the notification read if it belongs to the recipient; false when it does not exist or is not theirs. */
    public boolean markRead(long id, long recipientId, Instant now) {
        return jdbc.update("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?",
                Timestamp.from(now), id, recipientId) == 1;
    }

    public int markReadByKey(long recipientId, String dedupeKey, Instant now) {
        return jdbc.update("update notification set read_at = ? where recipient_id = ? and dedupe_key = ? "
                + "and read_at is null", Timestamp.from(now), recipientId, dedupeKey);
    }

    public int markAllRead(long recipientId, Instant now) {
        return jdbc.update("update notification set read_at = ? where recipient_id = ? and read_at is null",
                Timestamp.from(now), recipientId);
    }

    // ----- e-mail outbox

    public Optional<Email> email(long id) {
        return jdbc.query("""
                select id, recipient_id, title, message, link, email_status, email_attempts
                from notification where id = ?
                """, (rs, i) -> new Email(rs.getLong("id"), rs.getLong("recipient_id"), rs.getString("title"),
                rs.getString("message"), rs.getString("link"), status(rs.getString("email_status")),
                rs.getInt("email_attempts")), id).stream().findFirst();
    }

    /**
     * Ids of e-mails to (re)try: pending or failed, fewer than {@code maxAttempts} attempts, and not tried since
     * {@code triedBefore} (so a send under way elsewhere is left alone).
     */
    public List<Long> dueEmails(int maxAttempts, Instant triedBefore, int limit) {
        return jdbc.queryForList("""
                select id from notification
                where email_status in ('PENDING', 'FAILED') and email_attempts < ?
                  and (email_last_attempt_at is null or email_last_attempt_at < ?)
                order by id
                limit ?
                """, Long.class, maxAttempts, Timestamp.from(triedBefore), limit);
    }

    /**
     * Takes the e-mail for one attempt: counts the attempt and stamps it, but only when it is still due (see
     * {@link #dueEmails}). Of two senders racing for the same e-mail only one gets it.
     */
    public boolean claimEmail(long id, int maxAttempts, Instant now, Instant triedBefore) {
        return jdbc.update("""
                update notification set email_attempts = email_attempts + 1, email_last_attempt_at = ?
                where id = ? and email_status in ('PENDING', 'FAILED') and email_attempts < ?
                  and (email_last_attempt_at is null or email_last_attempt_at < ?)
                """, Timestamp.from(now), id, maxAttempts, Timestamp.from(triedBefore)) == 1;
    }

    public void emailSent(long id, Instant sentAt) {
        jdbc.update("update notification set email_status = 'SENT', email_sent_at = ?, email_last_error = null where id = ?",
                Timestamp.from(sentAt), id);
    }

    public void emailFailed(long id, String error) {
        jdbc.update("update notification set email_status = 'FAILED', email_last_error = ? where id = ?",
                error.length() > 1000 ? error.substring(0, 1000) : error, id);
    }

    /** Gives up on an e-mail that can never be sent (no address any more): failed, with no attempts left. */
    public void emailAbandoned(long id, int maxAttempts, String reason) {
        jdbc.update("""
                update notification set email_status = 'FAILED', email_attempts = greatest(email_attempts, ?),
                       email_last_error = ?
                where id = ?
                """, maxAttempts, reason, id);
    }

    /** Marks e-mails still to be tried as not sent because no SMTP server is configured; returns how many. */
    public int emailsNotConfigured(int maxAttempts) {
        return jdbc.update("""
                update notification set email_status = 'NOT_CONFIGURED'
                where email_status in ('PENDING', 'FAILED') and email_attempts < ?
                """, maxAttempts);
    }

    /** Status, attempts and last error of an e-mail; for operators and tests. */
    public record EmailState(@Nullable EmailStatus status, int attempts, @Nullable String lastError,
            @Nullable Instant sentAt) {
    }

    public Optional<EmailState> emailState(long id) {
        return jdbc.query("""
                select email_status, email_attempts, email_last_error, email_sent_at from notification where id = ?
                """, (rs, i) -> new EmailState(status(rs.getString(1)), rs.getInt(2), rs.getString(3),
                instant(rs, "email_sent_at")), id).stream().findFirst();
    }

    /** The id of a recipient's notification for an event, if it was stored. */
    public OptionalLong idOf(long recipientId, String dedupeKey) {
        return jdbc.queryForList("select id from notification where recipient_id = ? and dedupe_key = ?", Long.class,
                recipientId, dedupeKey).stream().mapToLong(Long::longValue).findFirst();
    }

    private static final RowMapper<NotificationView> VIEW = (rs, i) -> new NotificationView(rs.getLong("id"),
            rs.getString("title"), rs.getString("message"), rs.getString("link"),
            rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);

    private static @Nullable EmailStatus status(@Nullable String value) {
        return value == null ? null : EmailStatus.valueOf(value);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
