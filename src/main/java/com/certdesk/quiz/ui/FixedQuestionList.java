package com.certdesk.quiz.ui;

import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuestionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The questions of a fixed quiz in the order learners get them: reorder, remove, add more from the bank. */
final class FixedQuestionList extends Div {

    private final List<QuestionSummary> questions = new ArrayList<>();
    private final Grid<QuestionSummary> grid = new Grid<>();
    private final Span total = new Span();

    FixedQuestionList(QuestionBankService bank) {
        addClassName("fixed-questions");
        grid.setId("quiz-questions");
        grid.addColumn(q -> questions.indexOf(q) + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(QuestionSummary::title).setHeader("Question").setFlexGrow(4);
        grid.addColumn(q -> q.type().label()).setHeader("Type").setFlexGrow(2);
        grid.addColumn(QuestionSummary::points).setHeader("Points").setWidth("5.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setWidth("9.5rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No questions yet. Add them from the question bank.");
        var add = new Button("Add questions", VaadinIcon.PLUS.create(), e -> new AddQuestionsDialog(bank,
                new HashSet<>(ids()), this::append).open());
        add.setId("add-questions");
        total.addClassName("muted");
        total.setId("quiz-question-total");
        var footer = new HorizontalLayout(add, total);
        footer.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(grid, footer);
    }

    void setQuestions(List<QuestionSummary> chosen) {
        questions.clear();
        questions.addAll(chosen);
        update();
    }

    List<Long> ids() {
        return questions.stream().map(QuestionSummary::id).toList();
    }

    private void append(List<QuestionSummary> more) {
        List<Long> present = ids();
        more.stream().filter(q -> !present.contains(q.id())).forEach(questions::add);
        update();
    }

    private HorizontalLayout actions(QuestionSummary question) {
        int index = questions.indexOf(question);
        var up = icon(VaadinIcon.ARROW_UP, "Move up: " + question.title(), () -> move(index, -1));
        up.setEnabled(index > 0);
        var down = icon(VaadinIcon.ARROW_DOWN, "Move down: " + question.title(), () -> move(index, 1));
        down.setEnabled(index < questions.size() - 1);
        var remove = icon(VaadinIcon.CLOSE_SMALL, "Remove from quiz: " + question.title(), () -> {
            questions.remove(index);
            update();
        });
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.setId("remove-question-" + index);
        up.setId("move-up-" + index);
        down.setId("move-down-" + index);
        var box = new HorizontalLayout(up, down, remove);
        box.setSpacing(false);
        return box;
    }

    private void move(int index, int delta) {
        questions.add(index + delta, questions.remove(index));
        update();
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void update() {
        grid.setItems(List.copyOf(questions));
        int points = questions.stream().mapToInt(QuestionSummary::points).sum();
        total.setText(questions.isEmpty() ? "" : questions.size() + (questions.size() == 1 ? " question · " : " questions · ")
                + points + (points == 1 ? " point" : " points") + " in total");
    }
}
