package com.certdesk.feedback.ui;

import com.certdesk.feedback.ImportCheck;
import com.certdesk.feedback.ImportCheck.LineProblem;
import com.certdesk.feedback.ImportCheck.UnknownAgent;
import com.certdesk.feedback.Metric;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/**
 * What a checked file holds, before anything is stored: the counts, every problem with its line (nothing is imported
 * while any row is bad), the agents Certdesk does not know with the choice to skip their ratings, and Import /
 * Discard. Everything taken from the file (names, reasons, agent ids) is shown as plain text.
 */
final class PreviewPanel extends Div {

    static final String BAD_ROWS = "Nothing is imported while any row is bad; fix the file and upload it again.";

    private final ImportCheck check;
    private final Button importButton = new Button();
    private final Checkbox skipUnknown = new Checkbox();
    private final Paragraph whyNot = new Paragraph();

    /**
     * @param onImport called with the skip choice when Import is clicked
     * @param onDiscard called when Discard is clicked
     * @param onMapAgent called when the administrator maps one of the unknown agents to a user
     */
    PreviewPanel(ImportCheck check, Consumer<Boolean> onImport, Runnable onDiscard, Consumer<UnknownAgent> onMapAgent) {
        this.check = check;
        setId("feedback-preview");
        addClassName("feedback-preview");
        var title = new H3("Preview: nothing is stored yet");
        var file = new Paragraph(new Span(FormatLabels.shortLabel(check.format())), new Span(": "),
                new Span(check.description()));
        file.setId("preview-file");
        file.addClassName("muted");
        add(title, file, counts());
        if (!check.importable()) {
            add(problems());
        }
        if (check.unknownAgentRatings() > 0) {
            add(unknownAgents(onMapAgent));
        }
        add(actions(onImport, onDiscard));
    }

