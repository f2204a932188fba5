package com.certdesk.quiz.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.quiz.CategoryOption;
import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionFilter;
import com.certdesk.quiz.QuestionSelection;
import com.certdesk.quiz.QuestionSummary;
import com.certdesk.quiz.QuizLayout;
import com.certdesk.quiz.QuizSettings;
import com.certdesk.quiz.ReviewMoment;
import com.certdesk.quiz.ReviewOptions;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/** Every setting of a module's quiz, grouped the way an author thinks about them. */
final class QuizSettingsForm extends VerticalLayout {

    private final QuestionBankService bank;
    private final Checkbox active = new Checkbox("Quiz is on — learners must pass it to complete the module");
    private final TextArea intro = new TextArea("Introduction (Markdown, optional)");
    private final RadioButtonGroup<QuestionSelection> selection = new RadioButtonGroup<>("Each attempt gets");
    private final FixedQuestionList fixed;
    private final IntegerField randomCount = new IntegerField("Questions per attempt");
    private final ComboBox<CategoryOption> randomCategory = new ComboBox<>("Drawn from category");
    private final Span available = new Span();
    private final Div randomBox;
    private final Checkbox shuffleQuestions = new Checkbox("Shuffle the order of questions for each learner");
    private final Checkbox shuffleChoices = new Checkbox("Shuffle the answers within each question");
    private final IntegerField passMark = new IntegerField("Pass mark");
    private final IntegerField timeLimit = new IntegerField("Time limit (minutes)");
    private final IntegerField maxAttempts = new IntegerField("Attempts allowed");
    private final IntegerField minWait = new IntegerField("Wait between attempts (minutes)");
    private final IntegerField failuresBeforeWait = new IntegerField("Break after this many failed attempts");
    private final IntegerField failureWait = new IntegerField("Length of that break (minutes)");
    private final DateTimePicker closesAt = new DateTimePicker("Closes (optional)");
    private final CheckboxGroup<ReviewMoment> reviewScore = moments("Score", "review-score");
    private final CheckboxGroup<ReviewMoment> reviewRightWrong =
            moments("Which questions were right or wrong", "review-right-wrong");
    private final CheckboxGroup<ReviewMoment> reviewAnswers = moments("The correct answers", "review-answers");
    private final CheckboxGroup<ReviewMoment> reviewFeedback =
            moments("Feedback on the answers and questions", "review-feedback");
    private final Select<QuizLayout> layout = new Select<>();

