package com.certdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.feedback.RatingReader.ReadRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50 MB files are read record by record: the reader has read a sliver of the file when the first record comes out,
 * and the records are counted, never held.
 */
class LargeFeedbackFileTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private final FeedbackFiles files = new FeedbackFiles(ZoneId.of("UTC"));

    @TempDir
    Path dir;

    private record Count(long records, long ratings, long problems, double progressAfterFirst) {
    }

    private static Count count(RatingReader reader) {
        long records = 0;
        long ratings = 0;
        long problems = 0;
        double first = -1;
        long started = System.nanoTime();
        try (reader) {
            for (ReadRecord r = reader.next(); r != null; r = reader.next()) {
                if (records++ == 0) {
                    first = reader.progress();
                }
                ratings += r.ratings().size();
                problems += r.problems().size();
            }
            assertThat(reader.progress()).isEqualTo(1.0);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("read %,d records (%,d ratings) in %.1f s: %,.0f records/s%n", records, ratings, seconds,
                records / seconds);
        return new Count(records, ratings, problems, first);
    }

    @Test
    void a_50_mb_canonical_csv_is_streamed_in_constant_memory() throws IOException {
        Path file = dir.resolve("big.csv");
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", "source_system", "source_record_id", "metric", "scale_min", "scale_max",
                    "source_score_raw", "score", "responded_at", "ticket_id", "agent_id", "agent_email", "team_id",
                    "channel", "survey_id", "question_id", "comment", "reason", "language") + "\r\n");
            while (Files.size(file) < FIFTY_MB || rows % 1000 != 0) {
                rows++;
                out.write("zendesk," + rows + ",CSAT," + "1,5,," + (1 + rows % 5) + ",2025-03-04T10:15:00Z,"
                        + (100000 + rows) + ",agent-" + (rows % 5000) + ",,g-7,email,zd,q_csat,"
                        + (rows % 10 == 0 ? "\"Fine, thanks\nsecond line\"" : "ok") + ",,en\r\n");
                if (rows % 1000 == 0) {
                    out.flush();
                }
            }
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(FIFTY_MB);

        Count count = count(files.open(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE,
                List.of(new ImportFile("big.csv", file))));

        assertThat(count.records()).isEqualTo(rows);
        assertThat(count.ratings()).isEqualTo(rows);
        assertThat(count.problems()).isZero();
        assertThat(count.progressAfterFirst()).isBetween(0.0, 0.01);
    }

    @Test
    void a_50_mb_zendesk_page_is_streamed_one_rating_object_at_a_time() throws IOException {
        Path file = dir.resolve("big.json");
        long ratings = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\n  \"satisfaction_ratings\": [\n");
            while (Files.size(file) < FIFTY_MB || ratings % 1000 != 0) {
                if (ratings > 0) {
                    out.write(",\n");
                }
                ratings++;
                out.write("    {\"id\": " + ratings + ", \"assignee_id\": " + (ratings % 5000) + ", \"group_id\": 7, "
                        + "\"ticket_id\": " + ratings + ", \"score\": \"" + (ratings % 4 == 0 ? "offered" : "good")
                        + "\", \"created_at\": \"2025-03-04T10:15:00Z\", \"comment\": \"Quick and friendly\"}");
                if (ratings % 1000 == 0) {
                    out.flush();
                }
            }
            out.write("\n  ],\n  \"meta\": {\"has_more\": false}\n}\n");
        }

        Count count = count(files.open(FeedbackFormat.ZENDESK_JSON, FormatMapping.NONE,
                List.of(new ImportFile("big.json", file))));

        assertThat(count.records()).isEqualTo(ratings);
        assertThat(count.ratings()).isEqualTo(ratings - ratings / 4);
        assertThat(count.progressAfterFirst()).isBetween(0.0, 0.01);
    }
}
