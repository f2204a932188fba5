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

class SurveyMonkeyFileTest {

    private static final String SAMPLE = "surveymonkey_export_2header.csv";
    private static final String SATISFIED = "How satisfied were you with the support you received? | Response";
    private static final String EASY = "How easy was it to get your issue resolved? | Response";
    private static final String ANYTHING = "Anything else? | Open-Ended Response";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final FeedbackFiles files = new FeedbackFiles(NEW_YORK);

    @TempDir
    Path dir;

    private FormatMapping suggested() {
        return files.inspect(FeedbackFormat.SURVEYMONKEY_CSV, List.of(sample(SAMPLE))).suggested();
    }

    private static FormatMapping withAgent(FormatMapping m, String agent, String ticket) {
        return new FormatMapping(m.questions(), agent, ticket, m.channel(), m.timeZone(), m.sourceSystem());
    }

    private List<ReadRecord> read(FormatMapping mapping, ImportFile file) {
        return readAll(files.open(FeedbackFormat.SURVEYMONKEY_CSV, mapping, ANYTHING, List.of(file)));
    }

    @Test
    void a_surveymonkey_export_maps_choice_text_to_scores_in_the_chosen_time_zone() {
        List<ReadRecord> records = read(withAgent(suggested(), "Collector ID", "Custom Data 1"), sample(SAMPLE));

        assertThat(problems(records)).isEmpty();
        assertThat(records).extracting(ReadRecord::line).containsExactly(3L, 4L);
        assertThat(ratings(records)).containsExactly(
                new RatingInput("surveymonkey", "114733226122", SATISFIED, Metric.CSAT, 1, 5, "Very satisfied", 5,
                        Instant.parse("2025-03-07T20:30:02Z"), "1207", "402151234", null, null, null, null, "=1+1",
                        null, null),
                new RatingInput("surveymonkey", "114733226122", EASY, Metric.CES, 1, 7, "Agree", 6,
                        Instant.parse("2025-03-07T20:30:02Z"), "1207", "402151234", null, null, null, null, null,
                        null, null),
                new RatingInput("surveymonkey", "114733226123", SATISFIED, Metric.CSAT, 1, 5,
                        "Neither satisfied nor dissatisfied", 3, Instant.parse("2025-03-07T20:31:40Z"), "1208",
                        "402151234", null, null, null, null, "Ça va", null, null),
                new RatingInput("surveymonkey", "114733226123", EASY, Metric.CES, 1, 7, null, null,
                        Instant.parse("2025-03-07T20:31:40Z"), "1208", "402151234", null, null, null, null, null,
                        null, null));
    }

    @Test
    void an_answer_mapped_to_no_answer_is_stored_without_a_score_and_case_does_not_matter() {
        FormatMapping base = suggested();
        Map<String, QuestionMapping> questions = new java.util.LinkedHashMap<>(base.questions());
        QuestionMapping csat = questions.get(SATISFIED);
        Map<String, Integer> values = new java.util.HashMap<>(csat.values());
        values.put("Neither satisfied nor dissatisfied", null);
        questions.put(SATISFIED, new QuestionMapping(csat.metric(), csat.scaleMin(), csat.scaleMax(), values));
        FormatMapping mapping = new FormatMapping(questions, "Collector ID", null, null, base.timeZone(), null);
        String upper = text(SAMPLE).replace("Neither satisfied nor dissatisfied", "NEITHER satisfied nor dissatisfied");

        List<RatingInput> ratings = ratings(read(mapping, write(dir, "upper.csv", upper)));

        assertThat(ratings).filteredOn(r -> r.questionId().equals(SATISFIED))
                .extracting(RatingInput::sourceScoreRaw, RatingInput::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Very satisfied", 5),
                        org.assertj.core.groups.Tuple.tuple("NEITHER satisfied nor dissatisfied", null));
    }

    @Test
    void a_surveymonkey_export_with_a_byte_order_mark_and_lf_line_ends_reads_the_same() {
        FormatMapping mapping = withAgent(suggested(), "Collector ID", "Custom Data 1");
        ImportFile bom = write(dir, "bom.csv", FeedbackFileSamples.withBom(SAMPLE));
        ImportFile lf = write(dir, "lf.csv", text(SAMPLE).replace("\r\n", "\n"));

        List<RatingInput> expected = ratings(read(mapping, sample(SAMPLE)));
        assertThat(ratings(read(mapping, bom))).isEqualTo(expected);
        assertThat(ratings(read(mapping, lf))).isEqualTo(expected);
    }

