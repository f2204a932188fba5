package com.certdesk.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The vendor formats on the Feedback sources page: the sample exports (src/test/resources/samples/feedback) go
 * through the mapping editor with its defaults, and what the administrator changes there changes what is read.
 */
class FeedbackMappingEditorsTest extends UiTest {

    static byte[] sample(String name) {
        try (InputStream in = Objects.requireNonNull(FeedbackMappingEditorsTest.class
                .getResourceAsStream("/samples/feedback/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void openAs(FeedbackFormat format) {
        signIn(fixtures.user("fb-map-admin", null, Roles.ADMIN));
        open("admin/feedback");
        @SuppressWarnings("unchecked")
        Select<FeedbackFormat> select = find(Select.class).withId("feedback-format").single();
        test(select).selectItem(format.label());
        roundTrip();
    }

    void upload(String name, byte[] content) {
        test(find(Upload.class).withId("feedback-upload").single()).upload(name, "application/octet-stream", content);
        roundTrip();
    }

    void check() {
        test(find(Button.class).withId("feedback-check").single()).click();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            roundTrip();
            if (find(BackgroundRun.class).all().stream().noneMatch(Component::isVisible)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the check did not finish within 30 s");
    }

    String count(String id) {
        return text(find(Component.class).withId("count-" + id).single());
    }

    /** The score fields of one question of the editor, by the answer they score. */
    java.util.Map<String, Integer> scores(String questionKey) {
        var row = find(QuestionRow.class).all().stream().filter(r -> r.key().equals(questionKey)).findFirst()
                .orElseThrow();
        var scores = new java.util.LinkedHashMap<String, Integer>();
        row.getChildren().forEach(c -> collectScores(c, scores));
        return scores;
    }

    private static void collectScores(Component c, java.util.Map<String, Integer> scores) {
        if (c instanceof IntegerField f && f.getValue() != null) {
            scores.put(f.getAriaLabel().orElse("").replace("Score of ", ""), f.getValue());
        }
        c.getChildren().forEach(child -> collectScores(child, scores));
    }

    @SuppressWarnings("unchecked")
    Select<ScaleChoice> scaleOf(String questionKey) {
        return find(QuestionRow.class).all().stream().filter(r -> r.key().equals(questionKey)).findFirst()
                .orElseThrow().scale();
    }

    @Test
    void freshdesk_codes_map_with_the_defaults_shown_and_a_question_marked_not_a_rating_is_left_out() {
        openAs(FeedbackFormat.FRESHDESK_JSON);
        upload("freshdesk_satisfaction_ratings.json", sample("freshdesk_satisfaction_ratings.json"));

        assertThat(find(Component.class).withId("mapping-editor").all()).hasSize(1);
        assertThat(scaleOf("default_question").getValue()).isEqualTo(new ScaleChoice(
                com.certdesk.feedback.Metric.CSAT, 1, 3));
        assertThat(scores("default_question")).containsEntry("103", 3).containsEntry("100", 2)
                .containsEntry("-103", 1);
        assertThat(scores("question_2")).containsEntry("-102", 2).containsEntry("103", 5);
        check();
        assertThat(count("ratings-found")).startsWith("3");
        assertThat(count("metric-csat")).startsWith("3");

        scaleOf("question_2").clear(); // "Not a rating" is the select's empty choice
        check();
        assertThat(count("ratings-found")).startsWith("2");
        assertThat(find(Component.class).withId("preview-problems").all()).isEmpty();
    }

    @Test
    void qualtrics_questions_are_preselected_the_zone_is_read_from_the_file_and_the_agent_column_must_be_chosen() {
        openAs(FeedbackFormat.QUALTRICS_CSV);
        upload("qualtrics_export_3header.csv", sample("qualtrics_export_3header.csv"));

        @SuppressWarnings("unchecked")
        Select<com.certdesk.feedback.FileLayout.Column> csat = find(Select.class).withId("qualtrics-csat").single();
        @SuppressWarnings("unchecked")
        Select<com.certdesk.feedback.FileLayout.Column> nps = find(Select.class).withId("qualtrics-nps").single();
        assertThat(csat.getValue().key()).isEqualTo("Q1");
        assertThat(nps.getValue().key()).isEqualTo("Q2");
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = find(ComboBox.class).withId("qualtrics-zone").single();
        assertThat(zone.getValue()).isEqualTo("America/Denver");

        // the sample names no agent; its ticket column is preselected to find the agent through the helpdesk's
        // rating of the same ticket. Without either column the agent cannot be found:
        @SuppressWarnings("unchecked")
        Select<com.certdesk.feedback.FileLayout.Column> ticket = find(Select.class).withId("qualtrics-ticket").single();
        assertThat(ticket.getValue().key()).isEqualTo("ticket_id");
        ticket.clear();
        check();
        assertThat(text(find(Component.class).withId("import-error").single()))
                .contains("Choose the column that names the agent, or the ticket column");

        @SuppressWarnings("unchecked")
        Select<com.certdesk.feedback.FileLayout.Column> agent = find(Select.class).withId("qualtrics-agent").single();
        test(agent).selectItem("ticket_id");
        check();
        assertThat(count("rows-read")).startsWith("3");
        // the third respondent answered nothing: two ratings without an answer, stored, never counted
        assertThat(count("metric-csat")).startsWith("3");
        assertThat(count("metric-nps")).startsWith("3");
    }

    @Test
    void surveymonkey_answer_texts_score_by_the_editable_table_and_the_time_zone_is_required() {
        openAs(FeedbackFormat.SURVEYMONKEY_CSV);
        upload("surveymonkey_export_2header.csv", sample("surveymonkey_export_2header.csv"));

        String satisfied = "How satisfied were you with the support you received? | Response";
        assertThat(scores(satisfied)).containsEntry("Very satisfied", 5)
                .containsEntry("Neither satisfied nor dissatisfied", 3);
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = find(ComboBox.class).withId("surveymonkey-zone").single();
        assertThat(zone.isRequired()).isTrue();

        zone.clear();
        check();
        assertThat(text(find(Component.class).withId("import-error").single())).contains("time zone");

        zone.setValue("Europe/Berlin");
        check();
        assertThat(find(Component.class).withId("preview-problems").all()).isEmpty();
        assertThat(count("metric-csat")).startsWith("2");
    }

    @Test
    void several_zendesk_pages_are_checked_as_one_batch_and_offered_surveys_are_no_ratings() {
        openAs(FeedbackFormat.ZENDESK_JSON);
        byte[] page = sample("zendesk_satisfaction_ratings_page.json");
        String secondPage = new String(page, StandardCharsets.UTF_8).replace("\"id\": 3543", "\"id\": 7743");
        upload("page-1.json", page);
        upload("page-2.json", secondPage.getBytes(StandardCharsets.UTF_8));
        check();

        assertThat(text(find(Component.class).withId("preview-file").single())).contains("page-1.json, page-2.json");
        assertThat(count("rows-read")).startsWith("8");
        assertThat(count("ratings-found")).startsWith("4");
        assertThat(count("not-ratings")).startsWith("4");
        assertThat(List.of(count("ratings-found"))).isNotEmpty();
    }
}
