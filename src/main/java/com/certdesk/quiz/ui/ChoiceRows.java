package com.certdesk.quiz.ui;

import com.certdesk.quiz.ChoiceDraft;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list of answer rows under column headers, with "add" and a remove button per row. The columns line up
 * through a CSS grid template ({@code --choice-columns}); on narrow screens each row stacks.
 */
final class ChoiceRows<R extends ChoiceRows.Row> extends Div {

    /** One answer row: its fields in column order, renumbered when rows come and go. */
    interface Row {

        List<Component> fields();

        /** Gives the fields ids and accessible names for their 0-based position. */
        void number(int index);

        ChoiceDraft choice();
    }

    private final String idPrefix;
    private final String noun;
    private final int minRows;
    private final Function<ChoiceDraft, R> factory;
    private final Runnable onChange;
    private final List<R> rows = new ArrayList<>();
    private final List<Div> lines = new ArrayList<>();
    private final Div body = new Div();

    /**
     * @param columns  CSS grid columns for the fields (a remove-button column is added)
     * @param headers  one header per field
     * @param noun     what a row is called ("answer", "pair"), for the buttons
     * @param minRows  rows that cannot be removed
     */
    ChoiceRows(String idPrefix, String columns, List<String> headers, String noun, int minRows,
            Function<ChoiceDraft, R> factory, ChoiceDraft blank, List<ChoiceDraft> initial, Runnable onChange) {
        this.idPrefix = idPrefix;
        this.noun = noun;
        this.minRows = minRows;
        this.factory = factory;
        this.onChange = onChange;
        addClassName("choice-rows");
        getStyle().set("--choice-columns", columns + " 2.5em");
        var header = new Div();
        header.addClassNames("choice-row", "choice-header");
        headers.forEach(h -> header.add(new Span(h)));
        header.add(new Span());
        header.getElement().setAttribute("aria-hidden", "true");
        var add = new Button("Add " + noun, VaadinIcon.PLUS.create(), e -> {
            append(blank);
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        add.setId(idPrefix + "-add");
        initial.forEach(this::append);
        add(header, body, add);
    }

    List<R> rows() {
        return rows;
    }

    List<ChoiceDraft> choices() {
        return rows.stream().map(Row::choice).toList();
    }

    private void append(ChoiceDraft choice) {
        R row = factory.apply(choice);
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        var line = new Div();
        line.addClassName("choice-row");
        row.fields().forEach(line::add);
        line.add(remove);
        remove.addClickListener(e -> {
            int index = rows.indexOf(row);
            rows.remove(index);
            lines.remove(index).removeFromParent();
            renumber();
            onChange.run();
        });
        rows.add(row);
        lines.add(line);
        body.add(line);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i);
            var remove = (Button) lines.get(i).getChildren().reduce((a, b) -> b).orElseThrow();
            remove.setId(idPrefix + "-remove-" + i);
            remove.setAriaLabel("Remove " + noun + " " + (i + 1));
            remove.setTooltipText("Remove " + noun + " " + (i + 1));
            remove.setEnabled(rows.size() > minRows);
        }
    }
}
