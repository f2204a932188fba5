package com.certdesk.base;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The 95% intervals every figure of Certdesk carries, written once for customer feedback and engagement alike: a
 * share with the Wilson score interval, a net score (promoters minus detractors, as NPS and eNPS) with its standard
 * error sqrt((pP + pD - (pP - pD)^2) / n), and a mean with a Student t interval. Callers decide the minimum sample
 * below which no figure is shown; these only need n of at least 1 (2 for a mean).
 */
public final class Intervals {

    /** Two-sided 95%: the normal quantile 1.959964... */
    public static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private Intervals() {
    }

    /** A value with its 95% interval, in the unit of the caller (percent, points, mean on the scale). */
    public record Estimate(double value, double low, double high) {
    }

    /** Share of successes in percent with the Wilson score interval (16 of 20: 80%, 58.4%-91.9%). */
    public static Estimate share(long successes, long n) {
        positive(n);
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Estimate(100 * p, 100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
    }

    /**
     * Percentage of promoters minus percentage of detractors with +- 1.96 standard errors, kept within -100..100
     * (40% promoters, 20% detractors, n 50: 20 +- 20.7).
     */
    public static Estimate netScore(long promoters, long detractors, long n) {
        positive(n);
        double pP = (double) promoters / n;
        double pD = (double) detractors / n;
        double net = pP - pD;
        double se = Math.sqrt(Math.max(0, pP + pD - net * net) / n);
        return new Estimate(100 * net, Math.max(-100, 100 * (net - Z95 * se)), Math.min(100, 100 * (net + Z95 * se)));
    }

    /** Mean with a t interval on n - 1 degrees of freedom, from the sum and the sum of squares; n at least 2. */
    public static Estimate mean(double sum, double sumOfSquares, long n) {
        if (n < 2) {
            throw new IllegalArgumentException("A mean's interval needs at least 2 values, not " + n + ".");
        }
        double mean = sum / n;
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        double t = TDistribution.of(n - 1).inverseCumulativeProbability(0.975);
        double half = t * Math.sqrt(variance / n);
        return new Estimate(mean, mean - half, mean + half);
    }

    private static void positive(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("An interval needs at least 1 value, not " + n + ".");
        }
    }
}
