package com.certdesk.quiz.ui;

import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuestionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Picks questions from the bank for a quiz: the filterable bank grid with a checkbox per question. */
final class AddQuestionsDialog extends Dialog {

    private final Button add = new Button();

    AddQuestionsDialog(QuestionBankService bank, Set<Long> alreadyChosen, Consumer<List<QuestionSummary>> onAdd) {
        setHeaderTitle("Add questions from the bank");
        setWidth("min(1100px, 95vw)");
        setHeight("min(760px, 90vh)");
        setId("add-questions-dialog");
        var browser = new QuestionBankBrowser(bank, "pick");
        Grid<QuestionSummary> grid = browser.grid();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItemSelectableProvider(q -> !alreadyChosen.contains(q.id()));
        grid.setPartNameGenerator(q -> alreadyChosen.contains(q.id()) ? "already-chosen" : null);
        grid.setEmptyStateText("No questions match. Change the filters, or write questions in the question bank.");
        grid.addSelectionListener(e -> label(e.getAllSelectedItems().size()));
        add(browser);

        add.setId("add-selected-questions");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> {
            onAdd.accept(List.copyOf(grid.getSelectedItems()));
            close();
        });
        label(0);
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, add);
    }

    private void label(int selected) {
        add.setText(switch (selected) {
            case 0 -> "Add to quiz";
            case 1 -> "Add 1 question";
            default -> "Add " + selected + " questions";
        });
        add.setEnabled(selected > 0);
    }
}
