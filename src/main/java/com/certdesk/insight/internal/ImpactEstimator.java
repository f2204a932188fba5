package com.certdesk.insight.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.distribution.FDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The training-impact estimate of IMPACT_METHOD.md: a staggered difference in differences with not-yet-treated
 * controls, a cluster bootstrap over agents and an event study. Pure arithmetic over agents' ratings summed per day,
 * so that it is tested by simulation without a database.
 *
 * <p>Where this departs from or makes precise the written method (ADR 012): a cohort is the agents certified in one
 * calendar month, and its windows are the cohort's, not each agent's: the pre window ends on the first day of the
 * month (before anyone in it was certified), the post window starts the washout after the month's last day (after
 * everyone in it was). So treated and controls are compared over exactly the same calendar days; an agent
 * certified late in the month has a shorter gap before and a longer washout after. A cohort is used only when its
 * post window has ended by the last day with data.
 */
public final class ImpactEstimator {

    /** The relative months of the event study, and its reference (the month before certification). */
    public static final int EVENT_FROM = -6;
    public static final int EVENT_TO = 6;
    public static final int REFERENCE = -1;
    /** Bootstrap replicates drawn and added up together (a few megabytes of draws for thousands of agents). */
    private static final int BLOCK = 250;

    private ImpactEstimator() {
    }

    /**
     * One agent's ratings of one metric, summed per day: {@code days} (epoch days, ascending, distinct), the number of
     * ratings and the sum of their values on each (CSAT 0/1, NPS -1/0/1, CES its score).
     *
     * @param inScope whether the agent may be among the certified compared (the team asked about); every agent
     *                may be a comparison agent while not yet certified
     */
    public record AgentSeries(long agentId, @Nullable LocalDate certifiedOn, boolean inScope, int[] days,
            long[] counts, double[] sums) {

        public AgentSeries {
            if (days.length != counts.length || days.length != sums.length) {
                throw new IllegalArgumentException("days, counts and sums differ in length");
            }
        }
    }

    /** The windows in days: before certification, ignored after it, and after that. */
    public record Windows(int preDays, int washoutDays, int postDays) {

        public static final Windows DEFAULT = new Windows(90, 14, 90);

        /** The first day of cohort g's window before: {@code preDays} before the month. */
        public LocalDate preFrom(YearMonth g) {
            return preTo(g).minusDays(preDays);
        }

        /** The day after cohort g's window before: the month's first day (before anyone in it was certified). */
        public LocalDate preTo(YearMonth g) {
            return g.atDay(1);
        }

        /** The first day of cohort g's window after: the washout after the month's last day. */
        public LocalDate postFrom(YearMonth g) {
            return g.atEndOfMonth().plusDays(1L + washoutDays);
        }

        /** The day after cohort g's window after. */
        public LocalDate postTo(YearMonth g) {
            return postFrom(g).plusDays(postDays);
        }
    }

    /**
     * @param minRatings      ratings an agent needs in each window to take part
     * @param minMonthRatings ratings an agent needs in each of the two months an event-study point compares
     * @param minTreated      certified agents below which there is no estimate
     * @param minControls     comparison agents below which there is no estimate
     * @param replicates      bootstrap replicates
     */
    public record Rules(int minRatings, int minMonthRatings, int minTreated, int minControls, int replicates,
            long seed) {

        public static Rules defaults(long seed) {
            return new Rules(10, 3, 5, 5, 1_000, seed);
        }
    }

    /** An estimate with its 95% percentile bootstrap interval (in the metric's units per rating). */
    public record Interval(double estimate, double low, double high) {

        public boolean excludesZero() {
            return low > 0 || high < 0;
        }
    }

    /**
     * The effect in one month relative to certification (-1 is the reference, 0 by definition), and the two groups'
     * own mean changes since the reference month whose difference it is (certified agents and those not yet
     * certified over the same calendar months).
     */
    public record EventPoint(int month, @Nullable Interval effect, int treated, int controls,
            @Nullable Double treatedChange, @Nullable Double controlChange) {
    }