    QuizSettingsForm(QuestionBankService bank) {
        this.bank = bank;
        setPadding(false);
        addClassName("quiz-form");
        active.setId("quiz-active");
        intro.setId("quiz-intro");
        intro.setMaxLength(4000);
        intro.setWidthFull();
        intro.setMinRows(3);
        intro.setHelperText("Shown to learners before they start: what the quiz covers and how it is marked.");

        selection.setId("quiz-selection");
        selection.setItems(QuestionSelection.values());
        selection.setItemLabelGenerator(QuestionSelection::label);
        fixed = new FixedQuestionList(bank);
        randomCount.setId("quiz-random-count");
        randomCount.setMin(1);
        randomCount.setMax(100);
        randomCount.setStepButtonsVisible(true);
        randomCategory.setId("quiz-random-category");
        randomCategory.setItemLabelGenerator(CategoryOption::label);
        randomCategory.setWidth("24em");
        randomCategory.addValueChangeListener(e -> showAvailable());
        randomCount.addValueChangeListener(e -> showAvailable());
        available.addClassNames("muted", "small");
        available.setId("quiz-random-available");
        var randomFields = new FormLayout(randomCount, randomCategory);
        randomFields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 3));
        randomFields.setColspan(randomCategory, 2);
        randomBox = new Div(randomFields, available);
        randomBox.addClassName("random-questions");
        selection.addValueChangeListener(e -> showSelection());
        shuffleQuestions.setId("quiz-shuffle-questions");
        shuffleChoices.setId("quiz-shuffle-choices");

        passMark.setId("quiz-pass-mark");
        passMark.setMin(1);
        passMark.setMax(100);
        passMark.setSuffixComponent(new Span("%"));
        passMark.setHelperText("Share of the points needed to pass.");
        timeLimit.setId("quiz-time-limit");
        optional(timeLimit, 1, 600, "No limit");
        maxAttempts.setId("quiz-max-attempts");
        optional(maxAttempts, 1, 100, "Unlimited");
        minWait.setId("quiz-min-wait");
        optional(minWait, 0, 10_080, "No wait");
        minWait.setHelperText("After any attempt. Leave empty for none.");
        failuresBeforeWait.setId("quiz-failures-before-wait");
        optional(failuresBeforeWait, 1, 100, "Off");
        failuresBeforeWait.setHelperText("E.g. 2: after two attempts without a pass, a break to review the lessons.");
        failureWait.setId("quiz-failure-wait");
        optional(failureWait, 1, 10_080, "Off");
        closesAt.setId("quiz-closes-at");
        closesAt.setHelperText("No new attempts from then on. Leave empty to keep the quiz open.");
        layout.setLabel("Layout");
        layout.setId("quiz-layout");
        layout.setItems(QuizLayout.values());
        layout.setItemLabelGenerator(QuizLayout::label);

        var rules = new FormLayout(passMark, timeLimit, maxAttempts, minWait, failuresBeforeWait, failureWait,
                closesAt, layout);
        rules.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        var reviewHelp = new Paragraph("Tick when each part of a finished attempt is shown to the agent; a part "
                + "with nothing ticked is never shown. Showing the correct answers or the feedback (which usually "
                + "explains them) right after a failed attempt hands out the answers for the next one.");
        reviewHelp.addClassNames("muted", "small");
        var review = new FormLayout(reviewScore, reviewRightWrong, reviewAnswers, reviewFeedback);
        review.setId("quiz-review");
        review.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        add(section("Availability"), active, intro,
                section("Questions"), selection, fixed, randomBox, shuffleQuestions, shuffleChoices,
                section("Passing and limits"), rules,
                section("What agents see after an attempt"), reviewHelp, review);
    }

    private static CheckboxGroup<ReviewMoment> moments(String label, String id) {
        var group = new CheckboxGroup<ReviewMoment>(label);
        group.setId(id);
        group.setItems(ReviewMoment.values());
        group.setItemLabelGenerator(ReviewMoment::label);
        group.addThemeName("vertical");
        return group;
    }

    private static Set<ReviewMoment> chosen(CheckboxGroup<ReviewMoment> group) {
        return group.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(group.getValue());
    }

    private static H3 section(String title) {
        var heading = new H3(title);
        heading.addClassName("form-section");
        return heading;
    }

    private static void optional(IntegerField field, int min, int max, String placeholder) {
        field.setMin(min);
        field.setMax(max);
        field.setPlaceholder(placeholder);
        field.setClearButtonVisible(true);
        field.setHelperText("Leave empty for none.");
    }

    void fill(QuizSettings settings, List<QuestionSummary> questions) {
        active.setValue(settings.active());
        intro.setValue(settings.intro());
        selection.setValue(settings.selection());
        fixed.setQuestions(questions);
        randomCount.setValue(settings.randomCount());
        List<CategoryOption> categories = new ArrayList<>(bank.categories());
        QuestionCategory category = settings.randomCategory();
        CategoryOption chosen = null;
        if (category != null) {
            chosen = categories.stream().filter(o -> o.category().equals(category)).findFirst().orElse(null);
            if (chosen == null) {
                chosen = new CategoryOption(category, bank.labelOf(category));
                categories.add(chosen);
            }
        }
        randomCategory.setItems(categories);
        randomCategory.setValue(chosen);
        shuffleQuestions.setValue(settings.shuffleQuestions());
        shuffleChoices.setValue(settings.shuffleChoices());
        passMark.setValue(settings.passMark());
        timeLimit.setValue(settings.timeLimitMinutes());
        maxAttempts.setValue(settings.maxAttempts());
        minWait.setValue(settings.minWaitMinutes());
        reviewScore.setValue(settings.review().score());
        reviewRightWrong.setValue(settings.review().rightWrong());
        reviewAnswers.setValue(settings.review().correctAnswers());
        reviewFeedback.setValue(settings.review().feedback());
        failuresBeforeWait.setValue(settings.failuresBeforeWait());
        failureWait.setValue(settings.failureWaitMinutes());
        closesAt.setValue(settings.closesAt() == null ? null
                : settings.closesAt().atZone(UserFormats.current().zone()).toLocalDateTime());
        layout.setValue(settings.layout());
        showSelection();
    }

    QuizSettings settings() {
        @Nullable CategoryOption category = randomCategory.getValue();
        return new QuizSettings(intro.getValue(), active.getValue(),
                selection.getValue() == null ? QuestionSelection.FIXED : selection.getValue(), fixed.ids(),
                randomCount.getValue() == null ? 0 : randomCount.getValue(),
                category == null ? null : category.category(), shuffleQuestions.getValue(), shuffleChoices.getValue(),
                passMark.getValue() == null ? 0 : passMark.getValue(), timeLimit.getValue(), maxAttempts.getValue(),
                minWait.getValue(), new ReviewOptions(chosen(reviewScore), chosen(reviewRightWrong),
                        chosen(reviewAnswers), chosen(reviewFeedback)),
                layout.getValue() == null ? QuizLayout.ONE_PER_PAGE : layout.getValue(), failuresBeforeWait.getValue(),
                failureWait.getValue(), closesAt.getValue() == null ? null
                        : closesAt.getValue().atZone(UserFormats.current().zone()).toInstant());
    }

    private void showSelection() {
        boolean isFixed = selection.getValue() != QuestionSelection.RANDOM;
        fixed.setVisible(isFixed);
        randomBox.setVisible(!isFixed);
        showAvailable();
    }

    private void showAvailable() {
        CategoryOption option = randomCategory.getValue();
        if (option == null) {
            available.setText("Each attempt draws this many questions at random from the category.");
            return;
        }
        long count = bank.find(new QuestionFilter(option.category(), null, ""), PageRequest.of(0, 1))
                .getTotalElements();
        Integer drawn = randomCount.getValue();
        boolean tooFew = drawn != null && drawn > count;
        available.setText("Each attempt draws this many questions at random. This category holds " + count
                + (count == 1 ? " question" : " questions") + (tooFew ? ": draw fewer, or add questions to it." : "."));
        available.setClassName("form-error", tooFew);
    }
}
