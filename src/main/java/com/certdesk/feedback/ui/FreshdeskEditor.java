package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.FileLayout;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.QuestionMapping;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Freshdesk: per question id seen in the file, its metric and scale and what each survey code (-103 to 103) scores,
 * filled with Freshdesk's defaults for the scale the codes belong to.
 */
final class FreshdeskEditor implements MappingEditors.Editor {

    private final Div root = new Div();
    private final List<QuestionRow> rows = new ArrayList<>();

    FreshdeskEditor(FileLayout layout, Map<String, QuestionMapping> presets) {
        root.setId("mapping-editor");
        root.addClassName("mapping-editor");
        root.add(MappingEditors.heading("How the Freshdesk questions become ratings",
                "Each question id found in the file, with what its codes score. Questions marked \"Not a rating\" "
                        + "are left out.", layout.notes()));
        for (FileLayout.Column column : layout.columns()) {
            var row = new QuestionRow(column.key(), column.label(), null, column.values(), column.moreValues(),
                    layout.suggested().questions().get(column.key()),
                    choice -> MappingEditors.presetFor(presets, "Freshdesk", choice));
            rows.add(row);
            root.add(row);
        }
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public MappingEditors.Choice choice() {
        Map<String, QuestionMapping> questions = new LinkedHashMap<>();
        for (QuestionRow row : rows) {
            QuestionMapping mapping = row.mapping();
            if (mapping != null) {
                questions.put(row.key(), mapping);
            }
        }
        if (questions.isEmpty()) {
            throw new ValidationException("Choose the metric of at least one question.");
        }
        return new MappingEditors.Choice(new FormatMapping(questions, null, null, null, null, null), null);
    }
}
