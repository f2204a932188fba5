package com.certdesk.insight.ui;

import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import java.util.Locale;

/**
 * Feedback figures as people read them: CSAT as a whole percentage, NPS as a signed whole number, CES with one
 * decimal; the 95% interval in the same unit; "too few responses" instead of any number below the minimum n.
 */
final class FigureText {

    static final String TOO_FEW = "too few responses";

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

    /** "95% interval 58-92%", or "" when there is no number. */
    static String interval(Figure figure) {
        Double low = figure.low();
        Double high = figure.high();
        if (low == null || high == null) {
            return "";
        }
        return "95% interval " + number(figure.measure(), low) + " to " + number(figure.measure(), high)
                + unit(figure.measure());
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

    static String number(Measure measure, double value) {
        return switch (measure) {
            case CSAT -> Long.toString(Math.round(value));
            case NPS -> (Math.round(value) > 0 ? "+" : "") + Math.round(value);
            case CES -> String.format(Locale.ROOT, "%.1f", value);
        };
    }

    static String unit(Measure measure) {
        return measure == Measure.CSAT ? "%" : "";
    }
}
