package com.certdesk.base.ui;

import com.certdesk.base.Intervals.Estimate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Engagement figures ({@link Estimate}s: an index in percent, a net score such as eNPS) as every page writes them,
 * in one place for the engagement results and the insight pages: whole numbers only (the intervals deny more
 * precision), net scores signed with a real minus sign, the 95% interval in the figure's unit, and a change in
 * points, never as a percentage of a percentage.
 */
public final class EstimateText {

    private EstimateText() {
    }

    /** "72%". */
    public static String percent(Estimate e) {
        return percent(e.value());
    }

    /** "72%": a share in percent, e.g. one person's own index. */
    public static String percent(double value) {
        return String.format(Locale.ROOT, "%.0f%%", value);
    }

    /** "+20", "−5", "0". */
    public static String signed(double value) {
        long rounded = Math.round(value);
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "") + Math.abs(rounded);
    }

    /**
     * "95% CI 60% to 84%" for a percentage ({@code unit} "%"), "95% CI −10 to +50" for a net score ({@code unit}
     * "").
     */
    public static String interval(Estimate e, String unit) {
        return String.format(Locale.ROOT, "95%% CI %s%s to %s%s", signedIf(e.low(), unit), unit,
                signedIf(e.high(), unit), unit);
    }

    /**
     * "+5 points since the previous wave (then 67%)" for a percentage ({@code unit} " points"), "−10 since the
     * previous wave (then +30)" for a net score ({@code unit} ""); null without a previous figure.
     */
    public static @Nullable String change(Estimate now, @Nullable Estimate before, String unit) {
        if (before == null) {
            return null;
        }
        String then = unit.isEmpty() ? signed(before.value()) : percent(before);
        return signed(now.value() - before.value()) + unit + " since the previous wave (then " + then + ")";
    }

    private static String signedIf(double value, String unit) {
        return unit.isEmpty() ? signed(value) : String.valueOf(Math.round(value));
    }
}