    /**
     * @param effect          the overall effect on the certified; null when a minimum is not met ({@code missing} says
     *                        which)
     * @param treatedRatings  ratings of the certified agents in the windows compared
     * @param controlRatings  ratings of the comparison agents in the windows compared (each day once)
     * @param pretrend        why the comparison is doubtful (certified agents already changed differently before), or
     *                        null when the event study gives no reason to doubt it
     */
    public record Result(@Nullable Interval effect, int treatedAgents, int controlAgents, long treatedRatings,
            long controlRatings, int cohorts, List<EventPoint> eventStudy, @Nullable String pretrend,
            List<String> missing) {

        public Result {
            eventStudy = List.copyOf(eventStudy);
            missing = List.copyOf(missing);
        }
    }

    /** An agent's part in one comparison: its change, weight and ratings. */
    private record Member(int agent, boolean treated, double delta, double weight, long ratings) {
    }

    /**
     * One comparison (a cohort, or a cohort and relative month): its members, held as arrays per group (agent, weight,
     * weight times change, ratings), since the bootstrap adds them up a thousand times over.
     */
    private static final class Comparison {

        final List<Member> members;
        private final int[] tAgent;
        private final double[] tWeight;
        private final double[] tWeighted;
        private final long[] tRatings;
        private final int[] cAgent;
        private final double[] cWeight;
        private final double[] cWeighted;

        Comparison(List<Member> members) {
            this.members = List.copyOf(members);
            int nt = (int) members.stream().filter(Member::treated).count();
            int nc = members.size() - nt;
            tAgent = new int[nt];
            tWeight = new double[nt];
            tWeighted = new double[nt];
            tRatings = new long[nt];
            cAgent = new int[nc];
            cWeight = new double[nc];
            cWeighted = new double[nc];
            int t = 0;
            int c = 0;
            for (Member m : members) {
                if (m.treated) {
                    tAgent[t] = m.agent;
                    tWeight[t] = m.weight;
                    tWeighted[t] = m.weight * m.delta;
                    tRatings[t++] = m.ratings;
                } else {
                    cAgent[c] = m.agent;
                    cWeight[c] = m.weight;
                    cWeighted[c++] = m.weight * m.delta;
                }
            }
        }

        List<Member> members() {
            return members;
        }

        /**
         * Treated mean change minus control mean change, agents weighted; NaN when a group is empty. {@code out[0]}
         * gets the comparison's weight in an average over comparisons: its treated agents' ratings.
         */
        double effect(double[] out) {
            double[] m = means();
            out[0] = weight();
            return m[0] - m[1];
        }

        /**
         * For each of {@code size} replicates, into {@code out}: the treated weights, weighted changes and ratings,
         * and the comparison agents' weights and weighted changes, each agent counted as often as it was drawn.
         */
        void sums(int[][] drawn, int size, double[][] out) {
            for (double[] o : out) {
                Arrays.fill(o, 0, size, 0);
            }
            add(tAgent, tWeight, drawn, size, out[0]);
            add(tAgent, tWeighted, drawn, size, out[1]);
            for (int i = 0; i < tAgent.length; i++) {
                int[] k = drawn[tAgent[i]];
                double r = tRatings[i];
                double[] o = out[2];
                for (int b = 0; b < size; b++) {
                    o[b] += k[b] * r;
                }
            }
            add(cAgent, cWeight, drawn, size, out[3]);
            add(cAgent, cWeighted, drawn, size, out[4]);
        }

        /** out[b] += sum over the agents of drawn[agent][b] * value[agent], a loop the JIT vectorizes. */
        private static void add(int[] agents, double[] values, int[][] drawn, int size, double[] out) {
            for (int i = 0; i < agents.length; i++) {
                int[] k = drawn[agents[i]];
                double v = values[i];
                for (int b = 0; b < size; b++) {
                    out[b] += k[b] * v;
                }
            }
        }

