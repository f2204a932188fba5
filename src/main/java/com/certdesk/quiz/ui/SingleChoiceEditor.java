package com.certdesk.quiz.ui;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.Fractions;
import com.certdesk.quiz.QuestionRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * Single choice: answer rows, exactly one marked correct (a radio per row, choosing one clears the others) and
 * worth 100%; every other answer has a weight, 0% unless the author gives a partly right answer a share (or a
 * negative weight, which earns nothing, as Moodle grades single choice).
 */
final class SingleChoiceEditor extends ChoiceEditor {

    static final String CORRECT = "Correct";

    /** The weights a wrong or partly right answer may have: Moodle's fractions below 100%, 0 and negatives. */
    static final List<Double> OTHER_WEIGHTS;

    static {
        List<Double> weights = new ArrayList<>(Fractions.POSITIVE.subList(1, Fractions.POSITIVE.size()));
        weights.add(0.0);
        Fractions.POSITIVE.reversed().forEach(w -> weights.add(-w));
        OTHER_WEIGHTS = List.copyOf(weights);
    }

    private final ChoiceRows<Row> rows;

    SingleChoiceEditor(List<ChoiceDraft> choices, Runnable onChange) {
        super(onChange);
        rows = new ChoiceRows<>("choice", "minmax(0, 3fr) 7em 7.5em minmax(0, 2fr)",
                List.of("Answer", "", "Weight", "Feedback (optional)"), "answer", 1, Row::new,
                ChoiceDraft.of("", 0, ""), choices, onChange);
        var helper = new Paragraph("Mark the correct answer; it earns 100%. Other answers earn 0% unless you give a "
                + "partly right one a share of the points.");
        helper.addClassNames("muted", "small", "choice-help");
        add(helper, rows);
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
        private final Select<Double> weight = new Select<>();
        private final TextField feedback;

        Row(ChoiceDraft choice) {
            text = field("Answer", "Answer", choice.text(), QuestionRules.MAX_CHOICE);
            feedback = field("Feedback", "", choice.feedback(),
                    QuestionRules.MAX_FEEDBACK);
            correct.setItems(CORRECT);
            correct.setValue(choice.fraction() == 1.0 ? CORRECT : null);
            weight.setItems(OTHER_WEIGHTS);
            // no weight chosen: the correct answer, worth 100%
            weight.setItemLabelGenerator(w -> w == null ? "100%" : WeightedAnswersEditor.percent(w));
            weight.setEmptySelectionCaption("100%");
            weight.setEmptySelectionAllowed(true);
            double other = Fractions.match(choice.fraction()).orElse(0.0);
            weight.setValue(OTHER_WEIGHTS.contains(other) ? other : 0.0);
            weight.addValueChangeListener(e -> onChange.run());
            showWeight();
            correct.addValueChangeListener(e -> {
                showWeight();
                if (e.getValue() != null) {
                    chosen(this);
                }
            });
        }

        /** The correct answer is worth 100%; its weight picker shows that and cannot change it. */
        private void showWeight() {
            boolean isCorrect = CORRECT.equals(correct.getValue());
            weight.setEnabled(!isCorrect);
            if (isCorrect) {
                weight.setValue(null);
            } else if (weight.getValue() == null) {
                weight.setValue(0.0);
            }
        }

        @Override
        public List<Component> fields() {
            return List.of(text, correct, weight, feedback);
        }

        @Override
        public void number(int index) {
            text.setId("choice-text-" + index);
            text.setAriaLabel("Answer " + (index + 1));
            text.setPlaceholder("Answer " + (index + 1));
            correct.setId("choice-correct-" + index);
            correct.setAriaLabel("Answer " + (index + 1) + " is correct");
            weight.setId("choice-weight-" + index);
            weight.setAriaLabel("Weight of answer " + (index + 1));
            feedback.setId("choice-feedback-" + index);
            feedback.setAriaLabel("Feedback for answer " + (index + 1));
        }

        @Override
        public ChoiceDraft choice() {
            Double other = weight.getValue();
            double fraction = CORRECT.equals(correct.getValue()) ? 1.0 : other == null ? 0 : other;
            return ChoiceDraft.of(text.getValue(), fraction, feedback.getValue());
        }
    }
}
