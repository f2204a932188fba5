package com.certdesk.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.insight.internal.ImpactEstimator.AgentSeries;
import com.certdesk.insight.internal.ImpactEstimator.Result;
import com.certdesk.insight.internal.ImpactEstimator.Rules;
import com.certdesk.insight.internal.ImpactEstimator.Windows;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The estimator's honesty by simulation (IMPACT_METHOD.md, Validation): over 200 generated organizations its 95%
 * interval covers the true effect at least 93% of the time, with no effect it finds one at most 7% of the time, and
 * a built-in pre-trend is flagged in most runs while one is flagged without a pre-trend at most 7% of the time.
 * These are regression checks on one fixed draw of 200 organizations (seeded): with 200 runs a true coverage of
 * 95% gives 183 to 197 covered runs, so they catch a broken estimator, not a point of coverage. The tests use 400 bootstrap replicates instead of the page's 1,000
 * to keep the three runs under a minute; percentile intervals from 400 replicates are as wide on average.
 */
class ImpactEstimatorTest {

    private static final int RUNS = 200;
    private static final int AGENTS = 80;
    private static final int REPLICATES = 400;

    private static Result run(long seed, double effect, double pretrend) {
        List<AgentSeries> org = ImpactSimulation.organization(seed, AGENTS, 0.5, effect, pretrend);
        return ImpactEstimator.estimate(org, ImpactSimulation.END, Windows.DEFAULT,
                new Rules(10, 3, 5, 5, REPLICATES, seed));
    }

    @Test
    void the_interval_covers_the_true_effect_in_at_least_93_percent_of_runs() {
        double truth = 0.05;
        int covered = 0;
        double sum = 0;
        for (int run = 0; run < RUNS; run++) {
            Result r = run(1_000 + run, truth, 0);
            assertThat(r.effect()).as("run %d has an estimate", run).isNotNull();
            sum += r.effect().estimate();
            if (r.effect().low() <= truth && truth <= r.effect().high()) {
                covered++;
            }
        }
        System.out.printf("coverage %d/%d, mean estimate %.4f (truth %.2f)%n", covered, RUNS, sum / RUNS, truth);
        assertThat(covered).isGreaterThanOrEqualTo((int) Math.ceil(0.93 * RUNS));
        assertThat(sum / RUNS).isCloseTo(truth, org.assertj.core.data.Offset.offset(0.005));
    }

    /**
     * Effects that differ: by agent and by cohort (the first certified gain most, the last least, each agent its own
     * part; an estimate that compared with agents already certified would be biased here), and growing over the
     * months after certification. The interval covers what the certified agents compared gained on average over
     * their windows after, in at least 93% of runs.
     */
    @Test
    void the_interval_covers_the_average_effect_when_effects_differ_between_agents_and_grow_over_time() {
        ImpactSimulation.Effect ramped = (agent, earliness, certified, day) -> 0.08
                * Math.min(1, java.time.temporal.ChronoUnit.DAYS.between(certified, day) / 150.0);
        for (String shape : List.of("differing", "growing")) {
            int covered = 0;
            double estimates = 0;
            double truths = 0;
            for (int run = 0; run < RUNS; run++) {
                long seed = 13_000 + run;
                double[] own = new double[AGENTS];
                var random = new java.util.SplittableRandom(~seed);
                for (int i = 0; i < AGENTS; i++) {
                    own[i] = 0.03 * (random.nextDouble() - 0.5) * Math.sqrt(12);
                }
                ImpactSimulation.Effect differing = (agent, earliness, certified, day) -> 0.02 + 0.06 * earliness
                        + own[agent];
                ImpactSimulation.Organization org = ImpactSimulation.organization(seed, AGENTS, 0.5,
                        shape.equals("growing") ? ramped : differing, 0);
                Result r = ImpactEstimator.estimate(org.agents(), ImpactSimulation.END, Windows.DEFAULT,
                        new Rules(10, 3, 5, 5, REPLICATES, seed));
                estimates += r.effect().estimate();
                truths += org.truth();
                if (r.effect().low() <= org.truth() && org.truth() <= r.effect().high()) {
                    covered++;
                }
            }
            System.out.printf("%s effects: coverage %d/%d, mean estimate %.4f, mean truth %.4f%n", shape, covered,
                    RUNS, estimates / RUNS, truths / RUNS);
            assertThat(covered).as(shape).isGreaterThanOrEqualTo((int) Math.ceil(0.93 * RUNS));
            assertThat(estimates / RUNS).as(shape).isCloseTo(truths / RUNS, org.assertj.core.data.Offset.offset(0.005));
        }
    }

    @Test
    void with_no_effect_it_reports_a_significant_one_in_at_most_7_percent_of_runs() {
        int significant = 0;
        int doubtful = 0;
        for (int run = 0; run < RUNS; run++) {
            Result r = run(5_000 + run, 0, 0);
            if (r.effect().excludesZero()) {
                significant++;
            }
            if (r.pretrend() != null) {
                doubtful++;
            }
        }
        System.out.printf("false effects %d/%d, pre-trend warnings without one %d/%d%n", significant, RUNS, doubtful,
                RUNS);
        assertThat(significant).isLessThanOrEqualTo((int) Math.floor(0.07 * RUNS));
        assertThat(doubtful).as("pre-trend false alarms").isLessThanOrEqualTo((int) Math.floor(0.07 * RUNS));
    }

    @Test
    void a_pre_trend_is_flagged_in_most_runs() {
        int flagged = 0;
        for (int run = 0; run < RUNS; run++) {
            Result r = run(9_000 + run, 0.05, 0.012);
            if (r.pretrend() != null) {
                flagged++;
            }
        }
        System.out.printf("pre-trend flagged %d/%d%n", flagged, RUNS);
        assertThat(flagged).isGreaterThan(RUNS * 3 / 4);
    }
}
