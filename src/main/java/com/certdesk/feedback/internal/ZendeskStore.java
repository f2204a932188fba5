package com.certdesk.feedback.internal;

import com.certdesk.feedback.ZendeskStatus.SkippedAgent;
import com.certdesk.feedback.ZendeskSyncStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The connector's three tables (V15) in plain SQL: the connection row, the sync state row with its run guard, and
 * the skipped ratings. Every write of the sync checks it still holds the guard ({@code running_owner}), so a node
 * whose guard was taken over as stale stops instead of writing over the other's progress.
 */
@Repository
class ZendeskStore {

    private final JdbcTemplate jdbc;

    ZendeskStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Connection(String subdomain, String agentEmail, @Nullable String tokenCipher,
            @Nullable Instant tokenSavedAt, boolean enabled, long version) {
    }

    record State(@Nullable Long syncedUpTo, @Nullable Long runStartTime, @Nullable String runNextUrl,
            @Nullable Long runNewest, @Nullable Instant runningSince, @Nullable String runningOwner,
            @Nullable Instant lastStartedAt, @Nullable Instant lastFinishedAt, ZendeskSyncStatus lastStatus,
            @Nullable String lastMessage, @Nullable Instant rateLimitedUntil, int pages, int ratingsStored,
            int duplicates, int notRatings, int skippedUnknown, int skippedInvalid) {
    }

    /** What one stored page adds to the run's counts. */
    record PageCounts(int ratingsStored, int duplicates, int notRatings, int skippedUnknown, int skippedInvalid) {
    }

    /** A rating the sync could not store. */
    record Skipped(String ratingId, boolean unknownAgent, @Nullable String agentId, String reason,
            @Nullable Instant ratedAt) {
    }

    // ---- connection

    @Transactional(readOnly = true)
    Optional<Connection> connection() {
        return jdbc.query("select subdomain, agent_email, token_cipher, token_saved_at, enabled, version "
                + "from zendesk_connection where id = 1", (rs, n) -> new Connection(rs.getString(1), rs.getString(2),
                rs.getString(3), instant(rs, 4), rs.getBoolean(5), rs.getLong(6))).stream().findFirst();
    }

    @Transactional
    void saveConnection(String subdomain, String agentEmail, @Nullable String tokenCipher,
            @Nullable Instant tokenSavedAt, boolean enabled, Instant now, String by) {
        int updated = jdbc.update("update zendesk_connection set subdomain = ?, agent_email = ?, token_cipher = ?, "
                + "token_saved_at = ?, enabled = ?, updated_at = ?, updated_by_name = ?, version = version + 1 "
                + "where id = 1", subdomain, agentEmail, tokenCipher, ts(tokenSavedAt), enabled, ts(now), by);
        if (updated == 0) {
            jdbc.update("insert into zendesk_connection (id, subdomain, agent_email, token_cipher, token_saved_at, "
                    + "enabled, updated_at, updated_by_name) values (1, ?, ?, ?, ?, ?, ?, ?)", subdomain, agentEmail,
                    tokenCipher, ts(tokenSavedAt), enabled, ts(now), by);
        }
    }

    // ---- state and guard

    @Transactional(readOnly = true)
    State state() {
        return jdbc.queryForObject("select synced_up_to, run_start_time, run_next_url, run_newest, running_since, "
                + "running_owner, last_started_at, last_finished_at, last_status, last_message, rate_limited_until, "
                + "pages, ratings_stored, duplicates, not_ratings, skipped_unknown, skipped_invalid "
                + "from zendesk_sync_state where id = 1", (rs, n) -> new State(longOrNull(rs, 1), longOrNull(rs, 2),
                rs.getString(3), longOrNull(rs, 4), instant(rs, 5), rs.getString(6), instant(rs, 7), instant(rs, 8),
                ZendeskSyncStatus.valueOf(rs.getString(9)), rs.getString(10), instant(rs, 11), rs.getInt(12),
                rs.getInt(13), rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getInt(17)));
    }

    /**
     * Takes the run guard when no node holds it or the holder's last sign of life is older than {@code staleBefore}.
     * One conditional update: the database decides between two nodes asking at once.
     */
    @Transactional
    boolean acquire(String owner, Instant now, Instant staleBefore) {
        return jdbc.update("update zendesk_sync_state set running_since = ?, running_owner = ? "
                + "where id = 1 and (running_since is null or running_since < ?)", ts(now), owner,
                ts(staleBefore)) == 1;
    }

    /** Gives the guard back (only the holder can). */
    @Transactional
    void release(String owner) {
        jdbc.update("update zendesk_sync_state set running_since = null, running_owner = null "
                + "where id = 1 and running_owner = ?", owner);
    }

    /** A new sync from {@code startTime}: the counts start at zero. */
    @Transactional
    boolean beginFresh(String owner, Instant now, long startTime) {
        return jdbc.update("update zendesk_sync_state set run_start_time = ?, run_next_url = null, run_newest = ?, "
                + "last_started_at = ?, last_finished_at = null, last_status = ?, last_message = null, "
                + "rate_limited_until = null, pages = 0, ratings_stored = 0, duplicates = 0, not_ratings = 0, "
                + "skipped_unknown = 0, skipped_invalid = 0 where id = 1 and running_owner = ?", startTime, startTime,
                ts(now), ZendeskSyncStatus.RUNNING.name(), owner) == 1;
    }

