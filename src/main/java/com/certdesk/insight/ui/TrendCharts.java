package com.certdesk.insight.ui;

import com.certdesk.base.ui.LineChart;
import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.PeriodFigures;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The team's CSAT, NPS and CES per month over the last twelve months, each a line with its 95% interval as a band
 * and n under each month; months with too few responses leave a gap. The same figures as a table for screen readers.
 */
class TrendCharts extends Div {

    private static final Map<Measure, LineChart.Axis> AXES = Map.of(
            Measure.CSAT, new LineChart.Axis(0, 100, 20, "%"),
            Measure.NPS, new LineChart.Axis(-100, 100, 50, ""),
            Measure.CES, new LineChart.Axis(1, 7, 1, ""));
    private static final Map<Measure, String> COLORS = Map.of(Measure.CSAT, "#1676f3", Measure.NPS, "#2e7d32",
            Measure.CES, "#b26a00");
    private static final Map<Measure, String> BANDS = Map.of(Measure.CSAT, "rgba(22,118,243,0.15)",
            Measure.NPS, "rgba(46,125,50,0.15)", Measure.CES, "rgba(178,106,0,0.15)");

    private final Map<Measure, LineChart> charts = new EnumMap<>(Measure.class);
    private final Details table = new Details("The trend as a table");

    TrendCharts() {
        addClassName("trend-charts");
        setId("trend-charts");
        var heading = new H3("Last 12 months");
        var grid = new Div();
        grid.addClassName("trend-grid");
        for (Measure measure : Measure.values()) {
            var chart = new LineChart("Team " + measure.label() + " per month with its 95% interval");
            chart.setId("trend-" + measure.name().toLowerCase(Locale.ROOT));
            charts.put(measure, chart);
            var title = new H3(measure.label());
            title.addClassName("trend-title");
            var box = new Div(title, chart);
            box.addClassName("trend-box");
            grid.add(box);
        }
        table.setId("trend-table");
        table.addClassName("trend-table");
        add(heading, grid, table);
    }

    void show(List<PeriodFigures> months) {
        for (Measure measure : Measure.values()) {
            List<List<String>> labels = new ArrayList<>();
            List<LineChart.Point> points = new ArrayList<>();
            for (PeriodFigures month : months) {
                Figure figure = month.of(measure);
                labels.add(List.of(FigureText.month(month.start()), FigureText.n(figure)));
                List<String> tip = figure.enough()
                        ? List.of(measure.label() + ": " + FigureText.value(figure),
                                "95% interval " + FigureText.interval(figure), FigureText.n(figure))
                        : List.of(measure.label() + ": " + FigureText.TOO_FEW, FigureText.n(figure));
                points.add(new LineChart.Point(figure.value(), figure.low(), figure.high(), tip));
            }
            var series = new LineChart.Series("Team " + measure.label(), COLORS.get(measure), BANDS.get(measure),
                    false, points);
            charts.get(measure).show(labels, AXES.get(measure), List.of(series), List.of(), "Training");
        }
        table.removeAll();
        table.add(table(months));
    }

    private static NativeTable table(List<PeriodFigures> months) {
        var result = new NativeTable();
        result.setCaptionText("Team figures per month (value, 95% interval, n)");
        NativeTableRow head = result.getHead().addRow();
        head.addHeaderCell().setText("Month");
        for (Measure measure : Measure.values()) {
            head.addHeaderCell().setText(measure.label());
        }
        for (PeriodFigures month : months) {
            NativeTableRow row = result.getBody().addRow();
            row.addHeaderCell().setText(FigureText.month(month.start()));
            for (Measure measure : Measure.values()) {
                Figure figure = month.of(measure);
                row.addDataCell().setText(FigureText.compact(figure) + ", " + FigureText.n(figure));
            }
        }
        return result;
    }
}
