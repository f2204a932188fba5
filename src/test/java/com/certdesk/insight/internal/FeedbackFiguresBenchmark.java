package com.certdesk.insight.internal;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.FigureScope;
import com.certdesk.feedback.Granularity;
import com.certdesk.feedback.RatingInput;
import com.certdesk.insight.ReportPeriod;
import com.certdesk.insight.TeamDashboardService;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.UserSummary;
import com.certdesk.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark, not a test (its name keeps it out of {@code ./mvnw verify}): the feedback figures over
 * 2,000,000 ratings of 5,000 agents in 25 teams of 200 (see {@link BenchmarkData}), on an H2 file
 * database like a real installation, made once under target/bench and reused. Prints p50/p95/max of (b) what the
 * Team dashboard asks for, for a manager of 200 agents, (c) what My performance asks for, for one agent, and (d)
 * 1,000-rating batches through {@link FeedbackImports#store} (what the ingestion API does per request).
 *
 * <p>Run: {@code ./mvnw -o test -Dtest=FeedbackFiguresBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (the first run builds the data: several minutes).
 */
@SpringBootTest(properties = {"spring.datasource.url=${BENCH_DB_URL:" + BenchmarkData.DB_URL + "}",
        "certdesk.demo.enabled=true", "certdesk.demo.teams=25", "certdesk.demo.agents=5000",
        "certdesk.demo.feedback.enabled=false", "logging.level.com.certdesk=warn"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class FeedbackFiguresBenchmark {

    static final int WARM_UP = 30;
    static final int ROUNDS = 200;
    static final int BATCHES = 100;

    @Autowired
    DemoFeedback demo;
    @Autowired
    FeedbackImports imports;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TeamService teams;
    @Autowired
    OrganizationTime time;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TeamDashboardService dashboards;
    @Autowired
    com.certdesk.certification.CertificationMatrixService certification;

    @Test
    void dashboards_and_ingestion_over_two_million_ratings() {
        long stored = BenchmarkData.ensureRatings(demo, imports, time);
        LocalDate today = time.today();
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate periodFrom = monthStart.minusMonths(1);
        LocalDate previousFrom = periodFrom.minusMonths(1);
        LocalDate trendFrom = monthStart.minusMonths(11);
        LocalDate trendTo = monthStart.plusMonths(1);

        long managerId = SystemAuthentication.callAsSystem(() -> people.idOf("manager").orElseThrow());
        TeamSummary team = SystemAuthentication.callAsSystem(() -> teams.visibleTeams().stream()
                .filter(t -> t.managers().stream().anyMatch(m -> m.id() == managerId)).findFirst().orElseThrow());
        List<Long> agentIds = SystemAuthentication.callAsSystem(() -> people.agentsInTeam(team.id(), Pageable.unpaged())
                .map(UserSummary::id).getContent());
        long agentId = SystemAuthentication.callAsSystem(() -> people.idOf("agent").orElseThrow());
        System.out.printf("%nFeedback figures benchmark: %,d ratings; manager of team %s with %d agents; "
                + "period %s..%s, trend %s..%s%n", stored, team.name(), agentIds.size(), periodFrom, monthStart,
                trendFrom, trendTo);

        // (b) Team dashboard: the period's and the previous period's figures, the 12-month trend, perAgent for 200
        fixtures.signIn("manager");
        var period = new Samples("team figures, period");
        var previous = new Samples("team figures, previous period");
        var trend = new Samples("team trend, 12 months");
        var perAgent = new Samples("perAgent, " + agentIds.size() + " agents");
        var coverage = new Samples("certification coverage of the team (not FeedbackFigures)");
        var visible = new Samples("visible teams (not FeedbackFigures)");
        var dashboard = new Samples("(b) FeedbackFigures calls of a dashboard");
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            boolean measure = i >= WARM_UP;
            long t0 = System.nanoTime();
            period.time(measure, () -> figures.figures(FigureScope.team(team.id()), periodFrom, monthStart));
            previous.time(measure, () -> figures.figures(FigureScope.team(team.id()), previousFrom, periodFrom));
            trend.time(measure, () -> figures.trend(FigureScope.team(team.id()), Granularity.MONTH, trendFrom, trendTo));
            perAgent.time(measure, () -> figures.perAgent(agentIds, periodFrom, monthStart));
            if (measure) {
                dashboard.add(System.nanoTime() - t0);
            }
            coverage.time(measure, () -> certification.teamCoverage(team.id()));
            visible.time(measure, () -> teams.visibleTeams());
        }
        var n = figures.figures(FigureScope.team(team.id()), periodFrom, monthStart);
        System.out.printf("  team figures last month: CSAT n=%d, NPS n=%d, CES n=%d%n", n.csat().n(), n.nps().n(),
                n.ces().n());
        // the same through the Team dashboard's service: load (figures, previous period, trend, coverage) and the
        // first page of 50 agents (perAgent for the whole team, sorted), which is what opening the page costs
        var reportPeriod = ReportPeriod.of(Granularity.MONTH, periodFrom);
        var load = new Samples("TeamDashboardService.load");
        var firstPage = new Samples("TeamDashboardService.agents, first 50");
        var pageLoad = new Samples("(b) Team dashboard page: load + agents");
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            boolean measure = i >= WARM_UP;
            long t0 = System.nanoTime();
            var loaded = new com.certdesk.insight.TeamDashboard[1];
            load.time(measure, () -> loaded[0] = dashboards.load(team.id(), reportPeriod));
            // as the page does: the table's first page reuses the coverage the load worked out
            firstPage.time(measure, () -> dashboards.agents(team.id(), reportPeriod,
                    PageRequest.of(0, 50, Sort.by(TeamDashboardService.SORT_CSAT).descending()),
                    loaded[0].certification()));
            if (measure) {
                pageLoad.add(System.nanoTime() - t0);
            }
        }
        fixtures.signOut();
        load.print();
        firstPage.print();
        pageLoad.print();
        period.print();
        previous.print();
        trend.print();
        perAgent.print();
        dashboard.print();
        coverage.print();
        visible.print();

        // (c) My performance: the agent's 12-month trend (the three measures in one call), the team's, latest comments
        fixtures.signIn("agent");
        var mine = new Samples("agent trend, 12 months");
        var teamLine = new Samples("team trend, 12 months (comparison line)");
        var comments = new Samples("latest comments (20)");
        var myPage = new Samples("(c) My performance, all three calls");
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            boolean measure = i >= WARM_UP;
            long t0 = System.nanoTime();
            mine.time(measure, () -> figures.trend(FigureScope.agent(agentId), Granularity.MONTH, trendFrom, trendTo));
            teamLine.time(measure, () -> figures.trend(FigureScope.team(team.id()), Granularity.MONTH, trendFrom,
                    trendTo));
            comments.time(measure, () -> figures.latestComments(agentId, 20));
            if (measure) {
                myPage.add(System.nanoTime() - t0);
            }
        }
        fixtures.signOut();
        mine.print();
        teamLine.print();
        comments.print();
        myPage.print();

        // (d) ingestion: 1,000-rating batches through FeedbackImports.store, new ratings each time
        List<FeedbackSimulation.Agent> agents = SystemAuthentication.callAsSystem(demo::agents);
        var simulation = new FeedbackSimulation(new FeedbackSimulation.Settings(BenchmarkData.SEED + 2,
                today.minusDays(7), today, time.zone(), 1.5, 0.04, "api-" + UUID.randomUUID() + "-"),
                FeedbackSimulation.loadComments());
        List<RatingInput> pending = new ArrayList<>();
        var batch = new Samples("(d) store, 1,000-rating batch");
        int done = 0;
        int agentIndex = 0;
        while (done < 10 + BATCHES) {
            while (pending.size() < 1000) {
                simulation.generate(agents.get(agentIndex++ % agents.size()), pending::add);
            }
            List<RatingInput> items = List.copyOf(pending.subList(0, 1000));
            pending.subList(0, 1000).clear();
            boolean measure = done >= 10;
            batch.time(measure, () -> SystemAuthentication.callAsSystem(
                    () -> imports.store(BatchOrigin.API, "API", "benchmark batch", items)));
            done++;
        }
        batch.print();
    }
}
