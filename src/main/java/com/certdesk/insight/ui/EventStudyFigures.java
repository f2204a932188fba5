package com.certdesk.insight.ui;

import com.certdesk.base.ui.CallerDownloads;
import com.certdesk.base.ui.LineChart;
import com.certdesk.insight.TrainingImpact;
import com.certdesk.insight.TrainingImpact.MonthEffect;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The month-by-month view of an impact estimate, as the Training impact page and a planned evaluation's registered
 * analysis show it: the two groups' changes on one chart, the effect by month with its intervals, the same figures as
 * a table, and the figures as CSV.
 */
final class EventStudyFigures {

    private EventStudyFigures() {
    }

    /** The heading, both charts, the table and the download, in one block. */
    static Component of(TrainingImpact r) {
        var box = new Div(new H2("Month by month around certification"), groups(r), chart(r), table(r), download(r));
        box.addClassName("event-study");
        return box;
    }

    /** The two groups' own changes since the month before certification, on one chart. */
    static LineChart groups(TrainingImpact r) {
        var chart = new LineChart("How " + r.measure().label() + " of certified agents and of agents not yet "
                + "certified changed, month by month, from the month before certification; the effect is the gap");
        chart.setId("impact-groups-chart");
        List<List<String>> labels = new ArrayList<>();
        List<LineChart.Point> certified = new ArrayList<>();
        List<LineChart.Point> comparison = new ArrayList<>();
        double lo = 0;
        double hi = 0;
        for (MonthEffect m : r.eventStudy()) {
            labels.add(List.of(monthLabel(m.month())));
            certified.add(point(m.certifiedChange(), "certified agents"));
            comparison.add(point(m.comparisonChange(), "not yet certified"));
            for (Double v : new Double[] {m.certifiedChange(), m.comparisonChange()}) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double step = niceStep(hi - lo);
        chart.show(labels, new LineChart.Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step, ""),
                List.of(new LineChart.Series("Certified agents: change since the month before", "#1676f3",
                        "rgba(0, 0, 0, 0)", false, certified), new LineChart.Series("Not yet certified, same "
                                + "months", "#6b7280", "rgba(0, 0, 0, 0)", false, comparison)), List.of(), "");
        return chart;
    }

    private static LineChart.Point point(Double value, String who) {
        return value == null ? new LineChart.Point(null, null, null, List.of("too few ratings this month"))
                : new LineChart.Point(value, null, null, List.of(who + ": " + signed(value)));
    }

    static LineChart chart(TrainingImpact r) {
        var chart = new LineChart("The effect on " + r.measure().label() + " by month relative to certification, "
                + "with 95% intervals; the table below gives the same figures");
        chart.setId("impact-chart");
        List<List<String>> labels = new ArrayList<>();
        List<LineChart.Point> points = new ArrayList<>();
        double lo = 0;
        double hi = 0;
        for (MonthEffect m : r.eventStudy()) {
            labels.add(List.of(monthLabel(m.month()), m.month() == -1 ? "reference" : m.effect() == null ? "too few"
                    : m.treated() + " cert."));
            if (m.effect() == null) {
                points.add(new LineChart.Point(null, null, null, List.of("too few ratings this month")));
            } else {
                lo = Math.min(lo, m.effect().low());
                hi = Math.max(hi, m.effect().high());
                points.add(new LineChart.Point(m.effect().points(), m.effect().low(), m.effect().high(),
                        List.of(signed(m.effect().points()) + " (95% interval " + signed(m.effect().low()) + " to "
                                + signed(m.effect().high()) + ")")));
            }
        }
        double step = niceStep(hi - lo);
        chart.show(labels, new LineChart.Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step, ""),
                List.of(new LineChart.Series("Effect of certification", "#1676f3", "rgba(22, 118, 243, 0.15)",
                        false, points)), List.of(), "");
        return chart;
    }

    static Grid<MonthEffect> table(TrainingImpact r) {
        var grid = new Grid<MonthEffect>();
        grid.setId("impact-table");
        // cells wrap and columns share the width, so the table fits a phone (390 px) without scrolling sideways
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> monthLabel(m.month())).setHeader("Month").setWidth("5.5rem").setFlexGrow(2);
        grid.addColumn(m -> m.month() == -1 ? "0 (reference)" : m.effect() == null ? "too few ratings"
                : signed(m.effect().points())).setHeader("Effect").setWidth("4.5rem").setFlexGrow(1);
        grid.addColumn(m -> m.effect() == null || m.month() == -1 ? "" : signed(m.effect().low()) + " to "
                + signed(m.effect().high())).setHeader("95% interval").setWidth("5.5rem").setFlexGrow(2);
        grid.addColumn(m -> m.month() == -1 ? "" : m.treated() + " / " + m.controls()).setHeader(wrapping("Agents (certified / not yet)"))
                .setWidth("5.5rem").setFlexGrow(2);
        grid.setItems(r.eventStudy());
        return grid;
    }

    static Anchor download(TrainingImpact r) {
        var link = CallerDownloads.textFile("Download the figures (CSV)", "text/csv;charset=UTF-8",
                () -> ImpactCsv.fileName(r), () -> ImpactCsv.write(r));
        link.setId("impact-download");
        return link;
    }

    /** A column header that wraps onto two lines instead of being cut on a phone. */
    private static Span wrapping(String text) {
        var header = new Span(text);
        header.getStyle().set("white-space", "normal");
        return header;
    }

    static String monthLabel(int month) {
        if (month == 0) {
            return "month of certification";
        }
        String months = Math.abs(month) + (Math.abs(month) == 1 ? " month" : " months");
        return month < 0 ? months + " before" : months + " after";
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, value > 0.05 ? "+%.1f" : value < -0.05 ? "\u2212%.1f" : "%.1f",
                Math.abs(value));
    }

    private static double niceStep(double range) {
        double raw = Math.max(range, 1) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (raw <= m * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
