package com.certdesk.feedback.internal;

import com.certdesk.feedback.BatchStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Cleans up after file imports that did not finish. A batch IMPORTING whose heartbeat is older than
 * {@code certdesk.feedback.import-stale-after} (default 2 minutes; a running import beats every 10 seconds, by the
 * database's clock) lost its server mid-import: it is DISCARDED with a note saying so. The ratings of every batch that is not imported (that one,
 * or an import that failed and could not remove what it stored at once) are removed, a few thousand per transaction.
 * Runs every minute ({@code certdesk.feedback.import-cleanup-every}); on several nodes at once it does no harm: each
 * step is conditional on the batch's status, under the batch row's lock.
 */
@Component
class StaleImports {

    private static final Logger log = LoggerFactory.getLogger(StaleImports.class);
    private static final int REMOVED_PER_STEP = 5_000;
    static final String INTERRUPTED = "The import was interrupted (its server stopped); nothing was kept. Upload the file again.";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration staleAfter;

    StaleImports(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock,
            @Value("${certdesk.feedback.import-stale-after:2m}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** Older than the stale limit by the database's clock (the one imports beat with, whichever node they run on). */
    boolean isStale(OffsetDateTime heartbeat) {
        return heartbeat.isBefore(databaseNow().minus(staleAfter));
    }

    private OffsetDateTime databaseNow() {
        return Objects.requireNonNull(jdbc.queryForObject("select current_timestamp", OffsetDateTime.class));
    }

    @Scheduled(fixedDelayString = "${certdesk.feedback.import-cleanup-every:60s}",
            initialDelayString = "${certdesk.feedback.import-cleanup-every:60s}")
    @SchedulerLock(name = "feedback.stale-imports", lockAtMostFor = "PT10M")
    void scheduledCleanUp() {
        cleanUp();
    }

    void cleanUp() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime limit = databaseNow().minus(staleAfter);
        for (Long id : jdbc.queryForList("select id from feedback_batch where status = ? and heartbeat_at < ?",
                Long.class, BatchStatus.IMPORTING.name(), limit)) {
            int n = jdbc.update("update feedback_batch set status = ?, finished_at = ?, heartbeat_at = null, note = ? "
                    + "where id = ? and status = ? and heartbeat_at < ?", BatchStatus.DISCARDED.name(), now,
                    INTERRUPTED, id, BatchStatus.IMPORTING.name(), limit);
            if (n > 0) {
                log.warn("Feedback batch {}: its import stopped saying it was alive (server stopped?); discarded", id);
            }
        }
        List<Long> leftovers = jdbc.queryForList("select b.id from feedback_batch b where b.status in (?, ?, ?) "
                + "and b.stored_count > 0", Long.class,
                BatchStatus.CHECKING.name(), BatchStatus.CHECKED.name(), BatchStatus.DISCARDED.name());
        for (Long id : leftovers) {
            long removed = removeUnimported(id);
            log.info("Feedback batch {}: removed {} ratings left by an import that did not finish", id, removed);
        }
    }

    /**
     * Removes the ratings of a batch that is not imported, {@value #REMOVED_PER_STEP} per transaction; stops as soon
     * as the batch is being imported again or is imported. Returns how many it removed.
     */
    long removeUnimported(long batchId) {
        long removed = 0;
        BatchRecords left = BatchRecords.of(jdbc, batchId);
        while (true) {
            BatchRecords range = left;
            List<Long> ids = tx.execute(s -> {
                List<String> status = jdbc.queryForList("select status from feedback_batch where id = ? for update",
                        String.class, batchId);
                if (status.isEmpty() || BatchStatus.IMPORTING.name().equals(status.getFirst())
                        || BatchStatus.IMPORTED.name().equals(status.getFirst())) {
                    return List.<Long>of();
                }
                List<Long> found = jdbc.queryForList("select r.id from feedback_record r where "
                        + BatchRecords.CONDITION + " order by r.id fetch first " + REMOVED_PER_STEP + " rows only",
                        Long.class, range.args());
                if (!found.isEmpty()) {
                    jdbc.batchUpdate("delete from feedback_record where id = ?",
                            found.stream().map(id -> new Object[] {id}).toList());
                }
                // fewer than a step's worth were left: none is now
                jdbc.update("update feedback_batch set stored_count = case when ? then 0 else "
                        + "greatest(stored_count - ?, 0) end where id = ?", found.size() < REMOVED_PER_STEP,
                        found.size(), batchId);
                return found;
            });
            if (ids == null || ids.isEmpty()) {
                return removed;
            }
            removed += ids.size();
            left = range.above(ids.getLast()); // only once that step is committed
        }
    }
}
