package com.certdesk.quiz;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The grade fractions Moodle allows for an answer (its {@code question_bank::fraction_options_full}), and the
 * same slightly fuzzy matching Moodle's importer applies, so a weight such as {@code 33.33333%} is accepted as
 * one third.
 */
public final class Fractions {

    /** Positive allowed fractions; their negatives and 0 are allowed too. */
    public static final List<Double> POSITIVE = List.of(1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5,
            0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05);

    private static final double TOLERANCE = 0.00001;

    private Fractions() {
    }

    /** The allowed fraction {@code value} stands for, or empty when it is not one Moodle allows. */
    public static OptionalDouble match(double value) {
        if (Math.abs(value) < TOLERANCE) {
            return OptionalDouble.of(0.0);
        }
        for (double allowed : POSITIVE) {
            if (Math.abs(Math.abs(value) - allowed) < TOLERANCE) {
                return OptionalDouble.of(Math.copySign(allowed, value));
            }
        }
        return OptionalDouble.empty();
    }

    /** Whether positive weights add up to 100%, as Moodle requires for multiple response (to two decimals of a percent). */
    public static boolean sumToWhole(double positiveSum) {
        return Math.abs(positiveSum - 1.0) < 0.0001;
    }

    /** A fraction as a GIFT weight, e.g. {@code 33.33333} for one third, {@code -50} for minus a half. */
    public static String percent(double fraction) {
        double percent = fraction * 100.0;
        String text = String.format(java.util.Locale.ROOT, "%.5f", percent);
        text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return "-0".equals(text) ? "0" : text;
    }
}
