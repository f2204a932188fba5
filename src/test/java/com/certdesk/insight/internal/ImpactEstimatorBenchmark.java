package com.certdesk.insight.internal;

import com.certdesk.insight.internal.ImpactEstimator.AgentSeries;
import com.certdesk.insight.internal.ImpactEstimator.Result;
import com.certdesk.insight.internal.ImpactEstimator.Rules;
import com.certdesk.insight.internal.ImpactEstimator.Windows;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one Training impact estimate costs at an organization's size: {@code BENCH_AGENTS} (1,000) agents over 24
 * months with 5-80 ratings each per month (about a million ratings), half certified, 1,000 bootstrap replicates.
 * Prints the time of five estimates (after one to warm up) and the heap the agents' day series take. Not part of
 * {@code ./mvnw verify}: {@code ./mvnw test -Dtest=ImpactEstimatorBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ImpactEstimatorBenchmark {

    @Test
    void one_estimate_for_a_thousand_agents() {
        int agents = Integer.parseInt(System.getenv().getOrDefault("BENCH_AGENTS", "1000"));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        List<AgentSeries> org = ImpactSimulation.organization(42, agents, 0.5, 0.04, 0);
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory() - before;
        long ratings = org.stream().mapToLong(a -> java.util.Arrays.stream(a.counts()).sum()).sum();
        Rules rules = new Rules(10, 3, 5, 5, 1_000, 7);
        ImpactEstimator.estimate(org, ImpactSimulation.END, Windows.DEFAULT, rules);
        long[] ms = new long[5];
        Result r = null;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            r = ImpactEstimator.estimate(org, ImpactSimulation.END, Windows.DEFAULT, rules);
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        System.out.printf("impact estimate: %d agents, %,d ratings, day series %.1f MB; 1,000 replicates: median %d ms,"
                + " max %d ms; effect %.4f (%.4f to %.4f), %d certified, %d comparison agents, %d cohorts%n", agents,
                ratings, heap / 1e6, ms[2], ms[4], r.effect().estimate(), r.effect().low(), r.effect().high(),
                r.treatedAgents(), r.controlAgents(), r.cohorts());
    }
}
