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
        return organization(seed, agents, certifiedShare, (agent, earliness, certified, day) -> effect, pretrend)
                .agents();
    }

    /** The effect of certification on one rating's chance of being satisfied. */
    interface Effect {
        /**
         * @param agent     the agent's number (0 …)
         * @param earliness 1 for the first agent certified, 0 for the last, evenly between
         * @param certified the day the agent was certified
         * @param day       the day of the rating, on or after {@code certified}
         */
        double at(int agent, double earliness, LocalDate certified, LocalDate day);
    }

    /**
     * The agents, and what the estimate should find: the effect averaged over the ratings in the windows after of
     * the certified agents whose window after ends by {@link #END} (those the estimate can compare).
     */
    record Organization(List<AgentSeries> agents, double truth) {
    }

    /** As above, with an effect that may differ between agents and grow with time since certification. */
    static Organization organization(long seed, int agents, double certifiedShare, Effect effect, double pretrend) {
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
        double[] earliness = new double[agents];
        int treatedCount = (int) Math.round(agents * certifiedShare);
        for (int k = 0; k < treatedCount; k++) {
            earliness[order[k]] = treatedCount == 1 ? 1 : 1 - (double) k / (treatedCount - 1);
            int month = 6 + (int) ((long) k * 13 / Math.max(1, treatedCount)) + random.nextInt(2);
            YearMonth ym = first.plusMonths(month);
            certified[order[k]] = ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
        }
        List<AgentSeries> out = new ArrayList<>();
        double truthSum = 0;
        long truthRatings = 0;
        for (int i = 0; i < agents; i++) {
            YearMonth cohort = certified[i] == null ? null : YearMonth.from(certified[i]);
            boolean compared = cohort != null && !ImpactEstimator.Windows.DEFAULT.postTo(cohort).isAfter(END.plusDays(1));
            TreeMap<Integer, double[]> days = new TreeMap<>();
            for (int m = 0; m < MONTHS; m++) {
                YearMonth ym = first.plusMonths(m);
                int n = 5 + random.nextInt(76);
                for (int r = 0; r < n; r++) {
                    LocalDate day = ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
                    double p = 0.78 + quality[i] + season[m];
                    if (certified[i] != null) {
                        if (!day.isBefore(certified[i])) {
                            double e = effect.at(i, earliness[i], certified[i], day);
                            p += e;
                            if (compared && !day.isBefore(ImpactEstimator.Windows.DEFAULT.postFrom(cohort))
                                    && day.isBefore(ImpactEstimator.Windows.DEFAULT.postTo(cohort))) {
                                truthSum += e;
                                truthRatings++;
                            }
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
        return new Organization(out, truthRatings == 0 ? 0 : truthSum / truthRatings);
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: a test's noise, not a statistic the product reports
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