    @Test
    void the_layout_tells_repeated_question_columns_apart_by_sub_label_and_suggests_the_choice_sets() {
        FileLayout layout = files.inspect(FeedbackFormat.SURVEYMONKEY_CSV, List.of(sample(SAMPLE)));

        assertThat(layout.columns()).extracting(FileLayout.Column::key).contains(SATISFIED, EASY,
                "How easy was it to get your issue resolved? | Other (please specify)", ANYTHING, "Custom Data 1");
        assertThat(layout.columns().get(9).values()).containsExactly("Very satisfied",
                "Neither satisfied nor dissatisfied");
        assertThat(layout.suggested().questions()).isEqualTo(Map.of(
                SATISFIED, new QuestionMapping(Metric.CSAT, 1, 5, Map.of("Very satisfied", 5, "Satisfied", 4,
                        "Neither satisfied nor dissatisfied", 3, "Dissatisfied", 2, "Very dissatisfied", 1)),
                EASY, new QuestionMapping(Metric.CES, 1, 7, Map.of("Strongly agree", 7, "Agree", 6,
                        "Somewhat agree", 5, "Neither agree nor disagree", 4, "Somewhat disagree", 3, "Disagree", 2,
                        "Strongly disagree", 1))));
        assertThat(layout.suggested().timeZone()).isEqualTo(NEW_YORK);
        assertThat(layout.suggested().agentColumn()).isEqualTo("Custom Data 1");
        assertThat(layout.suggestedComment()).isEqualTo(ANYTHING);
    }

    @Test
    void a_choice_text_the_mapping_does_not_know_is_a_problem_naming_the_known_ones() {
        String bad = text(SAMPLE).replace("Very satisfied,Agree", "Over the moon,Agree");

        List<ReadRecord> records = read(withAgent(suggested(), "Collector ID", null), write(dir, "bad.csv", bad));

        assertThat(problems(records)).containsExactly("line 3: \"" + SATISFIED + "\": answer \"Over the moon\" is not "
                + "one of the choices mapped to the CSAT scale 1-5 (Very satisfied, Satisfied, Neither satisfied nor "
                + "dissatisfied, Dissatisfied, Very dissatisfied): add it to the mapping");
    }

    @Test
    void an_unparseable_date_and_a_missing_agent_are_problems_of_their_row() {
        String bad = text(SAMPLE).replace("03/07/2025 03:30:02 PM", "2025-03-07 15:30");

        List<ReadRecord> records = read(suggested(), write(dir, "bad.csv", bad.replace(",1208,", ",,")));

        assertThat(problems(records)).containsExactly(
                "line 3: End Date \"2025-03-07 15:30\" is not a date and time like 03/07/2025 03:29:10 PM",
                "line 4: no agent: the column \"Custom Data 1\" is empty");
    }

    @Test
    void a_surveymonkey_file_needs_a_time_zone_and_two_header_rows() {
        FormatMapping s = suggested();
        FormatMapping noZone = new FormatMapping(s.questions(), "Collector ID", null, null, null, null);
        ImportFile oneHeader = write(dir, "one.csv", "Respondent ID,End Date,Q\n1,03/07/2025 03:30:02 PM,Agree\n");

        assertThatThrownBy(() -> files.open(FeedbackFormat.SURVEYMONKEY_CSV, noZone, List.of(sample(SAMPLE))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("choose the time zone");
        assertThatThrownBy(() -> read(s, oneHeader)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("a SurveyMonkey export has a second header row of sub-labels");
    }

    @Test
    void a_question_with_several_columns_must_be_chosen_with_its_sub_label_or_number() {
        FormatMapping byText = new FormatMapping(Map.of("How easy was it to get your issue resolved?",
                new QuestionMapping(Metric.CES, 1, 7, Map.of("Agree", 6))), "Collector ID", null, null, NEW_YORK,
                null);
        FormatMapping byNumber = new FormatMapping(Map.of("#11",
                new QuestionMapping(Metric.CES, 1, 7, Map.of("Agree", 6))), "Collector ID", null, null, NEW_YORK,
                null);

        assertThatThrownBy(() -> read(byText, sample(SAMPLE))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has several columns");
        assertThat(ratings(read(byNumber, sample(SAMPLE)))).extracting(RatingInput::score).containsExactly(6, null);
    }
}
