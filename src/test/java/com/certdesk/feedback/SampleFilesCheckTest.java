package com.certdesk.feedback;

import static com.certdesk.feedback.FeedbackFileSamples.sample;
import static com.certdesk.feedback.FeedbackFileSamples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.ServiceTest;
import com.certdesk.base.ValidationException;
import com.certdesk.security.SystemAuthentication;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The sample files read by the file readers and checked by the import, as the admin page does it. */
@ServiceTest
class SampleFilesCheckTest {

    @Autowired
    FeedbackFiles files;
    @Autowired
    FeedbackImports imports;

    @TempDir
    Path dir;

    private ImportCheck check(FeedbackFormat format, FormatMapping mapping, @org.jspecify.annotations.Nullable
            String comment, ImportFile file) {
        return SystemAuthentication.callAsSystem(() -> imports.check(format, file.name(),
                files.open(format, mapping, comment, List.of(file)), ImportProgress.NONE));
    }

    @Test
    void the_zendesk_sample_checks_as_two_ratings_and_two_surveys_that_are_not_ratings() {
        ImportCheck check = check(FeedbackFormat.ZENDESK_JSON, FormatMapping.NONE, null,
                sample("zendesk_satisfaction_ratings_page.json"));

        assertThat(check.rowsRead()).isEqualTo(4);
        assertThat(check.ratingsFound()).isEqualTo(2);
        assertThat(check.ratingsPerMetric()).isEqualTo(Map.of(Metric.CSAT_BINARY, 2L));
        assertThat(check.notRatings()).isEqualTo(2);
        assertThat(check.problemCount()).isZero();
    }

    @Test
    void the_canonical_sample_checks_without_a_problem() {
        ImportCheck check = check(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, null,
                sample("canonical_feedback_v1.csv"));

        assertThat(check.problems()).isEmpty();
        assertThat(check.rowsRead()).isEqualTo(9);
        assertThat(check.ratingsPerMetric()).isEqualTo(Map.of(Metric.CSAT_BINARY, 2L, Metric.CSAT, 2L,
                Metric.NPS, 3L, Metric.CES, 2L));
    }

    @Test
    void the_vendor_samples_check_with_the_suggested_mappings() {
        FileLayout fresh = files.inspect(FeedbackFormat.FRESHDESK_JSON,
                List.of(sample("freshdesk_satisfaction_ratings.json")));
        FileLayout monkey = files.inspect(FeedbackFormat.SURVEYMONKEY_CSV,
                List.of(sample("surveymonkey_export_2header.csv")));
        FormatMapping m = monkey.suggested();
        FormatMapping monkeyMapping = new FormatMapping(m.questions(), "Collector ID", "Custom Data 1", null,
                ZoneId.of("America/New_York"), null);

        ImportCheck freshdesk = check(FeedbackFormat.FRESHDESK_JSON, fresh.suggested(), null,
                sample("freshdesk_satisfaction_ratings.json"));
        ImportCheck surveyMonkey = check(FeedbackFormat.SURVEYMONKEY_CSV, monkeyMapping, monkey.suggestedComment(),
                sample("surveymonkey_export_2header.csv"));

        assertThat(freshdesk.problems()).isEmpty();
        assertThat(freshdesk.ratingsPerMetric()).isEqualTo(Map.of(Metric.CSAT, 3L));
        assertThat(surveyMonkey.problems()).isEmpty();
        assertThat(surveyMonkey.ratingsPerMetric()).isEqualTo(Map.of(Metric.CSAT, 2L, Metric.CES, 2L));
    }

    @Test
    void a_rating_the_rules_refuse_is_a_problem_of_its_line_in_the_preview() {
        ImportFile file = write(dir, "scale.csv", """
                source_system,source_record_id,metric,scale_min,scale_max,score,responded_at,agent_id
                manual,%s,CSAT,1,5,7,2025-03-04T10:15:00Z,9001
                """.formatted(com.certdesk.Fixtures.unique("s")));

        ImportCheck check = check(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, null, file);

        assertThat(check.problems()).containsExactly(new ImportCheck.LineProblem(2,
                "score 7 is outside the declared scale 1-5"));
    }

    @Test
    void a_file_that_cannot_be_read_is_refused_whole_with_its_reason() {
        ImportFile garbage = write(dir, "garbage.csv", new byte[] {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE});

        assertThatThrownBy(() -> check(FeedbackFormat.CANONICAL_CSV, FormatMapping.NONE, null, garbage))
                .isInstanceOf(ValidationException.class).hasMessageContaining("garbage.csv");
    }
}
