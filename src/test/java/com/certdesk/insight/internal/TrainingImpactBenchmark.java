package com.certdesk.insight.internal;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.TrainingImpact;
import com.certdesk.insight.TrainingImpactService;
import com.certdesk.people.TeamSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): the Training impact page's estimate over the
 * benchmark data of {@link BenchmarkData} (2,000,000 ratings of 5,000 agents in 25 teams, the demo's certificates),
 * what the page asks for when it opens: {@link TrainingImpactService#impact} for the program most agents earned, as
 * HR, with 1,000 bootstrap replicates. Every question whose answer is not yet cached is computed in full (reading the
 * ratings, the certificates and the bootstrap): the benchmark asks each measure for the organization and for each of
 * the first teams, each once, and prints the time of each of those first answers (p50/max), then of answers read
 * from the cache.
 *
 * <p>Run: {@code ./mvnw -o test -Dtest=TrainingImpactBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (the first run of any benchmark over this data builds it: several minutes). {@code BENCH_DB_URL} for PostgreSQL.
 */
@SpringBootTest(properties = {"spring.datasource.url=${BENCH_DB_URL:" + BenchmarkData.DB_URL + "}",
        "certdesk.demo.enabled=true", "certdesk.demo.teams=25", "certdesk.demo.agents=5000",
        "certdesk.demo.feedback.enabled=false", "logging.level.com.certdesk=warn"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class TrainingImpactBenchmark {

    @Autowired
    DemoFeedback demo;
    @Autowired
    FeedbackImports imports;
    @Autowired
    OrganizationTime time;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TrainingImpactService impact;
    @Autowired
    com.certdesk.feedback.FeedbackFigures figures;

    @Test
    void the_impact_page_over_two_million_ratings() {
        long stored = BenchmarkData.ensureRatings(demo, imports, time);
        fixtures.signIn("hr");
        try {
            ProgramSummary program = impact.programs().getFirst();
            List<TeamSummary> teams = impact.teams();
            List<@Nullable Long> scopes = new ArrayList<>();
            scopes.add(null);
            teams.stream().limit(3).forEach(t -> scopes.add(t.id()));
            // warm-up on another question than those measured (the JIT, the connection pool, H2's page cache)
            impact.impact(program.id(), Measure.CES, teams.getLast().id());
            List<Long> first = new ArrayList<>();
            TrainingImpact org = null;
            for (Measure m : Measure.values()) {
                for (Long scope : scopes) {
                    long t = System.nanoTime();
                    TrainingImpact r = impact.impact(program.id(), m, scope);
                    first.add((System.nanoTime() - t) / 1_000_000);
                    if (m == Measure.CSAT && scope == null) {
                        org = r;
                    }
                }
            }
            long[] reads = new long[3];
            for (int i = 0; i < reads.length; i++) {
                long t = System.nanoTime();
                figures.dailyByAgent(Measure.values()[i], time.today().minusMonths(37), time.today(), null);
                reads[i] = (System.nanoTime() - t) / 1_000_000;
            }
            System.out.printf("training impact: reading each measure's day series of every agent took %s ms%n",
                    Arrays.toString(reads));
            long[] cached = new long[50];
            for (int i = 0; i < cached.length; i++) {
                long t = System.nanoTime();
                impact.impact(program.id(), Measure.CSAT, null);
                cached[i] = (System.nanoTime() - t) / 1_000;
            }
            long[] computed = first.stream().mapToLong(Long::longValue).sorted().toArray();
            Arrays.sort(cached);
            System.out.printf("training impact: %,d ratings, program %s; %d first answers (3 measures x organization "
                    + "and %d teams), each computed in full with %d replicates: p50 %d ms, max %d ms; from the cache "
                    + "p50 %d us, max %d us. Organization CSAT: %s; %d certified, %d comparison agents, %,d ratings%n",
                    stored, program.name(), computed.length, scopes.size() - 1, org.replicates(),
                    computed[computed.length / 2], computed[computed.length - 1], cached[cached.length / 2],
                    cached[cached.length - 1], org.effect() == null ? org.missing() : org.effect(),
                    org.treatedAgents(), org.controlAgents(), org.treatedRatings() + org.controlRatings());
        } finally {
            fixtures.signOut();
        }
    }
}
