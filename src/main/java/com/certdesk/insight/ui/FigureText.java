package com.certdesk.insight.ui;

import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.ReportPeriod;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How the dashboard writes figures, once: CSAT as a percentage, NPS as signed points, CES as a mean on 1-7, each
 * interval as "low–high", changes in points (never a percentage of a percentage), and "too few responses" instead
 * of any number below the minimum.
 */
final class FigureText {

    static final String TOO_FEW = "too few responses";
    static final String NO_COMPARISON = "no comparison";

    private FigureText() {
    }

    /** "81.6%", "+20", "5.3", or "too few responses". */
    static String value(Figure figure) {
        return figure.value() == null ? TOO_FEW : number(figure.measure(), figure.value());
    }

    /** "95% interval 58.4–91.9%", or empty when there is no number. */
    static String interval(Figure figure) {
        if (figure.value() == null || figure.low() == null || figure.high() == null) {
            return "";
        }
        return number(figure.measure(), figure.low()) + " – " + number(figure.measure(), figure.high());
    }

    /** "81.6% (74.0 – 88.0%)" for a table cell, or "too few" when below the minimum. */
    static String compact(Figure figure) {
        if (figure.value() == null) {
            return "too few";
        }
        String interval = interval(figure);
        return interval.isEmpty() ? value(figure) : value(figure) + " (" + interval + ")";
    }

    /** "n = 42" */
    static String n(Figure figure) {
        return "n = " + figure.n();
    }

    /** "+3.2 pts", "−0.30", or "no comparison". */
    static String change(Measure measure, @Nullable Double points) {
        if (points == null) {
            return NO_COMPARISON;
        }
        String sign = points > 0.0005 ? "+" : points < -0.0005 ? "−" : "±";
        double size = Math.abs(points);
        return switch (measure) {
            case CSAT, NPS -> sign + String.format(Locale.ROOT, "%.1f", size) + " pts";
            case CES -> sign + String.format(Locale.ROOT, "%.2f", size);
        };
    }

    private static String number(Measure measure, double value) {
        return switch (measure) {
            case CSAT -> String.format(Locale.ROOT, "%.1f%%", value);
            case NPS -> (value > 0.05 ? "+" : value < -0.05 ? "−" : "")
                    + String.format(Locale.ROOT, "%.1f", Math.abs(value));
            case CES -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    /** "November 2026", "Week 48 of 2026 (23 Nov – 29 Nov)", "Q4 2026". */
    static String period(ReportPeriod period) {
        var start = period.start();
        return switch (period.granularity()) {
            case MONTH -> start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + start.getYear();
            case QUARTER -> "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + start.getYear();
            case WEEK -> {
                var last = period.end().minusDays(1);
                yield "Week " + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of "
                        + start.get(IsoFields.WEEK_BASED_YEAR) + " (" + dayMonth(start) + " – " + dayMonth(last) + ")";
            }
        };
    }

    /** "the previous month", "the previous week", "the previous quarter". */
    static String previous(ReportPeriod period) {
        return "the previous " + period.granularity().name().toLowerCase(Locale.ROOT);
    }

    /** "Nov 2026": a trend chart's month label. */
    static String month(java.time.LocalDate start) {
        return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear();
    }

    private static String dayMonth(java.time.LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
