package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What each code or answer text of a vendor's question scores on the chosen scale (Freshdesk 103 is 3 on 1-3,
 * SurveyMonkey "Agree" is 6 on 1-7), filled with the defaults and editable. "No answer" makes a value an answer
 * that is none (stored without a score, never counted: "N/A", "Don't know"). A value left empty has no score: rows
 * holding it are listed as problems by the check, so nothing is guessed.
 */
final class ScoreTable extends Div {

    /** Answer texts that usually mean "no answer", ticked as such unless the defaults score them. */
    private static final Pattern NO_ANSWER = Pattern.compile(
            "(?i)\\s*(n/?a|not applicable|does not apply|don'?t know|do not know|prefer not to (say|answer))\\s*");

    private final Map<String, IntegerField> fields = new LinkedHashMap<>();
    private final Map<String, Checkbox> noAnswers = new LinkedHashMap<>();
    private final String question;

    ScoreTable(String question, List<String> values, Map<String, Integer> defaults) {
        this.question = question;
        addClassName("score-table");
        for (String value : values) {
            var label = new Span(value);
            label.addClassName("score-table-value");
            var score = new IntegerField();
            score.setAriaLabel("Score of " + value);
            score.addClassName("score-table-score");
            score.setStepButtonsVisible(false);
            score.setWidth("5em");
            Integer preset = defaults.get(value);
            if (preset != null) {
                score.setValue(preset);
            }
            var none = new Checkbox("No answer");
            none.addClassName("score-table-none");
            none.addValueChangeListener(e -> {
                score.setEnabled(!e.getValue());
                if (e.getValue()) {
                    score.clear();
                    score.setInvalid(false);
                }
            });
            none.setValue(defaults.containsKey(value) ? preset == null : NO_ANSWER.matcher(value).matches());
            fields.put(value, score);
            noAnswers.put(value, none);
            var row = new Div(label, score, none);
            row.addClassName("score-table-row");
            add(row);
        }
    }

    /** Keeps the scores within [min, max] (the chosen scale). */
    void scale(int min, int max) {
        fields.values().forEach(f -> {
            f.setMin(min);
            f.setMax(max);
        });
    }

    /**
     * The scores chosen (null for "no answer"); a score outside the scale is refused with the question and value
     * named.
     */
    Map<String, @Nullable Integer> values(int min, int max) {
        Map<String, @Nullable Integer> values = new LinkedHashMap<>();
        fields.forEach((value, field) -> {
            @Nullable Integer score = field.getValue();
            if (noAnswers.get(value).getValue()) {
                values.put(value, null);
            } else if (score != null) {
                if (score < min || score > max) {
                    field.setInvalid(true);
                    throw new ValidationException("%s: \"%s\" scores %d, outside the scale %d–%d".formatted(question,
                            value, score, min, max));
                }
                field.setInvalid(false);
                values.put(value, score);
            }
        });
        return values;
    }
}
