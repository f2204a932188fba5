package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.FileLayout;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.QuestionMapping;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Qualtrics: which question is the CSAT, NPS and CES question (numeric values, so no answer table) and the scale of
 * each chosen one, which embedded-data column names the agent (and the ticket), which holds the comment, and the
 * time zone: read from the file's ImportId row, overridable.
 */
final class QualtricsEditor implements MappingEditors.Editor {

    private final Div root = new Div();
    private final Map<Metric, Select<FileLayout.Column>> questions = new LinkedHashMap<>();
    private final Map<Metric, Select<ScaleChoice>> scales = new LinkedHashMap<>();
    private final MappingEditors.AgentColumns agent;
    private final Select<FileLayout.Column> comment;
    private final ComboBox<String> zone;

    QualtricsEditor(FileLayout layout) {
        root.setId("mapping-editor");
        root.addClassName("mapping-editor");
        root.add(MappingEditors.heading("How the Qualtrics questions become ratings",
                "The export has numeric values: choose which question is which metric, and the scale it was asked on.",
                layout.notes()));
        List<FileLayout.Column> columns = layout.columns();
        Map<String, QuestionMapping> suggested = layout.suggested().questions();
        var grid = new Div();
        grid.addClassName("mapping-fields");
        for (Metric metric : List.of(Metric.CSAT, Metric.NPS, Metric.CES)) {
            var question = MappingEditors.columnSelect(metric.name() + " question", columns, true);
            question.setId("qualtrics-" + metric.name().toLowerCase(java.util.Locale.ROOT));
            var scale = new Select<ScaleChoice>();
            scale.setLabel(metric.name() + " scale");
            scale.setId("qualtrics-" + metric.name().toLowerCase(java.util.Locale.ROOT) + "-scale");
            List<ScaleChoice> allowed = ScaleChoice.all().stream().filter(c -> c.metric().measure() == metric.measure()
                    && c.metric() != Metric.CSAT_BINARY).toList();
            scale.setItems(allowed);
            scale.setItemLabelGenerator(ScaleChoice::label);
            scale.setValue(allowed.getFirst());
            suggested.forEach((key, mapping) -> {
                if (mapping.metric().measure() == metric.measure() && question.getValue() == null) {
                    columns.stream().filter(c -> c.key().equals(key)).findFirst().ifPresent(question::setValue);
                    scale.setValue(Objects.requireNonNullElse(ScaleChoice.of(mapping), allowed.getFirst()));
                }
            });
            scale.setEnabled(question.getValue() != null);
            question.addValueChangeListener(e -> scale.setEnabled(e.getValue() != null));
            questions.put(metric, question);
            scales.put(metric, scale);
            grid.add(question, scale);
        }
        agent = new MappingEditors.AgentColumns("qualtrics", "Agent column (embedded data)", columns,
                layout.suggested());
        comment = MappingEditors.columnSelect("Comment column", columns, true);
        comment.setId("qualtrics-comment");
        MappingEditors.select(comment, columns, layout.suggestedComment());
        zone = MappingEditors.zoneBox(layout.timeZone(), layout.timeZone() != null
                ? "Read from the file: " + layout.timeZone().getId() : "The file names none: choose the account's zone");
        zone.setId("qualtrics-zone");
        grid.add(agent.agent, agent.ticket, comment, zone);
        root.add(grid);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public MappingEditors.Choice choice() {
        Map<String, QuestionMapping> mapped = new LinkedHashMap<>();
        questions.forEach((metric, select) -> {
            FileLayout.Column column = select.getValue();
            ScaleChoice scale = scales.get(metric).getValue();
            if (column != null && scale != null) {
                if (mapped.containsKey(column.key())) {
                    throw new ValidationException("The question " + column.key() + " is chosen for two metrics.");
                }
                mapped.put(column.key(), scale.with(Map.of()));
            }
        });
        if (mapped.isEmpty()) {
            throw new ValidationException("Choose at least one of the CSAT, NPS and CES questions.");
        }
        @Nullable String agentColumn = agent.agentColumn();
        @Nullable ZoneId chosenZone = MappingEditors.zone(zone);
        if (chosenZone == null) {
            zone.setInvalid(true);
            throw new ValidationException("Choose the time zone of the Qualtrics account.");
        }
        return new MappingEditors.Choice(new FormatMapping(mapped, agentColumn, agent.ticketColumn(), null,
                chosenZone, null),
                comment.getValue() == null ? null : comment.getValue().key());
    }
}
