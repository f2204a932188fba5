package com.certdesk.insight.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.insight.AgentPerformance;
import com.certdesk.insight.TrainingEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The charts' figures as a table, for screen readers and for anyone who prefers numbers: one row per month with
 * each measure's value, interval and n ("too few responses" below the minimum), the team's value, and the training
 * events of that month.
 */
final class FiguresTable {

    private FiguresTable() {
    }

    static Div of(AgentPerformance performance, String who, UserFormats formats) {
        var table = new NativeTable();
        table.setId("performance-table");
        table.addClassName("figures-table");
        table.setCaptionText("CSAT, NPS and CES per month for " + who + ", with the team's figure and training events");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Month");
        for (Measure measure : Measure.values()) {
            head.addHeaderCell().setText(measure.label());
        }
        head.addHeaderCell().setText("Training");
        List<PeriodFigures> months = performance.months();
        boolean withTeam = performance.teamMonths().size() == months.size();
        for (int i = 0; i < months.size(); i++) {
            PeriodFigures month = months.get(i);
            NativeTableRow row = table.getBody().addRow();
            var monthCell = row.addHeaderCell();
            monthCell.setText(formats.month(month.start()));
            monthCell.getElement().setAttribute("scope", "row");
            for (Measure measure : Measure.values()) {
                NativeTableCell cell = row.addDataCell();
                var mine = new Span(FigureText.full(month.of(measure)));
                cell.add(new Div(mine));
                if (withTeam) {
                    var team = new Span("Team: " + FigureText.value(performance.teamMonths().get(i).of(measure)));
                    team.addClassName("muted");
                    cell.add(new Div(team));
                }
            }
            NativeTableCell training = row.addDataCell();
            performance.events().stream()
                    .filter(e -> !e.day().isBefore(month.start()) && e.day().isBefore(month.end()))
                    .map(TrainingEvent::describe).forEach(text -> training.add(new Div(new Span(text))));
        }
        var scroller = new Div(table);
        scroller.addClassName("figures-table-scroller");
        // a wide table scrolls inside its box on phones; the box takes keyboard focus so it can be scrolled too
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", "Figures per month as a table");
        return scroller;
    }
}