        /** The weighted mean change of the certified and of the comparison agents, each agent counted once. */
        double[] means() {
            double tw = 0;
            double tSum = 0;
            for (int i = 0; i < tAgent.length; i++) {
                tw += tWeight[i];
                tSum += tWeighted[i];
            }
            double cw = 0;
            double cSum = 0;
            for (int i = 0; i < cAgent.length; i++) {
                cw += cWeight[i];
                cSum += cWeighted[i];
            }
            return new double[] {tw == 0 ? Double.NaN : tSum / tw, cw == 0 ? Double.NaN : cSum / cw};
        }

        /** The comparison's weight in an average over comparisons: its treated agents' ratings. */
        double weight() {
            double w = 0;
            for (long r : tRatings) {
                w += r;
            }
            return w;
        }
    }

    /**
     * @param dataEnd the last day whose ratings are all in (windows after it are incomplete and not used)
     */
    public static Result estimate(List<AgentSeries> agents, LocalDate dataEnd, Windows windows, Rules rules) {
        return estimateWithin(List.of(agents), dataEnd, windows, rules);
    }

    /**
     * The estimate computed within each stratum (a channel: each agent's ratings of that channel only) and averaged
     * over strata and cohorts by the certified agents' ratings, i.e. by their channel mix, so that a shift of an
     * agent's work between channels of different levels is not read as an effect. An agent appears in several
     * strata with the same id; the bootstrap draws agents, each with all their strata.
     */
    public static Result estimateWithin(List<List<AgentSeries>> strata, LocalDate dataEnd, Windows windows,
            Rules rules) {
        Map<Long, Integer> index = new HashMap<>();
        List<AgentSeries> agentsByIndex = new ArrayList<>();
        List<List<Prefix>> layers = new ArrayList<>();
        for (List<AgentSeries> stratum : strata) {
            List<Prefix> layer = new ArrayList<>();
            for (AgentSeries a : stratum) {
                int i = index.computeIfAbsent(a.agentId(), id -> {
                    agentsByIndex.add(a);
                    return agentsByIndex.size() - 1;
                });
                layer.add(new Prefix(a, i));
            }
            layers.add(layer);
        }
        long end = dataEnd.toEpochDay() + 1;
        Map<YearMonth, List<Integer>> byCohort = new TreeMap<>();
        for (int i = 0; i < agentsByIndex.size(); i++) {
            LocalDate c = agentsByIndex.get(i).certifiedOn();
            if (c != null && agentsByIndex.get(i).inScope()) {
                byCohort.computeIfAbsent(YearMonth.from(c), k -> new ArrayList<>()).add(i);
            }
        }
        Boundaries boundaries = Boundaries.of(byCohort.keySet(), windows);
        layers.forEach(layer -> layer.forEach(p -> p.index(boundaries)));
        List<Comparison> cohorts = new ArrayList<>();
        Set<Integer> treated = new HashSet<>();
        Set<Integer> controls = new HashSet<>();
        Map<Long, List<long[]>> usedDays = new HashMap<>();
        for (Map.Entry<YearMonth, List<Integer>> cohort : byCohort.entrySet()) {
            YearMonth g = cohort.getKey();
            long preFrom = windows.preFrom(g).toEpochDay();
            long preTo = windows.preTo(g).toEpochDay();
            long postFrom = windows.postFrom(g).toEpochDay();
            long postTo = windows.postTo(g).toEpochDay();
            if (postTo > end) {
                continue;
            }
            for (int layer = 0; layer < layers.size(); layer++) {
                List<Member> members = members(layers.get(layer), g, postTo, preFrom, preTo, postFrom, postTo,
                        rules.minRatings());
                if (bothGroups(members)) {
                    cohorts.add(new Comparison(members));
                    for (Member m : members) {
                        (m.treated() ? treated : controls).add(m.agent());
                        List<long[]> days = usedDays.computeIfAbsent((long) layer << 32 | m.agent(),
                                k -> new ArrayList<>());
                        days.add(new long[] {preFrom, preTo});
                        days.add(new long[] {postFrom, postTo});
                    }
                }
            }
        }
        long treatedRatings = 0;
        long controlRatings = 0;
        Map<Long, Prefix> prefixes = new HashMap<>();
        for (int layer = 0; layer < layers.size(); layer++) {
            for (Prefix p : layers.get(layer)) {
                prefixes.put((long) layer << 32 | p.index, p);
            }
        }
        for (Map.Entry<Long, List<long[]>> e : usedDays.entrySet()) {
            long n = prefixes.get(e.getKey()).countIn(merged(e.getValue()));
            if (treated.contains((int) (e.getKey() & 0xffffffffL))) {
                treatedRatings += n;
            } else {
                controlRatings += n;
            }
        }
        // an agent compared as a control for early cohorts and certified later counts once, as certified
        controls.removeAll(treated);
        List<String> missing = new ArrayList<>();
        if (treated.size() < rules.minTreated()) {
            missing.add((rules.minTreated() - treated.size()) + " more certified agent"
                    + (rules.minTreated() - treated.size() == 1 ? "" : "s") + " with at least " + rules.minRatings()
                    + " ratings in the " + windows.preDays() + " days before and in the " + windows.postDays()
                    + " days after (from " + windows.washoutDays() + " days after the month of certification)");
        }
        // without a certified agent to compare there is no comparison group to count yet
        if (!treated.isEmpty() && controls.size() < rules.minControls()) {
            missing.add((rules.minControls() - controls.size()) + " more not-yet-certified agent"
                    + (rules.minControls() - controls.size() == 1 ? "" : "s") + " with at least "
                    + rules.minRatings() + " ratings in the same windows");
        }
        if (!missing.isEmpty()) {
            return new Result(null, treated.size(), controls.size(), treatedRatings, controlRatings, cohorts.size(),
                    List.of(), null, missing);
        }
        Map<Integer, List<Comparison>> events = eventComparisons(layers, byCohort, end, rules);

        // the bootstrap: agents drawn with replacement, the certified (in scope) and the others separately, over
        // every agent any comparison uses, so that the event study's replicates redraw the agents its point
        // estimates use too
        Set<Integer> used = new java.util.TreeSet<>();
        cohorts.forEach(c -> c.members().forEach(m -> used.add(m.agent())));
        events.values().forEach(list -> list.forEach(c -> c.members().forEach(m -> used.add(m.agent()))));
        int[] strataT = used.stream().filter(i -> agentsByIndex.get(i).certifiedOn() != null
                && agentsByIndex.get(i).inScope()).mapToInt(Integer::intValue).toArray();
        int[] strataC = used.stream().filter(i -> agentsByIndex.get(i).certifiedOn() == null
                || !agentsByIndex.get(i).inScope()).mapToInt(Integer::intValue).toArray();
        var random = new SplittableRandom(rules.seed());
        double[] overall = new double[rules.replicates()];
        Map<Integer, double[]> eventReplicates = new TreeMap<>();
        events.keySet().forEach(e -> eventReplicates.put(e, new double[rules.replicates()]));
        // what each replicate computes, as (comparisons, where their average goes): one task per core at a time
        List<Map.Entry<List<Comparison>, double[]>> tasks = new ArrayList<>();
        tasks.add(Map.entry(cohorts, overall));
        events.forEach((e, list) -> tasks.add(Map.entry(list, eventReplicates.get(e))));
        for (int start = 0; start < rules.replicates(); start += BLOCK) {
            int size = Math.min(BLOCK, rules.replicates() - start);
            // a block of replicates drawn in the order one replicate after another would draw them, so that the
            // figures depend on the seed only; then every comparison adds up its members once for the whole block
            int[][] drawn = new int[agentsByIndex.size()][];
            used.forEach(i -> drawn[i] = new int[size]);
            for (int b = 0; b < size; b++) {
                draw(strataT, drawn, b, random);
                draw(strataC, drawn, b, random);
            }
            int offset = start;
            tasks.parallelStream().forEach(task -> average(task.getKey(), drawn, size, task.getValue(), offset));
        }
        int smaller = Math.min(strataT.length, strataC.length);
        Interval effect = interval(average(cohorts), overall, smaller);
        List<EventPoint> eventStudy = new ArrayList<>();
        for (int e = EVENT_FROM; e <= EVENT_TO; e++) {
            if (e == REFERENCE) {
                eventStudy.add(new EventPoint(e, new Interval(0, 0, 0), 0, 0, 0.0, 0.0));
                continue;
            }
            List<Comparison> at = events.get(e);
            if (at == null) {
                eventStudy.add(new EventPoint(e, null, 0, 0, null, null));
                continue;
            }
            Set<Integer> t = new HashSet<>();
            Set<Integer> c = new HashSet<>();
            at.forEach(comparison -> comparison.members().forEach(m -> (m.treated() ? t : c).add(m.agent())));
            double[] changes = groupChanges(at);
            eventStudy.add(new EventPoint(e, interval(average(at), eventReplicates.get(e), smaller), t.size(),
                    c.size(), changes[0], changes[1]));
        }
        return new Result(effect, treated.size(), controls.size(), treatedRatings, controlRatings, cohorts.size(),
                eventStudy, pretrend(eventStudy, eventReplicates, smaller), List.of());
    }

