package com.certdesk.insight.internal;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;

/**
 * Spearman's rank correlation of two paired samples with a 95% interval: Pearson's correlation of the ranks (ties
 * get their average rank), the interval through Fisher's z with the standard error sqrt(1.06 / (n - 3)) of Fieller,
 * Hartley and Pearson (1957) for rank correlations. An association, never an effect.
 */
public final class RankAssociation {

    private static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    /** The correlation (-1..1) with its 95% interval over n pairs. */
    public record Estimate(double rho, double low, double high, int n) {
    }

    private RankAssociation() {
    }

    /** @throws IllegalArgumentException for fewer than 4 pairs or samples of different length */
    public static Estimate spearman(double[] x, double[] y) {
        if (x.length != y.length || x.length < 4) {
            throw new IllegalArgumentException("A rank correlation needs at least 4 pairs of equal length.");
        }
        var ranking = new NaturalRanking(TiesStrategy.AVERAGE);
        double rho = pearson(ranking.apply(x), ranking.apply(y));
        int n = x.length;
        if (Double.isNaN(rho)) {
            // one sample is constant: no association can be seen
            return new Estimate(0, -1, 1, n);
        }
        double z = 0.5 * Math.log((1 + rho) / (1 - rho));
        double se = Math.sqrt(1.06 / (n - 3));
        return new Estimate(rho, Math.tanh(z - Z95 * se), Math.tanh(z + Z95 * se), n);
    }

    private static double pearson(double[] a, double[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        double r = sab / Math.sqrt(saa * sbb);
        return Math.clamp(r, -0.999999, 0.999999);
    }
}
