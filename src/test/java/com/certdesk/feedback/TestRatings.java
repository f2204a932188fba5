package com.certdesk.feedback;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import com.certdesk.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ratings and readers for tests, without going through a file format. */
public final class TestRatings {

    private TestRatings() {
    }

    public static RatingInput rating(String id, Metric metric, int min, int max, @Nullable Integer score,
            @Nullable String agentId) {
        return rating(id, metric, min, max, score, agentId, Instant.parse("2026-11-10T10:00:00Z"), null);
    }

    public static RatingInput rating(String id, Metric metric, int min, int max, @Nullable Integer score,
            @Nullable String agentId, Instant at, @Nullable String comment) {
        return new RatingInput("test", id, "q", metric, min, max, score == null ? null : score.toString(), score, at,
                null, agentId, null, null, "email", null, comment, null, "en");
    }

    /** A reader over prepared records (line numbers from 2, as after a header). */
    public static RatingReader reader(List<RatingReader.ReadRecord> records) {
        Deque<RatingReader.ReadRecord> queue = new ArrayDeque<>(records);
        int total = records.size();
        return new RatingReader() {
            @Override
            public RatingReader.@Nullable ReadRecord next() {
                return queue.poll();
            }

            @Override
            public double progress() {
                return total == 0 ? 1 : 1 - (double) queue.size() / total;
            }

            @Override
            public void close() {
            }
        };
    }

    public static RatingReader readerOf(List<RatingInput> ratings) {
        java.util.ArrayList<RatingReader.ReadRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            records.add(RatingReader.ReadRecord.of(i + 2, ratings.get(i)));
        }
        return reader(records);
    }

    /**
     * A file import under way (ADR 008) that has stored this key and not imported it yet: its batch IMPORTING with a
     * fresh heartbeat, one of its ratings stored and counted as the import's chunks do. Returns the batch id.
     */
    public static long fileImportHolding(FeedbackImports imports, JdbcTemplate jdbc, String sourceSystem,
            String recordId, String questionId, long userId) {
        long batchId = SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.CANONICAL_CSV,
                "held.csv", readerOf(List.of()), ImportProgress.NONE)).batchId();
        jdbc.update("update feedback_batch set status = 'IMPORTING', heartbeat_at = current_timestamp, "
                + "records_after = (select coalesce(max(id), 0) from feedback_record), stored_count = 1 where id = ?",
                batchId);
        jdbc.update("""
                insert into feedback_record (batch_id, source_system, source_record_id, question_id, metric, scale_min,
                    scale_max, score, responded_at, local_day, kind, positive, negative, user_id)
                values (?, ?, ?, ?, 'CSAT', 1, 5, 5, current_timestamp, current_date, 'CSAT', 1, 0, ?)""",
                batchId, sourceSystem, recordId, questionId, userId);
        return batchId;
    }
}