    /** Per relative month (not the reference), the comparisons of each cohort. */
    private static Map<Integer, List<Comparison>> eventComparisons(List<List<Prefix>> layers,
            Map<YearMonth, List<Integer>> byCohort, long end, Rules rules) {
        Map<Integer, List<Comparison>> events = new TreeMap<>();
        for (YearMonth g : byCohort.keySet()) {
            YearMonth base = g.plusMonths(REFERENCE);
            for (int e = EVENT_FROM; e <= EVENT_TO; e++) {
                if (e == REFERENCE) {
                    continue;
                }
                YearMonth m = g.plusMonths(e);
                long mFrom = m.atDay(1).toEpochDay();
                long mTo = m.atEndOfMonth().toEpochDay() + 1;
                if (mTo > end) {
                    continue;
                }
                long bFrom = base.atDay(1).toEpochDay();
                long bTo = base.atEndOfMonth().toEpochDay() + 1;
                long notTreatedUntil = Math.max(mTo, bTo);
                for (List<Prefix> layer : layers) {
                    List<Member> members = members(layer, g, notTreatedUntil, bFrom, bTo, mFrom, mTo,
                            rules.minMonthRatings());
                    if (bothGroups(members)) {
                        events.computeIfAbsent(e, k -> new ArrayList<>()).add(new Comparison(members));
                    }
                }
            }
        }
        return events;
    }

