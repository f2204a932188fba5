package com.certdesk.feedback;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The standard formulas (FEEDBACK_FORMAT.md), written once: CSAT share satisfied with a Wilson 95% interval, NPS with
 * the interval of its standard error sqrt((pP + pD - (pP - pD)^2) / n), CES mean with a Student t interval. Figures
 * below the minimum sample size carry no number at all.
 */
public final class FeedbackMath {

    /** Two-sided 95%: the normal quantile 1.959964... */
    static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

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
        double p = (double) satisfied / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Figure(Measure.CSAT, n, minimum, 100 * p, 100 * Math.max(0, centre - half),
                100 * Math.min(1, centre + half));
    }

    /** NPS with +- 1.96 standard errors, kept within -100..100 (40% promoters, 20% detractors, n 50: 20 +- 20.7). */
    static Figure nps(long promoters, long detractors, long n, int minimum) {
        double pP = (double) promoters / n;
        double pD = (double) detractors / n;
        double nps = pP - pD;
        double se = Math.sqrt(Math.max(0, pP + pD - nps * nps) / n);
        return new Figure(Measure.NPS, n, minimum, 100 * nps, Math.max(-100, 100 * (nps - Z95 * se)),
                Math.min(100, 100 * (nps + Z95 * se)));
    }

    /** Mean with a t interval on n - 1 degrees of freedom; one response has no interval (reads as too few). */
    static Figure ces(long sum, long sumOfSquares, long n, int minimum) {
        if (n < 2) {
            return Figure.tooFew(Measure.CES, n, minimum);
        }
        double mean = (double) sum / n;
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        double t = TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
        double half = t * Math.sqrt(variance / n);
        return new Figure(Measure.CES, n, minimum, mean, mean - half, mean + half);
    }
}