    private Div counts() {
        var box = new Div();
        box.setId("preview-counts");
        box.addClassName("feedback-counts");
        box.add(count("Rows read", check.rowsRead(), "rows-read"));
        box.add(count("Ratings found", check.ratingsFound(), "ratings-found"));
        for (Metric metric : Metric.values()) {
            long n = check.ratingsPerMetric().getOrDefault(metric, 0L);
            if (n > 0) {
                box.add(count(metricLabel(metric), n, "metric-" + metric.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        if (check.notRatings() > 0) {
            box.add(count("Not ratings (e.g. survey offered)", check.notRatings(), "not-ratings"));
        }
        box.add(count("Already stored (skipped)", check.duplicates(), "duplicates"));
        if (check.unknownAgentRatings() > 0) {
            box.add(count("Of unknown agents", check.unknownAgentRatings(), "unknown-ratings"));
        }
        var fresh = count("New ratings", check.newRatings(), "new-ratings");
        if (check.importable() && check.newRatings() > 0) {
            fresh.addClassName("feedback-count-good");
        }
        box.add(fresh);
        if (check.problemCount() > 0) {
            box.add(count("Problems", check.problemCount(), "problem-count"));
        }
        return box;
    }

    static String metricLabel(Metric metric) {
        return switch (metric) {
            case CSAT -> "CSAT ratings";
            case CSAT_BINARY -> "CSAT good/bad ratings";
            case NPS -> "NPS ratings";
            case CES -> "CES ratings";
        };
    }

    private static Div count(String label, long value, String id) {
        var number = new Span(String.format(java.util.Locale.ROOT, "%,d", value));
        number.addClassName("feedback-count-value");
        var text = new Span(label);
        text.addClassName("feedback-count-label");
        var item = new Div(number, text);
        item.setId("count-" + id);
        item.addClassName("feedback-count");
        return item;
    }

    private Div problems() {
        var box = new Div();
        box.setId("preview-problems");
        box.addClassName("feedback-problems");
        long total = check.problemCount();
        var heading = new H4(VaadinIcon.WARNING.create(), new Span(total == 1 ? "1 problem" : String.format(
                java.util.Locale.ROOT, "%,d problems", total)));
        var listed = new Paragraph(check.problems().size() < total
                ? "The first " + check.problems().size() + " are listed below; fix them all and upload the file again."
                : "Each is listed below with its line in the file.");
        listed.addClassName("muted");
        var grid = new Grid<LineProblem>();
        grid.setId("problems-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LineProblem::line).setHeader("Line").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(LineProblem::reason).setHeader("Reason").setFlexGrow(1);
        grid.setItems(check.problems());
        grid.setAllRowsVisible(check.problems().size() <= 8);
        if (check.problems().size() > 8) {
            grid.setHeight("18em");
        }
        box.add(heading, listed, grid);
        return box;
    }

    private Div unknownAgents(Consumer<UnknownAgent> onMapAgent) {
        var box = new Div();
        box.setId("preview-unknown-agents");
        box.addClassName("feedback-unknown");
        int agents = check.unknownAgents().size();
        var heading = new H4(agents + (agents >= ImportCheck.UNKNOWN_AGENTS_LISTED ? " or more" : "")
                + (agents == 1 ? " agent" : " agents") + " Certdesk does not know");
        boolean tickets = check.unknownAgents().stream().anyMatch(UnknownAgent::ticket);
        var help = new Paragraph("Map an agent id to a Certdesk user (then the file is checked again), or import the "
                + "rest and skip these ratings." + (tickets ? " A ticket is listed when no other source has rated "
                + "it yet: import the helpdesk's ratings of those tickets first, then check this file again." : ""));
        help.addClassName("muted");
        var grid = new Grid<UnknownAgent>();
        grid.setId("unknown-agents-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(UnknownAgent::sourceSystem).setHeader("Source").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnknownAgent::agent).setHeader("Agent id or e-mail").setFlexGrow(1);
        grid.addColumn(UnknownAgent::ratings).setHeader("Ratings").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(agent -> {
            if (agent.ticket()) {
                var hint = new Span("not rated by the helpdesk yet");
                hint.addClassName("muted");
                return hint;
            }
            var map = new Button("Map to user…", e -> onMapAgent.accept(agent));
            map.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            map.addClassName("map-agent");
            return map;
        }).setHeader("").setKey("map").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(check.unknownAgents());
        grid.setAllRowsVisible(agents <= 8);
        if (agents > 8) {
            grid.setHeight("18em");
        }
        box.add(heading, help, grid);
        return box;
    }

    private Div actions(Consumer<Boolean> onImport, Runnable onDiscard) {
        var box = new Div();
        box.addClassName("feedback-actions");
        importButton.setId("feedback-import");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setDisableOnClick(true);
        importButton.addClickListener(e -> onImport.accept(skipUnknown.getValue()));
        var discard = new Button("Discard", e -> onDiscard.run());
        discard.setId("feedback-discard");
        whyNot.setId("import-why-not");
        whyNot.addClassName("feedback-why-not");
        if (check.unknownAgentRatings() > 0 && check.importable()) {
            int agents = check.unknownAgents().size();
            skipUnknown.setId("skip-unknown");
            skipUnknown.setLabel("Import the rest and skip the " + check.unknownAgentRatings() + " rating"
                    + (check.unknownAgentRatings() == 1 ? "" : "s") + " of the " + agents + " unknown agent"
                    + (agents == 1 ? "" : "s"));
            skipUnknown.addValueChangeListener(e -> update());
            box.add(skipUnknown);
        }
        var buttons = new Div(importButton, discard);
        buttons.addClassName("toolbar");
        box.add(whyNot, buttons);
        update();
        return box;
    }

    private void update() {
        long toStore = check.newRatings();
        importButton.setText("Import " + String.format(java.util.Locale.ROOT, "%,d", toStore) + " new rating"
                + (toStore == 1 ? "" : "s"));
        if (!check.importable()) {
            importButton.setEnabled(false);
            whyNot.setText(BAD_ROWS);
        } else if (check.unknownAgentRatings() > 0 && !skipUnknown.getValue()) {
            importButton.setEnabled(false);
            whyNot.setText("Some ratings name agents Certdesk does not know: map them to users above, or choose to "
                    + "skip their ratings.");
        } else {
            importButton.setEnabled(true);
            whyNot.setText(toStore == 0 ? "Nothing new: every rating in this file is already stored. Importing "
                    + "records the batch and adds no rating." : "");
        }
        whyNot.setVisible(!whyNot.getText().isEmpty());
    }

    /** Shown while the import runs, so a second click cannot start another. */
    void importing(boolean running) {
        if (running) {
            importButton.setEnabled(false);
            skipUnknown.setEnabled(false);
        } else {
            skipUnknown.setEnabled(true);
            update();
        }
    }

    ImportCheck check() {
        return check;
    }
}
