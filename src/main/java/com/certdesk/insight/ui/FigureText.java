package com.certdesk.insight.ui;

import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.ReportPeriod;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Feedback figures as people read them, written once for every insight page: CSAT as a whole percentage, NPS as a
 * signed whole number, CES with one decimal (more digits than that would claim a precision the intervals deny);
 * the 95% interval in the same unit; changes in points (never a percentage of a percentage); "too few responses"
 * instead of any number below the minimum n.
 */
final class FigureText {

    static final String TOO_FEW = "too few responses";
    static final String NO_COMPARISON = "no comparison";

    /** What the CSAT figure means, whichever survey scale the ratings came from. */
    static final String CSAT_NORMALISATION = "CSAT combines 1-5, 1-3 and good/bad surveys as the share of satisfied "
            + "customers: top two boxes of five, top box of three, good.";

    private FigureText() {
    }

    /** "80%", "+20", "5.4", or "too few responses". */
    static String value(Figure figure) {
        Double value = figure.value();
        return value == null ? TOO_FEW : number(figure.measure(), value) + unit(figure.measure());
    }

    /** "95% interval 58 to 92%", or "" when there is no number. */
    static String interval(Figure figure) {
        Double low = figure.low();
        Double high = figure.high();
        if (figure.value() == null || low == null || high == null) {
            return "";
        }
        return "95% interval " + number(figure.measure(), low) + " to " + number(figure.measure(), high)
                + unit(figure.measure());
    }

    /** "80% (58–92)" for a narrow table cell, or "too few" when below the minimum. */
    static String compact(Figure figure) {
        Double low = figure.low();
        Double high = figure.high();
        if (figure.value() == null) {
            return "too few";
        }
        if (low == null || high == null) {
            return value(figure);
        }
        return value(figure) + " (" + number(figure.measure(), low) + "–" + number(figure.measure(), high) + ")";
    }

    /** "n = 20". */
    static String n(Figure figure) {
        return "n = " + figure.n();
    }

    /** Everything in one line, for tables and screen readers: "80% (95% interval 58 to 92%), n = 20". */
    static String full(Figure figure) {
        if (!figure.enough()) {
            return TOO_FEW + " (n = " + figure.n() + ", at least " + figure.minimum() + " needed)";
        }
        return value(figure) + " (" + interval(figure) + "), " + n(figure);
    }

    /** "+3 pts", "−0.3", or "no comparison". */
    static String change(Measure measure, @Nullable Double points) {
        if (points == null) {
            return NO_COMPARISON;
        }
        double rounded = measure == Measure.CES ? Math.round(points * 10) / 10.0 : Math.round(points);
        String sign = rounded > 0 ? "+" : rounded < 0 ? "−" : "±";
        double size = Math.abs(rounded);
        return switch (measure) {
            case CSAT, NPS -> sign + (long) size + " pts";
            case CES -> sign + String.format(Locale.ROOT, "%.1f", size);
        };
    }

    static String number(Measure measure, double value) {
        return measure.format(value);
    }

    static String unit(Measure measure) {
        return measure.unit();
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
    static String month(LocalDate start) {
        return start.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + start.getYear();
    }

    private static String dayMonth(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
