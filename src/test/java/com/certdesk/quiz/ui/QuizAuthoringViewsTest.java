package com.certdesk.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.base.ui.RecordNotFoundView;
import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionFilter;
import com.certdesk.quiz.QuestionSummary;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.QuizAuthoringService;
import com.certdesk.quiz.QuizSettings;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class QuizAuthoringViewsTest extends UiTest {

    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizAuthoringService quizzes;

    @Test
    @SuppressWarnings("unchecked")
    void admin_writes_a_single_choice_question_and_finds_it_in_the_bank() {
        String title = Fixtures.unique("Greeting a caller");
        signIn(fixtures.user("q-author", null, Roles.ADMIN));

        open("admin/questions");
        test(find(Button.class).withId("new-question").single()).click();
        assertThat(getCurrentView()).isInstanceOf(QuestionEditorView.class);

        test((ComboBox<Object>) find(ComboBox.class).withId("question-category").single())
                .selectItem("Skill area · First impressions");
        text("question-title", title);
        test(find(IntegerField.class).withId("question-points").single()).setValue(2);
        test(find(TextArea.class).withId("question-stem").single()).setValue("What do you say **first**?");
        text("choice-text-0", "Account number?");
        text("choice-text-1", "Hello, I'm Sam. How can I help?");
        text("choice-text-2", "Hold on.");
        text("choice-feedback-1", "A name and an offer to help.");
        assertThat(problems()).containsExactly(
                "A single-choice question needs exactly one correct answer (it has 0).");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).withId("choice-correct-1").single())
                .selectItem("Correct");
        assertThat(problems()).isEmpty();
        assertThat(text(find(QuestionPreview.class).single())).contains("Hello, I'm Sam. How can I help?")
                .contains("2 points");

        test(find(Button.class).withId("save-question").single()).click();

        assertThat(getCurrentView()).isInstanceOf(QuestionBankView.class);
        text("question-search", title);
        var grid = test((Grid<QuestionSummary>) find(Grid.class).withId("question-grid").single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo(title);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Single choice");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Skill area · First impressions");
        QuestionDraft saved = bank.question(grid.getRow(0).id()).draft();
        assertThat(saved.choices()).extracting(ChoiceDraft::fraction).containsExactly(0.0, 1.0, 0.0);
        assertThat(saved.choices().get(1).feedback()).isEqualTo("A name and an offer to help.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void multiple_response_weights_that_do_not_add_up_are_listed_and_not_saved() {
        String title = Fixtures.unique("Signs of frustration");
        signIn(fixtures.user("q-author2", null, Roles.ADMIN));
        open("admin/questions/new");

        test((ComboBox<Object>) find(ComboBox.class).withId("question-category").single())
                .selectItem("Skill area · Empathy");
        test((Select<QuestionType>) find(Select.class).withId("question-type").single()).selectItem("Multiple response");
        text("question-title", title);
        test(find(TextArea.class).withId("question-stem").single()).setValue("Which signs show frustration?");
        text("choice-text-0", "Short answers");
        text("choice-text-1", "Repeating the problem");
        text("choice-text-2", "Saying thank you");
        weight(0, "50%");
        weight(1, "25%");

        assertThat(problems()).containsExactly("The positive weights of a multiple-response question must add up "
                + "to 100% (they add up to 75%).");
        test(find(Button.class).withId("save-question").single()).click();

        assertThat(getCurrentView()).isInstanceOf(QuestionEditorView.class);
        assertThat(find(Paragraph.class).withId("question-error").single().getText()).contains("add up to 100%");
        assertThat(bank.find(new QuestionFilter(null, null, title), PageRequest.of(0, 5)).getTotalElements())
                .isZero();

        weight(1, "50%");
        assertThat(problems()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_single_choice_question_with_a_partly_right_answer_keeps_its_weights_in_the_editor() {
        signIn(fixtures.user("q-author-weights", null, Roles.ADMIN));
        long id = bank.create(QuestionCategory.of(SkillArea.EMPATHY), new QuestionDraft(QuestionType.SINGLE_CHOICE,
                Fixtures.unique("Refund"), "Which is best?", "", 1, List.of(ChoiceDraft.of("Refund at once", 1.0, ""),
                        ChoiceDraft.of("Offer a voucher", 0.5, ""), ChoiceDraft.of("Argue", -0.25, ""))));

        open("admin/questions/" + id + "/edit");

        var correctWeight = (Select<Double>) find(Select.class).withId("choice-weight-0").single();
        assertThat(correctWeight.getValue()).isNull();
        assertThat(correctWeight.isEnabled()).isFalse();
        assertThat(((Select<Double>) find(Select.class).withId("choice-weight-1").single()).getValue()).isEqualTo(0.5);
        assertThat(((Select<Double>) find(Select.class).withId("choice-weight-2").single()).getValue())
                .isEqualTo(-0.25);
        assertThat(((Select<Double>) find(Select.class).withId("choice-weight-1").single()).getListDataView()
                .getItems()).doesNotContain(1.0).contains(0.0, 0.5, 0.3333333, -1.0);
        assertThat(problems()).isEmpty();

        weight(2, "0%");
        test(find(Button.class).withId("save-question").single()).click();

        assertThat(getCurrentView()).isInstanceOf(QuestionBankView.class);
        assertThat(bank.question(id).draft().choices()).extracting(ChoiceDraft::fraction)
                .containsExactly(1.0, 0.5, 0.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void switching_single_choice_to_multiple_response_keeps_the_answers() {
        signIn(fixtures.user("q-author3", null, Roles.ADMIN));
        open("admin/questions/new");
        text("choice-text-0", "Apologise");
        text("choice-text-1", "Blame the courier");
        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).withId("choice-correct-0").single())
                .selectItem("Correct");

        test((Select<QuestionType>) find(Select.class).withId("question-type").single()).selectItem("Multiple response");

        assertThat(find(TextField.class).withId("choice-text-1").single().getValue()).isEqualTo("Blame the courier");
        assertThat(((Select<Double>) find(Select.class).withId("choice-weight-0").single()).getValue()).isEqualTo(1.0);
        assertThat(((Select<Double>) find(Select.class).withId("choice-weight-1").single()).getValue()).isEqualTo(0.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_builds_a_quiz_of_two_questions_for_a_module_and_switches_it_on() {
        signIn(fixtures.user("q-quizmaker", null, Roles.ADMIN));
        long moduleId = fixtures.publishedModule("Calm voices", 1);
        String tag = Fixtures.unique("calm");
        long first = question(tag + " first");
        long second = question(tag + " second");

        open("admin/modules/" + moduleId);
        test(find(Button.class).withId("module-quiz").single()).click();
        assertThat(getCurrentView()).isInstanceOf(QuizEditorView.class);
        assertThat(find(Paragraph.class).withId("quiz-attempts").single().getText()).contains("no quiz yet");

        test(find(Button.class).withId("add-questions").single()).click();
        text("pick-search", tag);
        var pick = test((Grid<QuestionSummary>) find(Grid.class).withId("pick-grid").single());
        assertThat(pick.size()).isEqualTo(2);
        pick.select(0);
        pick.select(1);
        test(find(Button.class).withId("add-selected-questions").single()).click();

        var chosen = test((Grid<QuestionSummary>) find(Grid.class).withId("quiz-questions").single());
        assertThat(chosen.size()).isEqualTo(2);
        long top = chosen.getRow(0).id();
        var actions = chosen.getCellComponent(0, 4);
        test(test(actions).find(Button.class).withId("move-down-0").single()).click();
        assertThat(chosen.getRow(1).id()).isEqualTo(top);
        test(find(Checkbox.class).withId("quiz-active").single()).click();
        test(find(IntegerField.class).withId("quiz-pass-mark").single()).setValue(70);
        test(find(Button.class).withId("save-quiz").single()).click();

        QuizSettings saved = quizzes.quizOf(moduleId).orElseThrow().settings();
        assertThat(saved.active()).isTrue();
        assertThat(saved.passMark()).isEqualTo(70);
        assertThat(saved.questionIds()).containsExactlyInAnyOrder(first, second);
        assertThat(saved.questionIds().get(1)).isEqualTo(top);
        assertThat(find(Badge.class).withId("quiz-status").single().getText()).isEqualTo("On");
        assertThat(find(Paragraph.class).withId("quiz-attempts").single().getText()).isEqualTo("No attempts yet.");
        assertThat(find(Paragraph.class).withId("quiz-error").single().getText()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_chooses_what_agents_see_after_an_attempt_and_a_break_after_failures() {
        signIn(fixtures.user("q-reviewmaker", null, Roles.ADMIN));
        long moduleId = fixtures.publishedModule("Review settings", 1);
        open("admin/modules/" + moduleId + "/quiz");

        var answers = (com.vaadin.flow.component.checkbox.CheckboxGroup<com.certdesk.quiz.ReviewMoment>)
                find(com.vaadin.flow.component.checkbox.CheckboxGroup.class).withId("review-answers").single();
        assertThat(answers.getValue()).as("new quizzes keep the answers back until passed or out of attempts")
                .containsExactlyInAnyOrder(com.certdesk.quiz.ReviewMoment.AFTER_PASSING,
                        com.certdesk.quiz.ReviewMoment.OUT_OF_ATTEMPTS);
        test(answers).deselectItem("Once the agent has used every allowed attempt");
        test(answers).selectItem("After the quiz closes");
        test(find(IntegerField.class).withId("quiz-failures-before-wait").single()).setValue(2);
        test(find(IntegerField.class).withId("quiz-failure-wait").single()).setValue(15);
        test(find(Button.class).withId("save-quiz").single()).click();

        QuizSettings saved = quizzes.quizOf(moduleId).orElseThrow().settings();
        assertThat(saved.review().correctAnswers()).containsExactlyInAnyOrder(
                com.certdesk.quiz.ReviewMoment.AFTER_PASSING, com.certdesk.quiz.ReviewMoment.AFTER_CLOSE);
        assertThat(saved.review().score()).containsExactly(com.certdesk.quiz.ReviewMoment.IMMEDIATELY);
        assertThat(saved.failuresBeforeWait()).isEqualTo(2);
        assertThat(saved.failureWaitMinutes()).isEqualTo(15);
    }

    @Test
    void admin_sets_the_closing_time_in_their_own_time_zone_not_the_servers() {
        signIn(fixtures.user("q-closer", null, Roles.ADMIN));
        long moduleId = fixtures.publishedModule("Closing time", 1);
        // a zone other than the server's, as the browser reports it with the first request
        ZoneId browser = ZoneId.of(ZoneId.systemDefault().getRules().equals(ZoneId.of("Pacific/Auckland").getRules())
                ? "America/Los_Angeles" : "Pacific/Auckland");
        UI ui = UI.getCurrent();
        ui.getInternals().setExtendedClientDetails(new ExtendedClientDetails(ui, null, null, null, null, null, null,
                null, null, null, null, browser.getId(), null, null, null, null, null, null, null));
        open("admin/modules/" + moduleId + "/quiz");

        LocalDateTime fivePm = LocalDateTime.of(2027, 1, 15, 17, 0);
        test(find(DateTimePicker.class).withId("quiz-closes-at").single()).setValue(fivePm);
        test(find(Button.class).withId("save-quiz").single()).click();

        assertThat(quizzes.quizOf(moduleId).orElseThrow().settings().closesAt())
                .as("17:00 where the admin is").isEqualTo(fivePm.atZone(browser).toInstant());
        open("admin/modules");
        open("admin/modules/" + moduleId + "/quiz");
        assertThat(find(DateTimePicker.class).withId("quiz-closes-at").single().getValue())
                .as("shown again as the admin typed it").isEqualTo(fivePm);
    }

    @Test
    void switching_on_a_quiz_without_questions_is_refused_with_the_reason() {
        signIn(fixtures.user("q-quizmaker2", null, Roles.ADMIN));
        long moduleId = fixtures.publishedModule("Empty quiz", 1);
        open("admin/modules/" + moduleId + "/quiz");

        test(find(Checkbox.class).withId("quiz-active").single()).click();
        test(find(Button.class).withId("save-quiz").single()).click();

        assertThat(find(Paragraph.class).withId("quiz-error").single().getText())
                .contains("Add at least one question before switching the quiz on.");
        assertThat(quizzes.quizOf(moduleId)).isEmpty();
    }

    @Test
    void an_unknown_question_in_the_url_shows_not_found() {
        signIn(fixtures.user("q-lost", null, Roles.ADMIN));
        assertThat(open("admin/questions/987654321012/edit")).isInstanceOf(RecordNotFoundView.class);
    }

    @Test
    void agent_is_refused_the_authoring_pages() {
        long moduleId = fixtures.publishedModule("Not for agents", 1);
        signIn(fixtures.user("q-agent", null, Roles.AGENT));

        assertThat(open("admin/questions")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("admin/questions/new")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("admin/modules/" + moduleId + "/quiz")).isInstanceOf(AccessDeniedView.class);
    }

    private long question(String title) {
        return bank.create(QuestionCategory.of(SkillArea.DE_ESCALATION), new QuestionDraft(QuestionType.TRUE_FALSE,
                title, "A calm voice lowers the temperature.", "", 1,
                List.of(ChoiceDraft.of("True", 1.0, ""), ChoiceDraft.of("False", 0, ""))));
    }

    private void text(String id, String value) {
        test(find(TextField.class).withId(id).single()).setValue(value);
    }

    @SuppressWarnings("unchecked")
    private void weight(int row, String label) {
        test((Select<Double>) find(Select.class).withId("choice-weight-" + row).single()).selectItem(label);
    }

    private List<String> problems() {
        return find(ProblemList.class).withId("question-problems").single().problems();
    }
}
