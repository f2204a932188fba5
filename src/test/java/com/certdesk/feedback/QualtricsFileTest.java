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
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualtricsFileTest {

    private static final String SAMPLE = "qualtrics_export_3header.csv";
    private static final QuestionMapping CSAT = new QuestionMapping(Metric.CSAT, 1, 5, Map.of());
    private static final QuestionMapping NPS = new QuestionMapping(Metric.NPS, 0, 10, Map.of());

    private final FeedbackFiles files = new FeedbackFiles(ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    /** The sample names no agent; its ticket_id embedded-data column stands in for one here. */
    private static FormatMapping mapping(String agentColumn, ZoneId zone) {
        return new FormatMapping(Map.of("Q1", CSAT, "Q2", NPS), agentColumn, "ticket_id", null, zone, null);
    }

    private List<ReadRecord> read(FormatMapping mapping, ImportFile file) {
        return readAll(files.open(FeedbackFormat.QUALTRICS_CSV, mapping, "Q3", List.of(file)));
    }

    @Test
    void a_qualtrics_export_reads_each_chosen_question_in_the_time_zone_of_its_importid_row() {
        List<ReadRecord> records = read(mapping("ticket_id", null), sample(SAMPLE));

        assertThat(problems(records)).isEmpty();
        assertThat(records).extracting(ReadRecord::line).containsExactly(4L, 5L, 7L);
        assertThat(ratings(records)).containsExactly(
                new RatingInput("qualtrics", "R_1a2b3c", "QID1", Metric.CSAT, 1, 5, "5", 5,
                        Instant.parse("2025-03-06T13:00:01Z"), "1201", "1201", null, null, null, null,
                        "Fast answer", null, "en"),
                new RatingInput("qualtrics", "R_1a2b3c", "QID2", Metric.NPS, 0, 10, "9", 9,
                        Instant.parse("2025-03-06T13:00:01Z"), "1201", "1201", null, null, null, null, null, null,
                        "en"),
                new RatingInput("qualtrics", "R_1a2b3d", "QID1", Metric.CSAT, 1, 5, "3", 3,
                        Instant.parse("2025-03-06T13:05:02Z"), "1202", "1202", null, null, null, null,
                        "Line one\nline two", null, "de"),
                new RatingInput("qualtrics", "R_1a2b3d", "QID2", Metric.NPS, 0, 10, "6", 6,
                        Instant.parse("2025-03-06T13:05:02Z"), "1202", "1202", null, null, null, null, null, null,
                        "de"),
                new RatingInput("qualtrics", "R_1a2b3e", "QID1", Metric.CSAT, 1, 5, null, null,
                        Instant.parse("2025-03-07T13:10:31Z"), "1203", "1203", null, null, null, null, null, null,
                        "en"),
                new RatingInput("qualtrics", "R_1a2b3e", "QID2", Metric.NPS, 0, 10, null, null,
                        Instant.parse("2025-03-07T13:10:31Z"), "1203", "1203", null, null, null, null, null, null,
                        "en"));
    }

    @Test
    void survey_previews_tests_and_spam_are_counted_as_not_ratings() {
        String sample = text(SAMPLE);
        String previews = sample.replace("2025-03-06 06:00:00,0,", "2025-03-06 06:00:00,1,")
                .replace("2025-03-06 06:05:00,0,", "2025-03-06 06:05:00,8,");

        List<ReadRecord> records = read(mapping("ticket_id", null), write(dir, "previews.csv", previews));

        assertThat(records).extracting(ReadRecord::notRatings).containsExactly(1, 1, 0);
        assertThat(ratings(records)).extracting(RatingInput::sourceRecordId).containsOnly("R_1a2b3e");
    }

    @Test
    void a_qualtrics_export_with_a_byte_order_mark_reads_the_same() {
        ImportFile bom = write(dir, "bom.csv", FeedbackFileSamples.withBom(SAMPLE));

        assertThat(ratings(read(mapping("ticket_id", null), bom)))
                .isEqualTo(ratings(read(mapping("ticket_id", null), sample(SAMPLE))));
    }

    @Test
    void the_administrators_time_zone_overrides_the_files() {
        List<ReadRecord> records = read(mapping("ticket_id", ZoneId.of("UTC")), sample(SAMPLE));

        assertThat(ratings(records).getFirst().respondedAt()).isEqualTo(Instant.parse("2025-03-06T06:00:01Z"));
    }

    @Test
    void without_an_agent_or_ticket_column_every_response_is_a_problem_asking_for_one() {
        List<ReadRecord> records = read(new FormatMapping(Map.of("Q1", CSAT), null, null, null, null, null),
                sample(SAMPLE));

        String ask = "no agent: choose the column that names the agent (an embedded-data column), or the ticket "
                + "column to take the agent from the helpdesk's rating of the same ticket";
        assertThat(problems(records)).containsExactly("line 4: " + ask, "line 5: " + ask, "line 7: " + ask);
    }

    @Test
    void with_only_the_ticket_column_the_ratings_name_their_ticket_and_no_agent() {
        List<ReadRecord> records = read(new FormatMapping(Map.of("Q1", CSAT), null, "ticket_id", null, null, null),
                sample(SAMPLE));

        assertThat(problems(records)).isEmpty();
        assertThat(ratings(records)).extracting(RatingInput::ticketId).containsExactly("1201", "1202", "1203");
        assertThat(ratings(records)).allSatisfy(r -> {
            assertThat(r.agentId()).isNull();
            assertThat(r.agentEmail()).isNull();
        });
    }

    @Test
    void a_response_whose_ticket_cell_is_empty_too_is_a_problem_naming_the_column() {
        String sample = text(SAMPLE).replace(",Fast answer,1201", ",Fast answer,");

        List<ReadRecord> records = read(new FormatMapping(Map.of("Q1", CSAT), null, "ticket_id", null, null, null),
                write(dir, "no-ticket.csv", sample));

        assertThat(problems(records)).containsExactly("line 4: no agent: the ticket column ticket_id is empty");
    }

    @Test
    void the_nps_group_column_is_refused_as_a_rating() {
        FormatMapping group = new FormatMapping(Map.of("Q2_NPS_GROUP", NPS), "ticket_id", null, null, null, null);

        assertThatThrownBy(() -> read(group, sample(SAMPLE))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("promoter/passive/detractor group, not a rating").hasMessageContaining("(Q2)");
    }

    @Test
    void a_column_chosen_that_the_file_lacks_is_rejected_naming_it() {
        FormatMapping missing = new FormatMapping(Map.of("Q9", CSAT), "ticket_id", null, null, null, null);

        assertThatThrownBy(() -> read(missing, sample(SAMPLE))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has no column Q9 (chosen for CSAT)");
    }

    @Test
    void an_answer_that_is_no_number_and_an_unparseable_date_are_problems_of_their_response() {
        String sample = text(SAMPLE);
        String bad = sample.replace("1,2025-03-06 06:00:01,R_1a2b3c,,,,,,,anonymous,EN,5,",
                "1,2025-03-06 06:00:01,R_1a2b3c,,,,,,,anonymous,EN,Very satisfied,")
                .replace("2025-03-06 06:05:02", "6 March 2025");

        List<ReadRecord> records = read(mapping("ticket_id", null), write(dir, "bad.csv", bad));

        assertThat(problems(records)).containsExactly("line 4: Q1 \"Very satisfied\" is not a whole number",
                "line 5: RecordedDate \"6 March 2025\" is not a date and time like 2025-03-06 06:00:01");
    }

    @Test
    void a_file_without_the_importid_row_is_rejected_as_not_a_qualtrics_export() {
        ImportFile oneHeader = write(dir, "one-header.csv", "ResponseId,Q1\nR_1,5\nR_2,4\n");
        ImportFile empty = write(dir, "empty.csv", "");

        assertThatThrownBy(() -> read(mapping("Q1", null), oneHeader)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("one-header.csv is not a Qualtrics export with three header rows")
                .hasMessageContaining("holds no ImportId JSON");
        assertThatThrownBy(() -> read(mapping("Q1", null), empty)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("empty.csv is empty");
    }

    @Test
    void the_layout_offers_the_questions_with_their_text_and_guesses_csat_and_nps() {
        FileLayout layout = files.inspect(FeedbackFormat.QUALTRICS_CSV, List.of(sample(SAMPLE)));

        assertThat(layout.timeZone()).isEqualTo(ZoneId.of("America/Denver"));
        assertThat(layout.recordsRead()).isEqualTo(3);
        FileLayout.Column q1 = layout.columns().stream().filter(c -> c.key().equals("Q1")).findFirst().orElseThrow();
        assertThat(q1.label()).isEqualTo("Overall, how satisfied are you with the support you received?");
        assertThat(q1.detail()).isEqualTo("QID1");
        assertThat(q1.values()).containsExactly("5", "3");
        assertThat(layout.suggested().questions()).isEqualTo(Map.of("Q1", CSAT, "Q2", NPS));
        assertThat(layout.suggested().ticketColumn()).isEqualTo("ticket_id");
        assertThat(layout.suggestedComment()).isEqualTo("Q3");
        assertThat(layout.notes()).anyMatch(n -> n.contains("No column names the agent"));
    }
}
