package com.certdesk.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.PaperQuestion;
import com.certdesk.quiz.PaperQuestion.PaperOption;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.ReviewItem;
import com.certdesk.quiz.ReviewItem.ReviewOption;
import com.certdesk.quiz.TextFormat;
import com.vaadin.flow.component.Component;
import com.certdesk.base.ui.AuthorContent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Answers and feedback of questions written in HTML, Markdown or Moodle's auto-format reach the learner rendered
 * (through the sanitizing AuthorContent), not as literal tags; one-line ordinary text stays plain text.
 */
class AuthorTextTest {

    private static List<Component> descendants(Component root) {
        List<Component> all = new ArrayList<>();
        root.getChildren().forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }

    /** The sanitized HTML of every author text inside {@code root}, one after the other. */
    private static String rendered(Component root) {
        return String.join("\n", descendants(root).stream().flatMap(c -> c instanceof AuthorContent m
                ? Stream.of(m.getSafeHtml()) : Stream.empty()).toList());
    }

    private static PaperQuestion htmlQuestion() {
        return new PaperQuestion(0, QuestionType.SINGLE_CHOICE, "Which channel is <b>fastest</b>?", 1,
                List.of(new PaperOption(0, "<i>Chat</i>"), new PaperOption(1, "E-mail")), List.of(), TextFormat.HTML);
    }

    @Test
    void html_answers_in_the_quiz_are_rendered_as_html_not_shown_as_tags() {
        var panel = new QuestionPanel(htmlQuestion(), 1, null, true, response -> { });

        assertThat(panel.getElement().getTextRecursively()).as("no literal tag is shown as text")
                .doesNotContain("<i>").contains("E-mail");
        assertThat(rendered(panel)).contains("Which channel is <b>fastest</b>?",
                "<i>Chat</i>");
    }

    @Test
    void markdown_answers_and_html_matching_items_are_rendered_too() {
        var markdown = new PaperQuestion(0, QuestionType.MULTIPLE_RESPONSE, "Pick", 1,
                List.of(new PaperOption(0, "Say **sorry**"), new PaperOption(1, "Wait")), List.of(), TextFormat.MARKDOWN);
        assertThat(rendered(new QuestionPanel(markdown, 1, null, true, r -> { }))).contains("Say <strong>sorry</strong>");

        var matching = new PaperQuestion(0, QuestionType.MATCHING, "Match", 1,
                List.of(new PaperOption(0, "An <b>upset</b> caller"), new PaperOption(1, "A happy caller")),
                List.of("Apologise", "Thank them"), TextFormat.HTML);
        var panel = new QuestionPanel(matching, 1, null, true, r -> { });
        assertThat(rendered(panel)).contains("An <b>upset</b> caller");
        assertThat(panel.getElement().getTextRecursively()).doesNotContain("<b>");
    }

    @Test
    void the_review_renders_html_answers_and_feedback() {
        var item = new ReviewItem(0, QuestionType.SINGLE_CHOICE, "Which channel is <b>fastest</b>?", 1, 1.0,
                List.of(new ReviewOption("<i>Chat</i>", true, true, "", "", "<em>Yes</em>")), "", List.of(),
                "<em>Yes</em>", "Chat is <b>fast</b>.", TextFormat.HTML);
        var panel = new ReviewPanel(item, new com.certdesk.quiz.ReviewOptions.Visible(true, true, true, true));

        assertThat(panel.getElement().getTextRecursively()).doesNotContain("<i>").doesNotContain("<em>");
        assertThat(rendered(panel)).contains("<i>Chat</i>",
                "<em>Yes</em>",
                "Chat is <b>fast</b>.");
    }

    @Test
    void the_editor_preview_shows_an_imported_html_question_rendered() {
        var draft = new QuestionDraft(QuestionType.SINGLE_CHOICE, "Channels", "Which is <b>fastest</b>?", "", 1,
                List.of(ChoiceDraft.of("<i>Chat</i>", 1.0, ""), ChoiceDraft.of("Letter", 0.0, "")), TextFormat.HTML);
        var preview = new QuestionPreview();
        preview.show(draft);

        assertThat(rendered(preview)).contains("<i>Chat</i>");
        assertThat(preview.getElement().getTextRecursively()).doesNotContain("<i>");
    }

    @Test
    void moodle_auto_format_keeps_its_line_breaks_and_plain_text_shows_literally() {
        assertThat(AuthorText.markdown("The customer wrote:\n\"Where is it?\"", TextFormat.MOODLE))
                .isEqualTo("<div class=\"author-html\">\nThe customer wrote:<br>\n\"Where is it?\"\n</div>");
        assertThat(AuthorText.markdown("Use <b> & *stars*\nthen wait", TextFormat.PLAIN))
                .isEqualTo("<div class=\"author-html\">\nUse &lt;b&gt; &amp; *stars*<br>\nthen wait\n</div>");
        assertThat(AuthorText.markdown("<p>One</p>\n\n<p>Two</p>", TextFormat.HTML)).as("a blank line would end"
                + " the HTML block").isEqualTo("<div class=\"author-html\">\n<p>One</p>\n<p>Two</p>\n</div>");
        assertThat(AuthorText.plain("<i>Chat</i> &amp; more", TextFormat.HTML)).isEqualTo("Chat & more");
    }
}
