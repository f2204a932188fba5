package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.FileLayout;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.QuestionMapping;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SurveyMonkey: per question column its metric (or "not a rating") and what each answer text scores, filled with the
 * defaults of the matching choice set; the column naming the agent or the ticket; the time zone (SurveyMonkey writes times without
 * one, so it is required); optionally the comment column.
 */
final class SurveyMonkeyEditor implements MappingEditors.Editor {

    private final Div root = new Div();
    private final List<QuestionRow> rows = new ArrayList<>();
    private final MappingEditors.AgentColumns agent;
    private final Select<FileLayout.Column> comment;
    private final ComboBox<String> zone;

    SurveyMonkeyEditor(FileLayout layout, Map<String, QuestionMapping> presets) {
        root.setId("mapping-editor");
        root.addClassName("mapping-editor");
        root.add(MappingEditors.heading("How the SurveyMonkey answers become ratings",
                "Each question column with the answers seen. Choose its metric and what each answer scores; "
                        + "columns marked \"Not a rating\" are left out.", layout.notes()));
        List<FileLayout.Column> columns = layout.columns();
        for (FileLayout.Column column : columns) {
            if (column.detail() == null) {
                continue; // respondent columns (ids, dates, custom data) have no sub-label: they are no questions
            }
            var row = new QuestionRow(column.key(), column.label(), column.detail(), column.values(),
                    column.moreValues(), layout.suggested().questions().get(column.key()),
                    choice -> MappingEditors.presetFor(presets, "SurveyMonkey", choice));
            rows.add(row);
            root.add(row);
        }
        var fields = new Div();
        fields.addClassName("mapping-fields");
        agent = new MappingEditors.AgentColumns("surveymonkey", "Agent column", columns, layout.suggested());
        comment = MappingEditors.columnSelect("Comment column", columns, true);
        comment.setId("surveymonkey-comment");
        MappingEditors.select(comment, columns, layout.suggestedComment());
        zone = MappingEditors.zoneBox(layout.suggested().timeZone(), "SurveyMonkey exports times without a zone");
        zone.setId("surveymonkey-zone");
        zone.setRequired(true);
        fields.add(agent.agent, agent.ticket, zone, comment);
        root.add(fields);
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
        @Nullable String agentColumn = agent.agentColumn();
        @Nullable ZoneId chosenZone = MappingEditors.zone(zone);
        if (chosenZone == null) {
            zone.setInvalid(true);
            throw new ValidationException("Choose the time zone the SurveyMonkey times are in.");
        }
        return new MappingEditors.Choice(new FormatMapping(questions, agentColumn, agent.ticketColumn(), null,
                chosenZone, null), comment.getValue() == null ? null : comment.getValue().key());
    }
}
