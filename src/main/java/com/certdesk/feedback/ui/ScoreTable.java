package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What each code or answer text of a vendor's question scores on the chosen scale (Freshdesk 103 is 3 on 1-3,
 * SurveyMonkey "Agree" is 6 on 1-7), filled with the defaults and editable. A value left empty has no score: rows
 * holding it are listed as problems by the check, so nothing is guessed.
 */
final class ScoreTable extends Div {

    private final Map<String, IntegerField> fields = new LinkedHashMap<>();
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
            fields.put(value, score);
            var row = new Div(label, score);
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

    /** The scores chosen; a score outside the scale is refused with the question and value named. */
    Map<String, Integer> values(int min, int max) {
        Map<String, Integer> values = new LinkedHashMap<>();
        fields.forEach((value, field) -> {
            @Nullable Integer score = field.getValue();
            if (score != null) {
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
