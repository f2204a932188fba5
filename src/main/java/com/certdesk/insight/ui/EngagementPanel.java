package com.certdesk.insight.ui;

import com.certdesk.base.ui.EstimateText;
import com.certdesk.base.ui.LineChart;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.MyPulse;
import com.certdesk.engagement.WaveView;
import com.certdesk.insight.AgentPerformance;
import com.certdesk.insight.MyEngagement;
import com.certdesk.insight.TrainingEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * "My engagement" on the agent's own My performance page, next to their training: their own engagement index per
 * month on the page's time axis with their certificates marked, and each wave they answered (its own index and eNPS
 * answer) in a table between the certificates they earned. Only {@code MyPerformanceView} builds this, from
 * {@link com.certdesk.insight.PerformanceService#myEngagement()}: the page a manager or HR opens has no such section.
 */
final class EngagementPanel {

    static final String PROMISE = "Only you see your answers.";
    private static final String COLOR = "#7b4fd0";

    private EngagementPanel() {
    }

    static Div of(AgentPerformance performance, MyEngagement engagement, UserFormats formats) {
        var promise = new Paragraph(PROMISE + " Your manager and HR see pulse results only for groups of people, "
                + "never one person's answers.");
        promise.addClassName("pulse-promise");
        promise.setId("my-engagement-promise");
        var box = new Div(new H3("My engagement"), promise);
        box.setId("my-engagement");
        box.addClassName("my-engagement");
        if (engagement.waves().isEmpty()) {
            box.add(empty(engagement));
        } else {
            box.add(chart(performance, engagement, formats), table(performance, engagement, formats));
        }
        if (!engagement.imported().isEmpty()) {
            box.add(imported(engagement, formats));
        }
        return box;
    }

    /** The caller's own scores from an outside engagement tool, as imported by HR. */
    private static NativeTable imported(MyEngagement engagement, UserFormats formats) {
        var table = new NativeTable();
        table.setId("my-imported-scores");
        table.addClassNames("figures-table", "my-engagement-table");
        table.setCaptionText("Your scores from engagement surveys outside Certdesk, as HR imported them.");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("Survey date");
        head.addHeaderCell().setText("Measure");
        head.addHeaderCell().setText("Your score");
        for (var s : engagement.imported()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(formats.date(s.surveyDate()));
            row.addDataCell().setText(s.measure());
            row.addDataCell().setText(String.format(java.util.Locale.ROOT, "%s on %d–%d",
                    new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(
                            java.util.Locale.ROOT)).format(s.score()), s.scaleMin(), s.scaleMax()));
        }
        return table;
    }

    private static Div empty(MyEngagement engagement) {
        var link = new Anchor(EngagementNavigation.ANSWER, "My pulse surveys");
        link.setId("my-pulses-link");
        var text = new Paragraph(engagement.answeredAny()
                ? "You answered no pulse survey in these months. "
                : "You have not answered a pulse survey yet. ");
        text.add(link, new Span(engagement.answeredAny() ? " has your earlier answers."
                : " lists the surveys that asked you."));
        var empty = new Div(text);
        empty.addClassName("empty-state");
        empty.setId("no-engagement");
        return empty;
    }

    /** The page's months with the agent's own index in each month they answered (the mean of several waves). */
    private static Div chart(AgentPerformance performance, MyEngagement engagement, UserFormats formats) {
        Map<Integer, List<MyPulse>> byMonth = new LinkedHashMap<>();
        for (MyPulse pulse : engagement.waves()) {
            int month = performance.monthOf(pulse.wave().opensOn());
            if (month >= 0 && pulse.ownIndex() != null) {
                byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(pulse);
            }
        }
        List<List<String>> labels = new ArrayList<>();
        List<LineChart.Point> points = new ArrayList<>();
        for (int i = 0; i < performance.months().size(); i++) {
            labels.add(List.of(formats.month(performance.months().get(i).start())));
            List<MyPulse> answered = byMonth.getOrDefault(i, List.of());
            if (answered.isEmpty()) {
                points.add(new LineChart.Point(null, null, null, List.of()));
                continue;
            }
            double mean = answered.stream().mapToDouble(p -> ownIndex(p)).average().orElseThrow();
            List<String> tip = new ArrayList<>();
            for (MyPulse p : answered) {
                tip.add(wave(p.wave()) + ": you agreed with " + EstimateText.percent(ownIndex(p)));
                if (p.enps() != null) {
                    tip.add("eNPS answer: " + p.enps() + " of 10");
                }
            }
            points.add(new LineChart.Point(mean, null, null, tip));
        }
        Map<Integer, List<String>> certificates = new LinkedHashMap<>();
        for (TrainingEvent event : certificates(performance)) {
            int month = performance.monthOf(event.day());
            if (month >= 0) {
                certificates.computeIfAbsent(month, m -> new ArrayList<>()).add(event.describe());
            }
        }
        var chart = new LineChart("Your own engagement index per month over the last 12 months, with the "
                + "certificates you earned; the same answers are in the table below.");
        chart.setId("my-engagement-chart");
        chart.show(labels, new LineChart.Axis(0, 100, 20, "%"),
                List.of(new LineChart.Series("Your engagement index", COLOR, "transparent", false, points)),
                certificates.entrySet().stream().map(e -> new LineChart.Marker(e.getKey(), e.getValue())).toList(),
                "Certificates");
        var heading = new H3("Engagement index per month");
        heading.addClassName("performance-chart-title");
        var meaning = new Span("share of the pulse statements you agreed with");
        meaning.addClassName("muted");
        var box = new Div(heading, meaning, chart);
        box.addClassNames("performance-chart", "my-engagement-chart");
        return box;
    }

    /** One row per wave answered and per certificate earned in the page's months, the earliest first. */
    private static Div table(AgentPerformance performance, MyEngagement engagement, UserFormats formats) {
        var table = new NativeTable();
        table.setId("my-engagement-table");
        table.addClassNames("figures-table", "my-engagement-table");
        table.setCaptionText("Each pulse survey you answered, between the certificates you earned. Your eNPS "
                + "answer is how likely you said you would recommend working here, from 0 to 10.");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("When");
        head.addHeaderCell().setText("What");
        head.addHeaderCell().setText("Your index");
        head.addHeaderCell().setText("Your eNPS answer");
        List<Row> rows = new ArrayList<>();
        engagement.waves().forEach(p -> rows.add(new Row(p.wave().opensOn(), 1, p, null)));
        certificates(performance).forEach(e -> rows.add(new Row(e.day(), 0, null, e)));
        rows.sort(Comparator.comparing(Row::day).thenComparingInt(Row::order));
        for (Row r : rows) {
            NativeTableRow row = table.getBody().addRow();
            MyPulse pulse = r.pulse();
            TrainingEvent event = r.event();
            if (pulse != null) {
                String when = formats.date(pulse.wave().opensOn()) + " – " + formats.date(pulse.wave().closesOn());
                row.addDataCell().setText(when);
                NativeTableCell name = row.addDataCell();
                name.add(new Anchor(EngagementNavigation.answer(pulse.wave().id()), wave(pulse.wave())),
                        inlineWhen(when));
                if (pulse.wave().open()) {
                    var open = new Span("Open: you can still change your answers");
                    open.addClassNames("muted", "small");
                    name.add(new Div(open));
                }
                row.addDataCell().setText(pulse.ownIndex() == null ? "—" : EstimateText.percent(ownIndex(pulse)));
                row.addDataCell().setText(pulse.enps() == null ? "—" : pulse.enps() + " of 10");
                row.addClassName("engagement-wave-row");
            } else if (event != null) {
                String when = formats.date(event.day());
                row.addDataCell().setText(when);
                NativeTableCell what = row.addDataCell();
                what.add(new Span(event.describe()), inlineWhen(when));
                what.setColspan(3);
                row.addClassName("engagement-training-row");
            }
        }
        var scroller = new Div(table);
        scroller.addClassName("figures-table-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", "Your pulse answers as a table");
        return scroller;
    }

    /** The "When" column again, under the name: a phone hides that column (styles.css) to give the names room. */
    private static Div inlineWhen(String when) {
        var inline = new Div(new Span(when));
        inline.addClassNames("inline-when", "muted", "small");
        inline.getElement().setAttribute("aria-hidden", "true");
        return inline;
    }

    private static List<TrainingEvent> certificates(AgentPerformance performance) {
        return performance.events().stream().filter(e -> e.kind() == TrainingEvent.Kind.CERTIFICATE_ISSUED).toList();
    }

    /** "Service team pulse · wave 3". */
    private static String wave(WaveView wave) {
        return wave.surveyTitle() + " · wave " + wave.ordinal();
    }

    private static double ownIndex(MyPulse pulse) {
        Double index = pulse.ownIndex();
        return index == null ? Double.NaN : index;
    }

    /** A wave answered (order 1) or a certificate earned (order 0: on the same day it comes first). */
    private record Row(java.time.LocalDate day, int order, @Nullable MyPulse pulse, @Nullable TrainingEvent event) {
    }
}
