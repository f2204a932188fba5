package com.certdesk.feedback;

import org.jspecify.annotations.Nullable;

/**
 * One figure as people see it: the measure, its sample size n (answered ratings), and when n reaches the minimum
 * the value with its 95% interval. CSAT is a percentage (0-100) of satisfied customers, NPS -100..100, CES the mean
 * on 1-7. Below the minimum {@link #value()} and the interval are null and the figure reads "too few responses".
 */
public record Figure(Measure measure, long n, int minimum, @Nullable Double value, @Nullable Double low,
        @Nullable Double high) {

    /** Whether there are enough responses to show a number. */
    public boolean enough() {
        return value != null;
    }

    public static Figure tooFew(Measure measure, long n, int minimum) {
        return new Figure(measure, n, minimum, null, null, null);
    }
}