    /**
     * One stratum's part in a comparison of cohort {@code g}: its agents certified in month g (in scope), and as
     * comparison the agents certified neither in g nor before {@code controlsUntil}, each with at least
     * {@code minimum} ratings in both windows, with its change from the window [fromA, toA) to [fromB, toB).
     */
    private static List<Member> members(List<Prefix> layer, YearMonth g, long controlsUntil, long fromA, long toA,
            long fromB, long toB, int minimum) {
        List<Member> members = new ArrayList<>();
        int month = g.getYear() * 12 + g.getMonthValue();
        for (Prefix p : layer) {
            boolean inCohort = p.certifiedMonth == month;
            boolean isTreated = inCohort && p.agent.inScope();
            boolean isControl = !inCohort && p.certifiedDay >= controlsUntil;
            if (!isTreated && !isControl) {
                continue;
            }
            long nA = p.count(fromA, toA);
            long nB = p.count(fromB, toB);
            if (nA < minimum || nB < minimum) {
                continue;
            }
            double delta = p.sum(fromB, toB) / nB - p.sum(fromA, toA) / nA;
            members.add(new Member(p.index, isTreated, delta, harmonic(nA, nB), nA + nB));
        }
        return members;
    }

    /** Whether a comparison has someone on both sides. */
    private static boolean bothGroups(List<Member> members) {
        return members.stream().anyMatch(Member::treated) && members.stream().anyMatch(m -> !m.treated());
    }

