package com.certdesk.quiz.ui;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.QuestionRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Single choice: answer rows, exactly one marked correct (a radio per row, choosing one clears the others). */
final class SingleChoiceEditor extends ChoiceEditor {

    static final String CORRECT = "Correct";

    private final ChoiceRows<Row> rows;

    SingleChoiceEditor(List<ChoiceDraft> choices, Runnable onChange) {
        super(onChange);
        rows = new ChoiceRows<>("choice", "minmax(0, 3fr) 7em minmax(0, 2fr)",
                List.of("Answer", "", "Feedback (optional)"), "answer", 1, Row::new,
                ChoiceDraft.of("", 0, ""), choices, onChange);
        add(rows);
    }

    @Override
    List<ChoiceDraft> choices() {
        return rows.choices();
    }

    private void chosen(Row row) {
        for (Row other : rows.rows()) {
            if (other != row) {
                other.correct.clear();
            }
        }
        onChange.run();
    }

    final class Row implements ChoiceRows.Row {

        private final TextField text;
        private final RadioButtonGroup<String> correct = new RadioButtonGroup<>();
        private final TextField feedback;

        Row(ChoiceDraft choice) {
            text = field("Answer", "Answer", choice.text(), QuestionRules.MAX_CHOICE);
            feedback = field("Feedback", "", choice.feedback(),
                    QuestionRules.MAX_FEEDBACK);
            correct.setItems(CORRECT);
            correct.setValue(choice.fraction() == 1.0 ? CORRECT : null);
            correct.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    chosen(this);
                }
            });
        }

        @Override
        public List<Component> fields() {
            return List.of(text, correct, feedback);
        }

        @Override
        public void number(int index) {
            text.setId("choice-text-" + index);
            text.setAriaLabel("Answer " + (index + 1));
            text.setPlaceholder("Answer " + (index + 1));
            correct.setId("choice-correct-" + index);
            correct.setAriaLabel("Answer " + (index + 1) + " is correct");
            feedback.setId("choice-feedback-" + index);
            feedback.setAriaLabel("Feedback for answer " + (index + 1));
        }

        @Override
        public ChoiceDraft choice() {
            return ChoiceDraft.of(text.getValue(), CORRECT.equals(correct.getValue()) ? 1.0 : 0, feedback.getValue());
        }
    }
}
