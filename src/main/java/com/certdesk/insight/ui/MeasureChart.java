package com.certdesk.insight.ui;

import com.certdesk.base.ui.LineChart;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.insight.AgentPerformance;
import com.certdesk.insight.TrainingEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One measure's monthly trend for an agent: their line with its 95% band and n under each month, gaps where there
 * were too few responses, the team's line faint for comparison, and the agent's training events as markers.
 */
final class MeasureChart {

    private static final String AGENT_COLOR = "#1676f3";
    private static final String AGENT_BAND = "rgba(22, 118, 243, 0.16)";
    private static final String TEAM_COLOR = "#8a94a6";

    private MeasureChart() {
    }

    static Div of(Measure measure, AgentPerformance performance, String who, UserFormats formats) {
        var heading = new H3(measure.label() + " per month");
        heading.addClassName("performance-chart-title");
        var meaning = new Span(measure.meaning());
        meaning.addClassName("muted");
        var chart = new LineChart(measure.label() + " per month for " + who + " over the last 12 months; "
                + "the same figures are in the table below.");
        chart.setId("chart-" + measure.name().toLowerCase());
        chart.show(labels(measure, performance, formats), axis(measure), series(measure, performance, who),
                markers(performance), "Training events");
        var box = new Div(heading, meaning, chart);
        box.addClassName("performance-chart");
        return box;
    }

    static LineChart.Axis axis(Measure measure) {
        return switch (measure) {
            case CSAT -> new LineChart.Axis(0, 100, 20, "%");
            case NPS -> new LineChart.Axis(-100, 100, 50, "");
            case CES -> new LineChart.Axis(1, 7, 1, "");
        };
    }

    private static List<List<String>> labels(Measure measure, AgentPerformance performance, UserFormats formats) {
        return performance.months().stream()
                .map(p -> List.of(formats.month(p.start()), "n " + p.of(measure).n())).toList();
    }

    private static List<LineChart.Series> series(Measure measure, AgentPerformance performance, String who) {
        List<LineChart.Series> series = new ArrayList<>();
        series.add(new LineChart.Series(who, AGENT_COLOR, AGENT_BAND, false,
                points(measure, performance.months(), who, true)));
        if (!performance.teamMonths().isEmpty() && performance.teamMonths().size() == performance.months().size()) {
            String team = "Team " + performance.teamName();
            series.add(new LineChart.Series(team, TEAM_COLOR, "transparent", true,
                    points(measure, performance.teamMonths(), team, false)));
        }
        return series;
    }

    private static List<LineChart.Point> points(Measure measure, List<PeriodFigures> months, String who,
            boolean withBand) {
        return months.stream().map(p -> {
            Figure f = p.of(measure);
            List<String> tip = f.enough()
                    ? List.of(who + ": " + FigureText.value(f), FigureText.interval(f), FigureText.n(f))
                    : List.of(who + ": " + FigureText.TOO_FEW + " (" + FigureText.n(f) + ")");
            return new LineChart.Point(f.value(), withBand ? f.low() : null, withBand ? f.high() : null, tip);
        }).toList();
    }

    /** One marker per month with events, naming each of them. */
    private static List<LineChart.Marker> markers(AgentPerformance performance) {
        Map<Integer, List<String>> byMonth = new LinkedHashMap<>();
        for (TrainingEvent event : performance.events()) {
            int month = performance.monthOf(event.day());
            if (month >= 0) {
                byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(event.describe());
            }
        }
        return byMonth.entrySet().stream().map(e -> new LineChart.Marker(e.getKey(), e.getValue())).toList();
    }
}
