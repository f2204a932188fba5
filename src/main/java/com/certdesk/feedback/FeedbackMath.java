package com.certdesk.feedback;

import com.certdesk.base.Intervals;

/**
 * The standard formulas (FEEDBACK_FORMAT.md): CSAT share satisfied with a Wilson 95% interval, NPS with the interval
 * of its standard error, CES mean with a Student t interval (the intervals are {@link Intervals}'). Figures
 * below the minimum sample size carry no number at all.
 */
public final class FeedbackMath {

    private FeedbackMath() {
    }

    /** The figure of a tally; "too few responses" when n is below {@code minimum}. */
    public static Figure figure(Tally t, int minimum) {
        if (t.n() < Math.max(1, minimum)) {
            return Figure.tooFew(t.measure(), t.n(), minimum);
        }
        return switch (t.measure()) {
            case CSAT -> csat(t.satisfied(), t.n(), minimum);
            case NPS -> nps(t.promoters(), t.detractors(), t.n(), minimum);
            case CES -> ces(t.sum(), t.sumOfSquares(), t.n(), minimum);
        };
    }

    /** Share satisfied in percent with the Wilson score interval (16 of 20: 80%, 58.4%-91.9%). */
    static Figure csat(long satisfied, long n, int minimum) {
        return figure(Measure.CSAT, n, minimum, Intervals.share(satisfied, n));
    }

    /** NPS with +- 1.96 standard errors, kept within -100..100 (40% promoters, 20% detractors, n 50: 20 +- 20.7). */
    static Figure nps(long promoters, long detractors, long n, int minimum) {
        return figure(Measure.NPS, n, minimum, Intervals.netScore(promoters, detractors, n));
    }

    /** Mean with a t interval on n - 1 degrees of freedom; one response has no interval (reads as too few). */
    static Figure ces(long sum, long sumOfSquares, long n, int minimum) {
        if (n < 2) {
            return Figure.tooFew(Measure.CES, n, minimum);
        }
        return figure(Measure.CES, n, minimum, Intervals.mean(sum, sumOfSquares, n));
    }

    private static Figure figure(Measure measure, long n, int minimum, Intervals.Estimate estimate) {
        return new Figure(measure, n, minimum, estimate.value(), estimate.low(), estimate.high());
    }
}