    /** A sync that stopped mid-way continues: counts and cursor stay. */
    @Transactional
    boolean resume(String owner, String message) {
        return jdbc.update("update zendesk_sync_state set last_status = ?, last_message = ?, "
                + "rate_limited_until = null where id = 1 and running_owner = ?", ZendeskSyncStatus.RUNNING.name(),
                message, owner) == 1;
    }

    /**
     * Records a stored page: where the next page is (null: the sync is complete and the next one starts at
     * {@code newest}), the counts, the skipped ratings, and refreshes the guard. One transaction.
     */
    @Transactional
    boolean pageDone(String owner, Instant now, @Nullable String nextUrl, long newest, PageCounts counts,
            List<Skipped> skipped, Collection<String> storedIds) {
        boolean complete = nextUrl == null;
        int updated = jdbc.update("update zendesk_sync_state set run_next_url = ?, run_newest = ?, "
                + "running_since = ?, pages = pages + 1, ratings_stored = ratings_stored + ?, "
                + "duplicates = duplicates + ?, not_ratings = not_ratings + ?, skipped_unknown = skipped_unknown + ?, "
                + "skipped_invalid = skipped_invalid + ? where id = 1 and running_owner = ?", nextUrl, newest,
                ts(now), counts.ratingsStored(), counts.duplicates(), counts.notRatings(),
                counts.skippedUnknown(), counts.skippedInvalid(), owner);
        if (updated == 0) {
            return false;
        }
        if (complete) {
            jdbc.update("update zendesk_sync_state set synced_up_to = ?, run_start_time = null where id = 1", newest);
        }
        for (Skipped s : skipped) {
            String kind = s.unknownAgent() ? "UNKNOWN_AGENT" : "INVALID";
            String reason = cut(s.reason(), 1000);
            int u = jdbc.update("update zendesk_skipped_rating set kind = ?, agent_id = ?, reason = ?, rated_at = ?, "
                    + "last_seen_at = ? where rating_id = ?", kind, s.agentId(), reason, ts(s.ratedAt()), ts(now),
                    s.ratingId());
            if (u == 0) {
                jdbc.update("insert into zendesk_skipped_rating (rating_id, kind, agent_id, reason, rated_at, "
                        + "last_seen_at) values (?, ?, ?, ?, ?, ?)", s.ratingId(), kind, s.agentId(), reason,
                        ts(s.ratedAt()), ts(now));
            }
        }
        for (String id : storedIds) {
            jdbc.update("delete from zendesk_skipped_rating where rating_id = ?", id);
        }
        return true;
    }

    /** Ends the run with a status; the cursor stays, so the next run continues where this one stopped. */
    @Transactional
    void finish(String owner, Instant now, ZendeskSyncStatus status, @Nullable String message,
            @Nullable Instant rateLimitedUntil) {
        jdbc.update("update zendesk_sync_state set last_status = ?, last_message = ?, last_finished_at = ?, "
                + "rate_limited_until = ? where id = 1 and running_owner = ?", status.name(), cut(message, 2000),
                ts(now), ts(rateLimitedUntil), owner);
    }

    /** Forgets where syncs stopped: the next one starts at {@code syncedUpTo} (null: from the first rating). */
    @Transactional
    void rewind(@Nullable Long syncedUpTo, boolean forgetSkipped) {
        jdbc.update("update zendesk_sync_state set synced_up_to = ?, run_next_url = null, run_start_time = null, "
                + "run_newest = null, rate_limited_until = null where id = 1", syncedUpTo);
        if (forgetSkipped) {
            jdbc.update("delete from zendesk_skipped_rating");
        }
    }

    /** Status and counts of a connection that starts over (another account): as never synced. */
    @Transactional
    void resetState() {
        rewind(null, true);
        jdbc.update("update zendesk_sync_state set last_status = ?, last_message = null, last_started_at = null, "
                + "last_finished_at = null, pages = 0, ratings_stored = 0, duplicates = 0, not_ratings = 0, "
                + "skipped_unknown = 0, skipped_invalid = 0 where id = 1", ZendeskSyncStatus.NEVER.name());
    }

    // ---- skipped ratings

    @Transactional(readOnly = true)
    List<SkippedAgent> unknownAgents(int limit) {
        return jdbc.query("select agent_id, count(*) as n, min(rated_at) as earliest from zendesk_skipped_rating "
                + "where kind = 'UNKNOWN_AGENT' group by agent_id order by n desc, agent_id "
                + "offset 0 rows fetch first " + limit + " rows only",
                (rs, i) -> new SkippedAgent(rs.getString(1) == null ? "(none)" : rs.getString(1), rs.getLong(2),
                        instant(rs, 3)));
    }

    @Transactional(readOnly = true)
    long skippedCount(boolean unknownAgent) {
        Long n = jdbc.queryForObject("select count(*) from zendesk_skipped_rating where kind = ?", Long.class,
                unknownAgent ? "UNKNOWN_AGENT" : "INVALID");
        return n == null ? 0 : n;
    }

    @Transactional(readOnly = true)
    @Nullable Instant earliestUnknownAgentRating() {
        return jdbc.queryForObject("select min(rated_at) from zendesk_skipped_rating where kind = 'UNKNOWN_AGENT'",
                (rs, i) -> instant(rs, 1));
    }

    // ---- helpers

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
