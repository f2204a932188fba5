package com.certdesk.feedback;

import static com.certdesk.feedback.FeedbackFileSamples.problems;
import static com.certdesk.feedback.FeedbackFileSamples.ratings;
import static com.certdesk.feedback.FeedbackFileSamples.readAll;
import static com.certdesk.feedback.FeedbackFileSamples.sample;
import static com.certdesk.feedback.FeedbackFileSamples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.RatingReader.ReadRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshdeskFileTest {

    private final FeedbackFiles files = new FeedbackFiles(ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private FormatMapping suggested() {
        return files.inspect(FeedbackFormat.FRESHDESK_JSON, List.of(sample("freshdesk_satisfaction_ratings.json")))
                .suggested();
    }

    private List<ReadRecord> read(FormatMapping mapping, ImportFile file) {
        return readAll(files.open(FeedbackFormat.FRESHDESK_JSON, mapping, List.of(file)));
    }

    @Test
    void a_freshdesk_rating_with_two_questions_becomes_two_ratings_each_on_its_own_scale() {
        List<ReadRecord> records = read(suggested(), sample("freshdesk_satisfaction_ratings.json"));

        assertThat(problems(records)).isEmpty();
        assertThat(records).extracting(ReadRecord::line).containsExactly(2L, 17L);
        assertThat(ratings(records)).containsExactly(
                new RatingInput("freshdesk", "102", "default_question", Metric.CSAT, 1, 3, "103", 3,
                        Instant.parse("2025-03-05T09:08:16Z"), "432", "1", null, null, null, "1",
                        "Thank you for the quick action", null, null),
                new RatingInput("freshdesk", "102", "question_2", Metric.CSAT, 1, 5, "-102", 2,
                        Instant.parse("2025-03-05T09:08:16Z"), "432", "1", null, null, null, "1", null, null, null),
                new RatingInput("freshdesk", "112", "default_question", Metric.CSAT, 1, 3, "-103", 1,
                        Instant.parse("2025-03-05T10:08:16Z"), "433", "1", null, "5", null, "1", null, null, null));
    }

    @Test
    void the_suggested_mapping_uses_the_3_point_scale_for_happy_neutral_unhappy_codes_and_5_points_for_102() {
        FileLayout layout = files.inspect(FeedbackFormat.FRESHDESK_JSON,
                List.of(sample("freshdesk_satisfaction_ratings.json")));

        assertThat(layout.columns()).extracting(FileLayout.Column::key).containsExactly("default_question",
                "question_2");
        assertThat(layout.columns().getFirst().values()).containsExactly("103", "-103");
        assertThat(layout.suggested().questions()).isEqualTo(Map.of(
                "default_question", new QuestionMapping(Metric.CSAT, 1, 3, Map.of("103", 3, "100", 2, "-103", 1)),
                "question_2", new QuestionMapping(Metric.CSAT, 1, 5,
                        Map.of("103", 5, "102", 4, "100", 3, "-102", 2, "-103", 1))));
    }

    @Test
    void the_administrator_edits_the_code_mapping_and_a_question_left_out_is_counted_not_read() {
        FormatMapping edited = new FormatMapping(Map.of("default_question",
                new QuestionMapping(Metric.CSAT, 1, 5, Map.of("103", 5, "100", 3, "-103", 1))), null, null, "email",
                null, "freshdesk-eu");

        List<ReadRecord> records = read(edited, sample("freshdesk_satisfaction_ratings.json"));

        assertThat(ratings(records)).extracting(RatingInput::score).containsExactly(5, 1);
        assertThat(ratings(records)).allSatisfy(r -> {
            assertThat(r.sourceSystem()).isEqualTo("freshdesk-eu");
            assertThat(r.channel()).isEqualTo("email");
        });
        assertThat(records.getFirst().notRatings()).isEqualTo(1);
    }

    @Test
    void a_code_outside_the_mapping_is_a_problem_of_its_rating() {
        ImportFile file = write(dir, "odd.json", """
                [{"id": 7, "agent_id": 1, "ratings": {"default_question": 101},
                  "created_at": "2025-03-05T09:08:16Z"}]""");

        assertThat(problems(read(suggested(), file))).containsExactly("line 1: default_question: code \"101\" is not "
                + "one of the choices mapped to the CSAT scale 1-3 (103, 100, -103): add it to the mapping");
    }

    @Test
    void a_freshdesk_rating_without_agent_or_time_is_a_problem_saying_why() {
        ImportFile file = write(dir, "noagent.json", """
                [
                  {"id": 8, "ratings": {"default_question": 103}, "created_at": "2025-03-05T09:08:16Z"},
                  {"id": 9, "agent_id": 1, "ratings": {"default_question": 103}, "created_at": "5 March"}
                ]""");

        assertThat(problems(read(suggested(), file))).containsExactly(
                "line 2: rating 8 has no agent_id, so no agent to attribute it to",
                "line 3: created_at \"5 March\" is not an ISO-8601 date and time with offset "
                        + "(e.g. 2025-03-05T08:00:00+01:00)");
    }

    @Test
    void a_freshdesk_file_needs_a_question_mapping_and_a_json_array() {
        ImportFile object = write(dir, "object.json", "{\"ratings\": []}");

        assertThatThrownBy(() -> files.open(FeedbackFormat.FRESHDESK_JSON, FormatMapping.NONE,
                List.of(sample("freshdesk_satisfaction_ratings.json")))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Choose the metric and scale of each Freshdesk question");
        assertThatThrownBy(() -> read(suggested(), object)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("object.json is not a Freshdesk satisfaction ratings export")
                .hasMessageContaining("does not start with a JSON array");
    }
}
