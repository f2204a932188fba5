package com.certdesk.feedback;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
}
