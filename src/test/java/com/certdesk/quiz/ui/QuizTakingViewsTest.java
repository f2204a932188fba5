package com.certdesk.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.RecordNotFoundView;
import com.certdesk.quiz.QuizDetail;
import com.certdesk.quiz.QuizFixtures;
import com.certdesk.quiz.QuizTakingService;
import com.certdesk.quiz.Response;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class QuizTakingViewsTest extends UiTest {

    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    QuizTakingService taking;

    String agent;
    long moduleId;
    QuizDetail quiz;

    @BeforeEach
    void setUp() {
        agent = fixtures.user("taker", null, Roles.AGENT);
        moduleId = fixtures.publishedModule("Quiz views", 1);
        List<Long> ids = List.of(quizFixtures.question(QuizFixtures.singleChoice("Greeting")),
                quizFixtures.question(QuizFixtures.shortAnswer("CSAT")));
        quiz = quizFixtures.quiz(moduleId, ids, s -> s);
        signIn(agent);
    }

    @Test
    @SuppressWarnings("unchecked")
    void agent_starts_the_quiz_from_the_module_page_and_each_answer_is_saved_at_once() {
        open("modules/" + moduleId);
        assertThat(text(find(Div.class).withId("quiz-card").single())).contains("2 questions").contains("pass mark 80%");

        test(find(Button.class).withId("start-quiz").single()).click();

        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
        var radios = (RadioButtonGroup<Object>) find(RadioButtonGroup.class).single();
        test(radios).selectItem("Good morning, this is Sam. How can I help?");
        long attemptId = taking.card(moduleId).orElseThrow().openAttemptId();
        assertThat(taking.paper(attemptId).responses()).containsEntry(0, Response.choice(1));
        assertThat(find(Span.class).withId("save-status").single().getText()).startsWith("Saved at");
        assertThat(find(Span.class).withId("answered-count").single().getText()).isEqualTo("1 of 2 answered");
    }

    @Test
    @SuppressWarnings("unchecked")
    void leaving_and_coming_back_resumes_with_the_answers_and_submitting_shows_the_result() {
        open("modules/" + moduleId);
        test(find(Button.class).withId("start-quiz").single()).click();
        test((RadioButtonGroup<Object>) find(RadioButtonGroup.class).single())
                .selectItem("Good morning, this is Sam. How can I help?");
        test(find(Button.class).withId("next-question").single()).click();
        test(find(TextField.class).single()).setValue("Customer satisfaction");

        open("learning");
        open("modules/" + moduleId);
        assertThat(find(Button.class).withId("start-quiz").single().getText()).isEqualTo("Resume your attempt");
        test(find(Button.class).withId("start-quiz").single()).click();

        assertThat(find(TextField.class).single().getValue()).isEqualTo("Customer satisfaction");
        test(find(Button.class).withId("previous-question").single()).click();
        assertThat(((RadioButtonGroup<Object>) find(RadioButtonGroup.class).single()).getValue()).isNotNull();

        test(find(Button.class).withId("submit-attempt").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(getCurrentView()).isInstanceOf(AttemptResultView.class);
        assertThat(find(Span.class).withId("result-score").single().getText()).isEqualTo("100%");
        assertThat(text(find(com.vaadin.flow.component.badge.Badge.class).withId("result-badge").single()))
                .isEqualTo("Passed");
        assertThat(find(ReviewPanel.class).all()).hasSize(2);
    }

    @Test
    void another_agents_attempt_by_url_looks_exactly_like_an_unknown_one() {
        long attemptId = taking.startOrResume(moduleId);
        taking.saveAnswer(attemptId, 0, com.certdesk.quiz.Response.choice(0));
        String other = fixtures.user("nosy", null, Roles.AGENT);
        signIn(other);

        var theirs = open("quiz/attempts/" + attemptId);
        String theirsText = text((com.vaadin.flow.component.Component) theirs);
        var unknown = open("quiz/attempts/99999999");
        assertThat(theirs).isInstanceOf(RecordNotFoundView.class);
        assertThat(unknown).isInstanceOf(RecordNotFoundView.class);
        assertThat(theirsText).isEqualTo(text((com.vaadin.flow.component.Component) unknown));

        var theirResult = open("quiz/attempts/" + attemptId + "/result");
        String theirResultText = text((com.vaadin.flow.component.Component) theirResult);
        var unknownResult = open("quiz/attempts/99999999/result");
        assertThat(theirResult).isInstanceOf(RecordNotFoundView.class);
        assertThat(theirResultText).isEqualTo(text((com.vaadin.flow.component.Component) unknownResult));
    }

    @Test
    void question_text_matching_items_and_feedback_reach_the_learner_sanitized() {
        String attacks = com.certdesk.base.AuthorMarkupTest.ATTACKS;
        long module = fixtures.publishedModule("Hostile quiz", 1);
        var stem = new com.certdesk.quiz.QuestionDraft(com.certdesk.quiz.QuestionType.SINGLE_CHOICE, "Hostile stem",
                "Pick the **warm** greeting.\n\n" + attacks, "Because warmth matters.\n\n" + attacks, 1,
                List.of(com.certdesk.quiz.ChoiceDraft.of("Hello", 1, "Right.\n\n" + attacks),
                        com.certdesk.quiz.ChoiceDraft.of("What?", 0, "")));
        var matching = new com.certdesk.quiz.QuestionDraft(com.certdesk.quiz.QuestionType.MATCHING, "Hostile items",
                "Match them.", "", 2, List.of(
                        com.certdesk.quiz.ChoiceDraft.pair("<b style=\"position:fixed\">CSAT</b><style>*{}</style>",
                                "1 to 5"),
                        com.certdesk.quiz.ChoiceDraft.pair("NPS", "0 to 10")));
        signIn(fixtures.user("hostile-admin", null, Roles.ADMIN));
        quizFixtures.quiz(module, List.of(quizFixtures.question(stem), quizFixtures.question(matching)),
                s -> QuizFixtures.with(s, null, null, null, 80, com.certdesk.quiz.ReviewOptions.everythingAtOnce()));
        signIn(agent);
        long attemptId = taking.startOrResume(module);

        open("quiz/attempts/" + attemptId);
        var first = find(com.certdesk.base.ui.AuthorContent.class).all();
        assertThat(first).isNotEmpty().allSatisfy(content -> assertClean(content.getSafeHtml()));
        assertThat(first.getFirst().getSafeHtml()).contains("<strong>warm</strong>", "sign in again");
        taking.moveTo(attemptId, 1);
        open("quiz/attempts/" + attemptId);
        var second = find(com.certdesk.base.ui.AuthorContent.class).all();
        assertThat(second).allSatisfy(content -> assertClean(content.getSafeHtml()));
        assertThat(second.stream().map(c -> c.getSafeHtml()).toList())
                .anySatisfy(html -> assertThat(html).contains("<b>CSAT</b>"));

        taking.submit(attemptId);
        open("quiz/attempts/" + attemptId + "/result");
        var review = find(com.certdesk.base.ui.AuthorContent.class).all();
        assertThat(review).isNotEmpty().allSatisfy(content -> assertClean(content.getSafeHtml()));
    }

    private static void assertClean(String html) {
        var doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("style, form, input, script, iframe, [style], [class], [onerror]")).as(html).isEmpty();
        assertThat(html).doesNotContain("position").doesNotContainIgnoringCase("javascript:");
    }

    /** Answers the first question wrongly, leaves the second blank, submits: a fail. */
    @SuppressWarnings("unchecked")
    private void failFromTheModulePage(long module) {
        open("modules/" + module);
        test(find(Button.class).withId("start-quiz").single()).click();
        test((RadioButtonGroup<Object>) find(RadioButtonGroup.class).single()).selectItem("Yeah?");
        test(find(Button.class).withId("submit-attempt").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(AttemptResultView.class);
    }

    @Test
    void a_failed_attempt_shows_the_score_and_which_questions_were_wrong_not_the_answers_and_offers_try_again() {
        failFromTheModulePage(moduleId);

        assertThat(find(Span.class).withId("result-score").single().getText()).isEqualTo("0%");
        assertThat(find(ReviewPanel.class).all()).hasSize(2);
        String review = find(ReviewPanel.class).all().stream().map(UiTest::text).reduce("", String::concat);
        assertThat(review).contains("Not right").contains("Your answer").doesNotContain("Correct")
                .doesNotContain("Too abrupt.").doesNotContain("Accepted").doesNotContain("customer satisfaction")
                .doesNotContain("Greet warmly.");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("review-note").single().getText())
                .contains("once you pass this quiz");

        var again = find(Button.class).withId("try-again").single();
        assertThat(again.getText()).isEqualTo("Try again");
        assertThat(again.getThemeNames()).contains("primary");
        long before = taking.card(moduleId).orElseThrow().history().size();
        test(again).click();
        assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
        assertThat(taking.card(moduleId).orElseThrow().history()).hasSize((int) before + 1);
    }

    @Test
    void the_result_page_says_why_the_agent_cannot_try_again_yet() {
        long waiting = fixtures.publishedModule("Quiz with a wait", 1);
        List<Long> ids = List.of(quizFixtures.question(QuizFixtures.singleChoice("Greeting")));
        quizFixtures.quiz(waiting, ids, s -> QuizFixtures.with(s, null, null, 30, 80,
                com.certdesk.quiz.ReviewOptions.defaults()));

        failFromTheModulePage(waiting);

        assertThat(find(Button.class).withId("try-again").all()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("try-again-blocked").single().getText())
                .startsWith("You can start your next attempt at ");
    }

    @Test
    void submit_answers_is_the_primary_button_of_the_quiz_page() {
        open("modules/" + moduleId);
        test(find(Button.class).withId("start-quiz").single()).click();

        assertThat(find(Button.class).withId("submit-attempt").single().getThemeNames()).contains("primary");
        assertThat(find(Button.class).withId("next-question").single().getThemeNames()).doesNotContain("primary");
    }

    @Test
    void the_last_lesson_of_a_module_leads_on_to_its_quiz() {
        long lesson = fixtures.lessonIds(moduleId).getLast();
        open("modules/" + moduleId + "/lessons/" + lesson);

        var next = find(Button.class).withId("next-to-quiz").single();
        assertThat(next.getText()).isEqualTo("Next: the quiz");
        assertThat(next.isEnabled()).isTrue();
        test(next).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ModuleView");
        assertThat(find(Div.class).withId("quiz-card").all()).hasSize(1);
    }
}
