package com.certdesk.feedback.ui;

import com.certdesk.feedback.QuestionMapping;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One vendor question in a mapping editor: its text, its metric and scale (or "not a rating"), and for vendors that
 * export codes or choice texts what each scores ({@link ScoreTable}), refilled with the defaults of a scale when the
 * administrator picks another one.
 */
final class QuestionRow extends Div {

    static final String NOT_A_RATING = "Not a rating";

    private final String key;
    private final Select<ScaleChoice> scale = new Select<>();
    private final Div tableSlot = new Div();
    private final @Nullable Function<ScaleChoice, Map<String, Integer>> defaults;
    private final List<String> values;
    private @Nullable ScoreTable table;

    /**
     * @param values the codes or answer texts to score, or empty for numbers on the scale itself (Qualtrics)
     * @param defaults the default scores of a scale (null: numbers need no table)
     */
    QuestionRow(String key, String label, @Nullable String detail, List<String> values, boolean moreValues,
            @Nullable QuestionMapping suggested, @Nullable Function<ScaleChoice, Map<String, Integer>> defaults) {
        this.key = key;
        this.values = values;
        this.defaults = defaults;
        addClassName("question-row");
        var title = new Div(new Span(label));
        title.addClassName("question-row-title");
        if (detail != null && !detail.isBlank()) {
            var sub = new Span(detail);
            sub.addClassName("muted");
            title.add(new Span(" · "), sub);
        }
        scale.setLabel("Metric and scale");
        scale.setItems(ScaleChoice.all());
        scale.setItemLabelGenerator(c -> c == null ? NOT_A_RATING : c.label());
        scale.setEmptySelectionAllowed(true);
        scale.setEmptySelectionCaption(NOT_A_RATING);
        scale.addClassName("question-scale");
        scale.getElement().setAttribute("data-question", key);
        ScaleChoice chosen = ScaleChoice.of(suggested);
        scale.setValue(chosen);
        add(title, scale, tableSlot);
        if (moreValues) {
            var more = new Span("More answers than shown were seen: those not listed are problems of their rows.");
            more.addClassName("muted");
            add(more);
        }
        showTable(chosen, suggested == null || suggested.values().isEmpty() ? null : suggested.values());
        scale.addValueChangeListener(e -> showTable(e.getValue(), null));
    }

    private void showTable(@Nullable ScaleChoice chosen, @Nullable Map<String, Integer> preset) {
        tableSlot.removeAll();
        table = null;
        if (chosen == null || defaults == null) {
            return;
        }
        Map<String, Integer> start = preset != null ? preset : defaults.apply(chosen);
        // every answer seen and every answer of the scale's defaults, best first, those without a default last
        var shown = new java.util.ArrayList<String>(values);
        start.keySet().stream().filter(v -> !shown.contains(v)).sorted().forEach(shown::add);
        shown.sort(java.util.Comparator.comparing((String v) -> start.get(v) == null ? Integer.MIN_VALUE : start.get(v))
                .reversed());
        table = new ScoreTable(key, shown, start);
        table.scale(chosen.min(), chosen.max());
        tableSlot.add(table);
    }

    String key() {
        return key;
    }

    /** The mapping of this question, or null when it is not a rating. */
    @Nullable QuestionMapping mapping() {
        ScaleChoice chosen = scale.getValue();
        if (chosen == null) {
            return null;
        }
        return chosen.with(table == null ? Map.of() : table.values(chosen.min(), chosen.max()));
    }

    Select<ScaleChoice> scale() {
        return scale;
    }
}
