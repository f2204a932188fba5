package com.certdesk.feedback;

import static com.certdesk.feedback.FeedbackFileSamples.problems;
import static com.certdesk.feedback.FeedbackFileSamples.ratings;
import static com.certdesk.feedback.FeedbackFileSamples.readAll;
import static com.certdesk.feedback.FeedbackFileSamples.sample;
import static com.certdesk.feedback.FeedbackFileSamples.text;
import static com.certdesk.feedback.FeedbackFileSamples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.RatingReader.ReadRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalCsvFileTest {

    private static final String HEADER = "source_system,source_record_id,metric,scale_min,scale_max,source_score_raw,"
            + "score,responded_at,ticket_id,agent_id,agent_email,team_id,channel,survey_id,question_id,comment,reason,"
            + "language\n";

    private final FeedbackFiles files = new FeedbackFiles(ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private List<ReadRecord> read(ImportFile file) {
        return readAll(files.open(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, List.of(file)));
    }

    @Test
    void the_canonical_sample_reads_every_rating_exactly_with_its_first_line() {
        List<ReadRecord> records = read(sample("canonical_feedback_v1.csv"));

        assertThat(problems(records)).isEmpty();
        assertThat(records).extracting(ReadRecord::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 9L, 10L, 11L);
        assertThat(ratings(records)).containsExactly(
                new RatingInput("zendesk", "35436", "satisfaction", Metric.CSAT_BINARY, 0, 1, "good", 1,
                        Instant.parse("2025-03-04T10:15:00Z"), "1201", "9001", "ana@example.com", "g-7", "email",
                        "zd-legacy", "Quick and friendly", null, "en"),
                new RatingInput("zendesk", "35437", "satisfaction", Metric.CSAT_BINARY, 0, 1, "bad", 0,
                        Instant.parse("2025-03-04T11:02:10Z"), "1202", "9002", "bo@example.com", "g-7", "chat",
                        "zd-legacy", null, "The issue took too long to be solved", "en"),
                new RatingInput("zendesk", "35438", "q_csat", Metric.CSAT, 1, 5, "4", 4,
                        Instant.parse("2025-03-05T07:00:00Z"), "1203", "9001", "ana@example.com", "g-7", "email",
                        "zd-csat-v2", "Solved, thanks", null, "de"),
                new RatingInput("freshdesk", "102", "default_question", Metric.CSAT, 1, 3, "103", 3,
                        Instant.parse("2025-03-05T09:08:16Z"), "432", "1", "cara@example.com", null, "portal", "1",
                        "Thank you for the quick action", null, "en"),
                new RatingInput("qualtrics", "R_1a2b3c", "QID2", Metric.NPS, 0, 10, "9", 9,
                        Instant.parse("2025-03-06T12:00:00Z"), null, "9003", null, "g-8", "web", "SV_abc",
                        "Would recommend \"Support Plus\" to colleagues", null, "en"),
                new RatingInput("qualtrics", "R_1a2b3d", "QID2", Metric.NPS, 0, 10, "6", 6,
                        Instant.parse("2025-03-06T12:05:00Z"), null, "9003", null, "g-8", "web", "SV_abc",
                        "Line one\nline two (quoted newline)", null, "en"),
                new RatingInput("surveymonkey", "114733226122", "effort", Metric.CES, 1, 7, "Disagree", 2,
                        Instant.parse("2025-03-07T15:30:00Z"), "1207", "9004", null, "g-9", "phone", "SM-77",
                        "=HYPERLINK(\"http://example.invalid\",\"click\")", null, "en"),
                new RatingInput("surveymonkey", "114733226123", "effort", Metric.CES, 1, 7, null, null,
                        Instant.parse("2025-03-07T15:31:00Z"), "1208", "9004", null, "g-9", "phone", "SM-77",
                        "skipped score -> must not count in denominator", null, "en"),
                new RatingInput("salesforce", "0Mx000000000001", "q_nps", Metric.NPS, 0, 10, "10", 10,
                        Instant.parse("2025-03-08T07:45:00Z"), "5003000000AbCdE", "005000000000XyZ", null, null,
                        "chat", "0Kd000000000001", "Très bien — merci", null, "fr"));
    }

    @Test
    void columns_may_come_in_any_order_and_any_case_and_lf_line_ends_read_like_crlf() {
        ImportFile file = write(dir, "shuffled.csv", """
                Metric,SCORE,Source_System,source_record_id,scale_min,scale_max,responded_at,agent_email
                NPS,9,manual,m-1,0,10,2025-03-06T12:00:00-05:00,ana@example.com
                """);

        List<RatingInput> ratings = ratings(read(file));

        assertThat(ratings).singleElement().satisfies(r -> {
            assertThat(r.metric()).isEqualTo(Metric.NPS);
            assertThat(r.score()).isEqualTo(9);
            assertThat(r.sourceSystem()).isEqualTo("manual");
            assertThat(r.respondedAt()).isEqualTo(Instant.parse("2025-03-06T17:00:00Z"));
            assertThat(r.agentEmail()).isEqualTo("ana@example.com");
            assertThat(r.agentId()).isNull();
        });
    }

    @Test
    void a_bom_and_crlf_do_not_change_what_is_read() {
        byte[] text = text("canonical_feedback_v1.csv").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertThat(ratings(read(write(dir, "bom.csv", withBom))))
                .isEqualTo(ratings(read(sample("canonical_feedback_v1.csv"))));
    }

    @Test
    void a_missing_required_column_rejects_the_file_naming_it() {
        ImportFile file = write(dir, "no-metric.csv", """
                source_system,source_record_id,scale_min,scale_max,score,responded_at,agent_id
                zendesk,1,1,5,4,2025-03-04T10:15:00Z,9001
                """);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no-metric.csv lacks the required column metric");
    }

    @Test
    void a_file_naming_neither_agent_column_is_rejected() {
        ImportFile file = write(dir, "no-agent.csv", """
                source_system,source_record_id,metric,scale_min,scale_max,score,responded_at
                zendesk,1,CSAT,1,5,4,2025-03-04T10:15:00Z
                """);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("agent_id or agent_email");
    }

    @Test
    void a_file_without_header_is_rejected_as_missing_the_columns() {
        ImportFile file = write(dir, "headless.csv", "zendesk,35436,CSAT_BINARY,0,1,good,1,2025-03-04T10:15:00Z\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown column \"zendesk\"");
    }

    @Test
    void an_empty_file_is_rejected_saying_the_header_is_needed() {
        ImportFile file = write(dir, "empty.csv", "");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("empty.csv is empty").hasMessageContaining("source_system,source_record_id");
    }

    @Test
    void binary_garbage_is_rejected_as_not_a_text_file() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        ImportFile file = write(dir, "garbage.csv", garbage);

        assertThatThrownBy(() -> read(file)).isInstanceOf(ValidationException.class)
                .hasMessageMatching("(?s).*garbage.csv is not (UTF-8 text|a CSV text file).*");
    }

    @Test
    void each_unreadable_row_is_a_problem_of_its_line_with_its_reason() {
        ImportFile file = write(dir, "bad-rows.csv", HEADER
                + "zendesk,1,ENPS,0,10,,9,2025-03-04T10:15:00Z,,9001,,,,,,,,\n"
                + "zendesk,2,HAPPINESS,1,5,,4,2025-03-04T10:15:00Z,,9001,,,,,,,,\n"
                + "zendesk,3,CSAT,1,5,,4.5,2025-03-04T10:15:00Z,,9001,,,,,,,,\n"
                + "zendesk,4,CSAT,1,5,,4,2025-03-04 10:15:00,,9001,,,,,,,,\n"
                + "zendesk,5,CSAT,1,5,,4,yesterday,,9001,,,,,,,,\n"
                + "zendesk,6,CSAT,1,5,,4,2025-03-04T10:15:00Z,,,,,,,,,,\n"
                + ",,CSAT,,5,,4,,,9001,,,,,,,,\n"
                + "zendesk,8,CSAT,1,5,,4,2025-03-04T10:15:00Z,,9001\n"
                + "\"zendesk\",\"9\",\"CSAT\",\"1\",\"5\",,\"4\",\"2025-03-04T10:15:00Z\",,\"9001\",,,,,,,,\n");

        List<ReadRecord> records = read(file);

        assertThat(problems(records)).containsExactly(
                "line 2: ENPS is an engagement measure, not customer feedback: import it under Imported "
                        + "engagement > Import scores (engagement/scores/import), not here.",
                "line 3: unknown metric \"HAPPINESS\" (expected CSAT, CSAT_BINARY, NPS or CES)",
                "line 4: score \"4.5\" is not a whole number",
                "line 5: responded_at \"2025-03-04 10:15:00\" is not an ISO-8601 date and time with offset "
                        + "(e.g. 2025-03-05T08:00:00+01:00)",
                "line 6: responded_at \"yesterday\" is not an ISO-8601 date and time with offset "
                        + "(e.g. 2025-03-05T08:00:00+01:00)",
                "line 7: agent_id or agent_email is required",
                "line 8: source_system is required", "line 8: source_record_id is required",
                "line 8: scale_min is required", "line 8: responded_at is required",
                "line 9: expected 18 fields like the header, found 10");
        assertThat(records.getLast().ok()).isTrue();
        assertThat(records).filteredOn(r -> !r.ok()).allSatisfy(r -> assertThat(r.ratings()).isEmpty());
    }

    @Test
    void a_time_without_offset_is_a_problem_that_shows_how_to_write_it() {
        ImportFile file = write(dir, "local-time.csv", HEADER
                + "zendesk,1,CSAT,1,5,,4,2025-03-04T10:15:00,,9001,,,,,,,,\n");

        assertThat(problems(read(file))).containsExactly("line 2: responded_at \"2025-03-04T10:15:00\" has no "
                + "offset: write it with one, e.g. 2025-03-04T10:15:00Z or 2025-03-04T10:15:00+01:00");
    }

    @Test
    void scale_and_range_are_left_to_the_rating_rules_and_not_checked_twice() {
        ImportFile file = write(dir, "scale.csv", HEADER
                + "zendesk,1,CSAT,1,10,,12,2025-03-04T10:15:00Z,,9001,,,,,,,,\n");

        List<ReadRecord> records = read(file);

        assertThat(problems(records)).isEmpty();
        RatingInput rating = ratings(records).getFirst();
        assertThat(RatingRules.problems(rating, Instant.parse("2025-03-05T00:00:00Z")))
                .containsExactly("scale 1-10 is not a CSAT scale (expected 1-5 or 1-3)");
    }

    @Test
    void the_layout_of_a_canonical_file_lists_its_columns_and_warns_of_an_unknown_one() {
        ImportFile file = write(dir, "typo.csv", """
                source_system,metric,coment
                zendesk,CSAT,ok
                zendesk,NPS,fine
                """);

        FileLayout layout = files.inspect(FeedbackFormat.CANONICAL_CSV, List.of(file));

        assertThat(layout.columns()).extracting(FileLayout.Column::key).containsExactly("source_system", "metric",
                "coment");
        assertThat(layout.columns().get(1).values()).containsExactly("CSAT", "NPS");
        assertThat(layout.notes()).singleElement().asString().contains("\"coment\" is not one of");
        assertThatThrownBy(() -> read(file)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown column \"coment\"");
    }

    @Test
    void the_layout_keeps_at_most_fifty_values_per_column() {
        StringBuilder text = new StringBuilder("source_system,source_record_id\n");
        for (int i = 0; i < 80; i++) {
            text.append("zendesk,").append(i).append('\n');
        }

        FileLayout layout = files.inspect(FeedbackFormat.CANONICAL_CSV, List.of(write(dir, "many.csv",
                text.toString())));

        assertThat(layout.columns().get(0).values()).containsExactly("zendesk");
        assertThat(layout.columns().get(0).moreValues()).isFalse();
        assertThat(layout.columns().get(1).values()).hasSize(FileLayout.MAX_VALUES);
        assertThat(layout.columns().get(1).moreValues()).isTrue();
    }

    @Test
    void progress_runs_from_zero_to_one_over_several_files() {
        ImportFile first = sample("canonical_feedback_v1.csv");
        ImportFile second = write(dir, "second.csv", HEADER
                + "manual,x-1,CES,1,7,,7,2025-03-04T10:15:00Z,,9001,,,,,,,,\n");
        RatingReader reader = files.open(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, List.of(first, second));

        assertThat(reader.progress()).isZero();
        List<Double> progress = new java.util.ArrayList<>();
        List<ReadRecord> records = new java.util.ArrayList<>();
        try (reader) {
            for (ReadRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
                progress.add(reader.progress());
            }
            progress.add(reader.progress());
        }

        assertThat(records).hasSize(10);
        assertThat(records.getLast().line()).isEqualTo(2);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(progress.get(8)).as("after the first file").isStrictlyBetween(0.0, 1.0);
    }
}
