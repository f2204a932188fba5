package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.BoundedUpload.ReceivedFile;
import com.certdesk.feedback.FeedbackFiles;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FileLayout;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.QuestionMapping;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;


/**
 * The mapping editors of vendor files (how their questions become ratings), shown after the upload, built from a
 * look at the file ({@link FeedbackFiles#inspect}) and filled with its suggestions; and the readers of the uploaded
 * files with the administrator's choice ({@link FeedbackFiles#open}).
 */
@org.springframework.stereotype.Component
class MappingEditors implements ReaderOpener {

    /** What the administrator chose: the mapping, and the column holding the customer's comment (or none). */
    record Choice(FormatMapping mapping, @Nullable String commentColumn) {

        static final Choice NONE = new Choice(FormatMapping.NONE, null);
    }

    /** One editor on the page: its component, and the choice made (ValidationException while incomplete). */
    interface Editor {
        com.vaadin.flow.component.Component component();

        Choice choice();
    }

    private final FeedbackFiles files;

    MappingEditors(FeedbackFiles files) {
        this.files = files;
    }

    static List<ImportFile> importFiles(List<ReceivedFile> received) {
        return received.stream().map(f -> new ImportFile(f.fileName(), f.path())).toList();
    }

    @Override
    public com.certdesk.feedback.RatingReader open(FeedbackFormat format, List<ReceivedFile> received, Choice choice) {
        return files.open(format, choice.mapping(), choice.commentColumn(), importFiles(received));
    }

    /**
     * The editor for these files, or null for formats that say everything themselves (canonical, Zendesk).
     *
     * @throws ValidationException when the file is not of this format at all
     */
    @Nullable Editor editorFor(FeedbackFormat format, List<ReceivedFile> received) {
        return switch (format) {
            case CANONICAL_CSV, ZENDESK_JSON, ZENDESK_CSV -> null;
            case FRESHDESK_JSON -> new FreshdeskEditor(files.inspect(format, importFiles(received)),
                    files.presetScales());
            case QUALTRICS_CSV -> new QualtricsEditor(files.inspect(format, importFiles(received)));
            case SURVEYMONKEY_CSV -> new SurveyMonkeyEditor(files.inspect(format, importFiles(received)),
                    files.presetScales());
        };
    }

    /** The default scores of a vendor's scale: the preset of that vendor with that metric and scale, else none. */
    static Map<String, Integer> presetFor(Map<String, QuestionMapping> presets, String vendor, ScaleChoice choice) {
        return presets.entrySet().stream().filter(e -> e.getKey().startsWith(vendor))
                .map(Map.Entry::getValue)
                .filter(q -> q.metric() == choice.metric() && q.scaleMin() == choice.min()
                        && q.scaleMax() == choice.max())
                .findFirst().map(QuestionMapping::values).orElse(Map.of());
    }

    /**
     * The columns that say whose rating a row is: the agent column, or the ticket column alone (the agent is then the
     * one the helpdesk's own rating of that ticket names, {@link FeedbackFormat#agentFromTicket()}). Survey tools often
     * know only the ticket. At least one of the two is required.
     */
    static final class AgentColumns {

        final Select<FileLayout.Column> agent;
        final Select<FileLayout.Column> ticket;

        AgentColumns(String idPrefix, String agentLabel, List<FileLayout.Column> columns, FormatMapping suggested) {
            agent = columnSelect(agentLabel, columns, true);
            agent.setId(idPrefix + "-agent");
            agent.setHelperText("Or none: the ticket column then finds the agent");
            select(agent, columns, suggested.agentColumn());
            ticket = columnSelect("Ticket column", columns, true);
            ticket.setId(idPrefix + "-ticket");
            ticket.setHelperText("For a row naming no agent: the agent of the helpdesk's rating of this ticket");
            select(ticket, columns, suggested.ticketColumn());
        }

        /** The chosen agent column (null: none), after checking that the agent can be found at all. */
        @Nullable String agentColumn() {
            if (agent.getValue() == null && ticket.getValue() == null) {
                agent.setInvalid(true);
                agent.setErrorMessage("Choose the agent column or the ticket column");
                throw new ValidationException("Choose the column that names the agent, or the ticket column: the "
                        + "agent is then the one the helpdesk's rating of the same ticket names (import the "
                        + "helpdesk's ratings first).");
            }
            agent.setInvalid(false);
            return agent.getValue() == null ? null : agent.getValue().key();
        }

        @Nullable String ticketColumn() {
            return ticket.getValue() == null ? null : ticket.getValue().key();
        }
    }

    static Div heading(String title, String help, List<String> notes) {
        var box = new Div(new H3(title));
        var text = new Paragraph(help);
        text.addClassName("muted");
        box.add(text);
        if (!notes.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("mapping-notes");
            notes.forEach(n -> list.add(new ListItem(n)));
            box.add(list);
        }
        return box;
    }

    static Select<FileLayout.Column> columnSelect(String label, List<FileLayout.Column> columns, boolean optional) {
        var select = new Select<FileLayout.Column>();
        select.setLabel(label);
        select.setItems(columns);
        select.setItemLabelGenerator(c -> c == null ? "None" : columnLabel(c));
        if (optional) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("None");
        }
        return select;
    }

    static String columnLabel(FileLayout.Column c) {
        String label = c.label().equals(c.key()) ? c.key() : c.key() + " — " + c.label();
        return label.length() > 90 ? label.substring(0, 89) + "…" : label;
    }

    static void select(Select<FileLayout.Column> select, List<FileLayout.Column> columns, @Nullable String key) {
        if (key != null) {
            columns.stream().filter(c -> c.key().equals(key)).findFirst().ifPresent(select::setValue);
        }
    }

    static ComboBox<String> zoneBox(@Nullable ZoneId preset, String helper) {
        var zone = new ComboBox<String>("Time zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setAllowCustomValue(false);
        zone.setHelperText(helper);
        if (preset != null) {
            zone.setValue(preset.getId());
        }
        return zone;
    }

    static @Nullable ZoneId zone(ComboBox<String> box) {
        String value = box.getValue();
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
