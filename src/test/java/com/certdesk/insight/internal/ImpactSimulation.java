package com.certdesk.insight.internal;

import com.certdesk.insight.internal.ImpactEstimator.AgentSeries;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generated organizations for the impact tests: agents of different quality, months of different seasons, staggered
 * certification that picks better agents first, 5 to 80 CSAT ratings per agent and month, and a known effect of
 * certification (in share satisfied) from the day of certification on; optionally a pre-trend (certified agents
 * already improving in the six months before).
 */
final class ImpactSimulation {

    static final LocalDate END = LocalDate.of(2026, 10, 31);
    static final int MONTHS = 24;

    private ImpactSimulation() {
    }

    /**
     * @param effect   the true effect on the share satisfied (0.05 = 5 points)
     * @param pretrend the rise per month in the six months before certification (0 for none)
     */
    static List<AgentSeries> organization(long seed, int agents, double certifiedShare, double effect,
            double pretrend) {
        var random = new SplittableRandom(seed);
        YearMonth first = YearMonth.from(END).minusMonths(MONTHS - 1);
        double[] season = new double[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            season[m] = 0.04 * Math.sin(2 * Math.PI * m / 12.0) + 0.02 * gaussian(random);
        }
        double[] quality = new double[agents];
        for (int i = 0; i < agents; i++) {
            quality[i] = 0.07 * gaussian(random);
        }
        // the better agents are certified first (selection on level), between months 7 and 19 of 24
        Integer[] order = new Integer[agents];
        for (int i = 0; i < agents; i++) {
            order[i] = i;
        }
        double[] priority = new double[agents];
        for (int i = 0; i < agents; i++) {
            priority[i] = quality[i] + 0.07 * gaussian(random);
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> -priority[i]));
        LocalDate[] certified = new LocalDate[agents];
        int treatedCount = (int) Math.round(agents * certifiedShare);
        for (int k = 0; k < treatedCount; k++) {
            int month = 6 + (int) ((long) k * 13 / Math.max(1, treatedCount)) + random.nextInt(2);
            YearMonth ym = first.plusMonths(month);
            certified[order[k]] = ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
        }
        List<AgentSeries> out = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            TreeMap<Integer, double[]> days = new TreeMap<>();
            for (int m = 0; m < MONTHS; m++) {
                YearMonth ym = first.plusMonths(m);
                int n = 5 + random.nextInt(76);
                for (int r = 0; r < n; r++) {
                    LocalDate day = ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
                    double p = 0.78 + quality[i] + season[m];
                    if (certified[i] != null) {
                        if (!day.isBefore(certified[i])) {
                            p += effect;
                        } else if (pretrend != 0) {
                            long monthsBefore = java.time.temporal.ChronoUnit.MONTHS.between(
                                    YearMonth.from(day), YearMonth.from(certified[i]));
                            p += pretrend * Math.max(0, 6 - monthsBefore);
                        }
                    }
                    p = Math.clamp(p, 0.02, 0.98);
                    double[] sums = days.computeIfAbsent((int) day.toEpochDay(), d -> new double[2]);
                    sums[0]++;
                    sums[1] += random.nextDouble() < p ? 1 : 0;
                }
            }
            int[] d = new int[days.size()];
            long[] c = new long[days.size()];
            double[] s = new double[days.size()];
            int k = 0;
            for (var e : days.entrySet()) {
                d[k] = e.getKey();
                c[k] = (long) e.getValue()[0];
                s[k] = e.getValue()[1];
                k++;
            }
            out.add(new AgentSeries(i + 1, certified[i], true, d, c, s));
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: a test's noise, not a statistic the product reports
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
