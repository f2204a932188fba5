package com.certdesk.quiz.ui;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.Fractions;
import com.certdesk.quiz.QuestionRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answer rows with a weight each, chosen from the weights Moodle allows: multiple response (positive weights
 * of the right answers add up to 100%, wrong answers may cost points) and short answer (each accepted
 * answer earns a positive share).
 */
final class WeightedAnswersEditor extends ChoiceEditor {

    private final ChoiceRows<Row> rows;
    private final List<Double> weights;

    private WeightedAnswersEditor(List<ChoiceDraft> choices, Runnable onChange, List<Double> weights,
            List<String> headers, String noun, double newWeight, String textPlaceholder) {
        super(onChange);
        this.weights = weights;
        rows = new ChoiceRows<>("choice", "minmax(0, 3fr) 8.5em minmax(0, 2fr)", headers, noun, 1,
                choice -> new Row(choice, noun, textPlaceholder), ChoiceDraft.of("", newWeight, ""), choices, onChange);
        add(rows);
    }

    static WeightedAnswersEditor multipleResponse(List<ChoiceDraft> choices, Runnable onChange) {
        List<Double> weights = new ArrayList<>(Fractions.POSITIVE);
        weights.add(0.0);
        Fractions.POSITIVE.reversed().forEach(w -> weights.add(-w));
        var editor = new WeightedAnswersEditor(choices, onChange, weights,
                List.of("Answer", "Weight", "Feedback (optional)"), "answer", 0.0, "Answer");
        editor.setHelper("Give the right answers positive weights that add up to 100%. A negative weight takes "
                + "points away from learners who tick a wrong answer.");
        return editor;
    }

    static WeightedAnswersEditor shortAnswer(List<ChoiceDraft> choices, Runnable onChange) {
        List<Double> credits = new ArrayList<>(Fractions.POSITIVE);
        credits.add(0.0);
        var editor = new WeightedAnswersEditor(choices, onChange, credits,
                List.of("Accepted answer", "Credit", "Feedback (optional)"), "accepted answer", 1.0,
                "Accepted answer");
        editor.setHelper("Learners type their answer; it counts when it matches one of these, ignoring capital "
                + "letters and extra spaces; * stands for any characters (\\* for an asterisk). The best match "
                + "counts, so a last answer * with 0% can give feedback to every other answer. At least one must "
                + "earn 100%.");
        return editor;
    }

    @Override
    List<ChoiceDraft> choices() {
        return rows.choices();
    }

    private void setHelper(String text) {
        var helper = new Paragraph(text);
        helper.addClassNames("muted", "small", "choice-help");
        addComponentAsFirst(helper);
    }

    /** A weight as authors read it: {@code 33.33%}, {@code -50%}. */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString() + "%";
    }

    final class Row implements ChoiceRows.Row {

        private final TextField text;
        private final Select<Double> weight = new Select<>();
        private final TextField feedback;
        private final String noun;
        private final String placeholder;

        Row(ChoiceDraft choice, String noun, String placeholder) {
            this.noun = noun;
            this.placeholder = placeholder;
            text = field(noun, placeholder, choice.text(), QuestionRules.MAX_CHOICE);
            feedback = field("Feedback", "", choice.feedback(),
                    QuestionRules.MAX_FEEDBACK);
            weight.setItems(weights);
            weight.setItemLabelGenerator(WeightedAnswersEditor::percent);
            double allowed = Fractions.match(choice.fraction()).orElse(0.0);
            weight.setValue(weights.contains(allowed) ? allowed : weights.getFirst());
            weight.addValueChangeListener(e -> onChange.run());
        }

        @Override
        public List<Component> fields() {
            return List.of(text, weight, feedback);
        }

        @Override
        public void number(int index) {
            String name = Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + (index + 1);
            text.setId("choice-text-" + index);
            text.setAriaLabel(name);
            text.setPlaceholder(placeholder + " " + (index + 1));
            weight.setId("choice-weight-" + index);
            weight.setAriaLabel("Weight of " + name.toLowerCase(Locale.ROOT));
            feedback.setId("choice-feedback-" + index);
            feedback.setAriaLabel("Feedback for " + name.toLowerCase(Locale.ROOT));
        }

        @Override
        public ChoiceDraft choice() {
            Double value = weight.getValue();
            return ChoiceDraft.of(text.getValue(), value == null ? 0 : value, feedback.getValue());
        }
    }
}