    /**
     * Why the pre-period months make the comparison doubtful: one of them excludes zero, or together they differ
     * from zero (a Wald test with the bootstrap covariance, at 5%); null when neither.
     */
    private static @Nullable String pretrend(List<EventPoint> points, Map<Integer, double[]> replicates,
            int smallerStratum) {
        List<EventPoint> pre = points.stream().filter(p -> p.month() < REFERENCE && p.effect() != null).toList();
        // each month against zero at 5% / k (Bonferroni), so that five months looked at together still raise a false
        // alarm at most 5% of the time, not one time in four
        double alpha = 0.05 / Math.max(1, pre.size());
        for (EventPoint p : pre) {
            double[] finite = Arrays.stream(replicates.get(p.month())).filter(Double::isFinite).toArray();
            double[] q = Quantile.withDefaults().evaluate(finite, alpha / 2, 1 - alpha / 2);
            double widen = Math.sqrt(smallerStratum / (smallerStratum - 1.0));
            double est = p.effect().estimate();
            if (est - widen * (est - q[0]) > 0 || est + widen * (q[1] - est) < 0) {
                return (-p.month()) + " months before certification, certified agents already differed from the "
                        + "others beyond chance: they were changing differently before certification.";
            }
        }
        if (pre.size() < 2) {
            return null;
        }
        int k = pre.size();
        double[][] draws = new double[k][];
        double[] theta = new double[k];
        for (int i = 0; i < k; i++) {
            draws[i] = replicates.get(pre.get(i).month());
            theta[i] = pre.get(i).effect().estimate();
        }
        double[][] cov = new double[k][k];
        int used = 0;
        double[] mean = new double[k];
        for (int b = 0; b < draws[0].length; b++) {
            if (finite(draws, b)) {
                used++;
                for (int i = 0; i < k; i++) {
                    mean[i] += draws[i][b];
                }
            }
        }
        if (used <= k + 1) {
            return null;
        }
        for (int i = 0; i < k; i++) {
            mean[i] /= used;
        }
        for (int b = 0; b < draws[0].length; b++) {
            if (finite(draws, b)) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        cov[i][j] += (draws[i][b] - mean[i]) * (draws[j][b] - mean[j]) / (used - 1)
                                * smallerStratum / (smallerStratum - 1.0);
                    }
                }
            }
        }
        double[] solved = solve(cov, theta);
        if (solved == null) {
            return null;
        }
        double wald = 0;
        for (int i = 0; i < k; i++) {
            wald += theta[i] * solved[i];
        }
        // Hotelling's correction: with the covariance estimated from G clusters, (G - k) / (k (G - 1)) W follows
        // F(k, G - k); the plain chi-squared reading raised about twice the false alarms it should
        int clusters = smallerStratum;
        if (clusters <= k + 1) {
            return null;
        }
        double p = FDistribution.of(k, clusters - k).survivalProbability((clusters - k) * wald
                / (k * (clusters - 1.0)));
        return p < 0.05 ? String.format(java.util.Locale.ROOT, "Together, the %d months before certification "
                + "differ from zero (joint test p = %.3f): certified agents were changing differently before "
                + "certification.", k, p) : null;
    }

    private static boolean finite(double[][] draws, int b) {
        for (double[] d : draws) {
            if (!Double.isFinite(d[b])) {
                return false;
            }
        }
        return true;
    }

    /** The solution x of a x = b by Gaussian elimination with pivoting; null when a is singular. */
    private static double @Nullable [] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-14) {
                return null;
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    /** The certified and the comparison agents' mean changes, each averaged over the comparisons as the effect is. */
    private static double[] groupChanges(List<Comparison> comparisons) {
        double w = 0;
        double treated = 0;
        double control = 0;
        for (Comparison c : comparisons) {
            double[] means = c.means();
            if (Double.isNaN(means[0]) || Double.isNaN(means[1])) {
                continue;
            }
            double weight = c.weight();
            w += weight;
            treated += weight * means[0];
            control += weight * means[1];
        }
        return new double[] {treated / w, control / w};
    }

    /** The comparisons' effects averaged by their treated ratings; NaN when none has both groups. */
    private static double average(List<Comparison> comparisons) {
        double w = 0;
        double sum = 0;
        double[] weight = new double[1];
        for (Comparison c : comparisons) {
            double effect = c.effect(weight);
            if (Double.isNaN(effect)) {
                continue;
            }
            w += weight[0];
            sum += weight[0] * effect;
        }
        return w == 0 ? Double.NaN : sum / w;
    }

    /** Replicate {@code b}'s draw of a stratum: as many agents as it has, with replacement. */
    private static void draw(int[] stratum, int[][] drawn, int b, SplittableRandom random) {
        for (int i = 0; i < stratum.length; i++) {
            drawn[stratum[random.nextInt(stratum.length)]][b]++;
        }
    }

    /**
     * For each of {@code size} replicates (agent i drawn {@code drawn[i][b]} times in replicate b), the comparisons'
     * effects averaged by their treated ratings, into {@code out[offset + b]}; NaN where none has both groups.
     */
    private static void average(List<Comparison> comparisons, int[][] drawn, int size, double[] out, int offset) {
        double[] w = new double[size];
        double[] sum = new double[size];
        double[][] scratch = new double[5][size];
        for (Comparison c : comparisons) {
            c.sums(drawn, size, scratch);
            double[] tw = scratch[0];
            double[] tSum = scratch[1];
            double[] ratings = scratch[2];
            double[] cw = scratch[3];
            double[] cSum = scratch[4];
            for (int b = 0; b < size; b++) {
                if (tw[b] != 0 && cw[b] != 0) {
                    w[b] += ratings[b];
                    sum[b] += ratings[b] * (tSum[b] / tw[b] - cSum[b] / cw[b]);
                }
            }
        }
        for (int b = 0; b < size; b++) {
            out[offset + b] = w[b] == 0 ? Double.NaN : sum[b] / w[b];
        }
    }

    /**
     * The percentile interval of the replicates, widened by sqrt(m / (m - 1)) around the estimate, m the smaller
     * stratum: resampling m agents underestimates the variance by (m - 1) / m, which with a few dozen agents makes
     * the plain percentile interval cover a little less than 95%.
     */
    private static @Nullable Interval interval(double estimate, double[] replicates, int smallerStratum) {
        if (Double.isNaN(estimate)) {
            return null;
        }
        double[] finite = Arrays.stream(replicates).filter(Double::isFinite).toArray();
        if (finite.length < 2) {
            return null;
        }
        double[] q = Quantile.withDefaults().evaluate(finite, 0.025, 0.975);
        double widen = Math.sqrt(smallerStratum / (smallerStratum - 1.0));
        return new Interval(estimate, estimate - widen * (estimate - q[0]), estimate + widen * (q[1] - estimate));
    }

    private static double harmonic(long a, long b) {
        return 2.0 / (1.0 / a + 1.0 / b);
    }

    /** Merges day ranges [from, to) that overlap. */
    private static List<long[]> merged(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort((x, y) -> Long.compare(x[0], y[0]));
        List<long[]> out = new ArrayList<>();
        for (long[] r : sorted) {
            if (!out.isEmpty() && r[0] <= out.getLast()[1]) {
                out.getLast()[1] = Math.max(out.getLast()[1], r[1]);
            } else {
                out.add(new long[] {r[0], r[1]});
            }
        }
        return out;
    }

    /**
     * The days the comparisons' windows start or end on (the cohorts' windows, and the first days of the event
     * study's months), each with a slot: the estimate asks every agent's count and sum at these days thousands of
     * times, so each agent finds its place at them once.
     */
    private static final class Boundaries {

        final long[] days;
        private final long first;
        private final int[] slot;

        private Boundaries(java.util.SortedSet<Long> days) {
            this.days = days.stream().mapToLong(Long::longValue).toArray();
            first = days.isEmpty() ? 0 : days.first();
            slot = new int[days.isEmpty() ? 0 : (int) (days.last() - first + 1)];
            Arrays.fill(slot, -1);
            for (int j = 0; j < this.days.length; j++) {
                slot[(int) (this.days[j] - first)] = j;
            }
        }

        static Boundaries of(Set<YearMonth> cohorts, Windows windows) {
            java.util.SortedSet<Long> days = new java.util.TreeSet<>();
            for (YearMonth g : cohorts) {
                for (LocalDate day : List.of(windows.preFrom(g), windows.preTo(g), windows.postFrom(g),
                        windows.postTo(g))) {
                    days.add(day.toEpochDay());
                }
                for (int e = EVENT_FROM - 1; e <= EVENT_TO + 1; e++) {
                    days.add(g.plusMonths(e).atDay(1).toEpochDay());
                }
            }
            return new Boundaries(days);
        }

        int slot(long day) {
            long i = day - first;
            return i < 0 || i >= slot.length ? -1 : slot[(int) i];
        }
    }

    /** An agent's series with running totals, for the count and sum of any range of days in O(log n). */
    private static final class Prefix {

        final AgentSeries agent;
        /** The agent's index among all agents (the same in every stratum). */
        final int index;
        final long[] counts;
        final double[] sums;

        /** The month of certification as year * 12 + month, or -1; its epoch day, or Long.MAX_VALUE. */
        final int certifiedMonth;
        final long certifiedDay;

        Prefix(AgentSeries agent, int index) {
            this.agent = agent;
            this.index = index;
            LocalDate c = agent.certifiedOn();
            certifiedMonth = c == null ? -1 : c.getYear() * 12 + c.getMonthValue();
            certifiedDay = c == null ? Long.MAX_VALUE : c.toEpochDay();
            counts = new long[agent.days().length + 1];
            sums = new double[agent.days().length + 1];
            for (int i = 0; i < agent.days().length; i++) {
                counts[i + 1] = counts[i] + agent.counts()[i];
                sums[i + 1] = sums[i] + agent.sums()[i];
            }
        }

        /** {@link #search} at each of the boundaries' days, once. */
        private int @Nullable [] atBoundary;
        private @Nullable Boundaries boundaries;

        void index(Boundaries b) {
            boundaries = b;
            atBoundary = new int[b.days.length];
            for (int j = 0; j < b.days.length; j++) {
                atBoundary[j] = search(b.days[j]);
            }
        }

        /** Index of the first day at or after {@code day}: looked up at a boundary, else searched. */
        private int at(long day) {
            if (boundaries != null) {
                int j = boundaries.slot(day);
                if (j >= 0) {
                    return atBoundary[j];
                }
            }
            return search(day);
        }

        private int search(long day) {
            int i = Arrays.binarySearch(agent.days(), (int) day);
            return i >= 0 ? i : -i - 1;
        }

        long count(long from, long to) {
            return counts[at(to)] - counts[at(from)];
        }

        double sum(long from, long to) {
            return sums[at(to)] - sums[at(from)];
        }

        long countIn(List<long[]> ranges) {
            long n = 0;
            for (long[] r : ranges) {
                n += count(r[0], r[1]);
            }
            return n;
        }
    }
}
