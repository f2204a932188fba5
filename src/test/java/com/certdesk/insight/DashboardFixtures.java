package com.certdesk.insight;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.Granularity;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.people.TeamService;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A team dashboard worth looking at, made through the real services: team A (its manager, three agents, one of them
 * certified, a program assigned and overdue for the others) and team B (another manager, one agent), with ratings
 * in the chosen period and the one before. Team membership starts now, so the clock is moved to the middle of a
 * month three months ahead and every rating falls after the agents joined their team: "the team at rating time"
 * is team A. Call {@link TestClock#reset()} after the test.
 */
@Component
public class DashboardFixtures {

    /** A comment one of team A's customers wrote; it must never show on HR's screens. */
    public static final String SECRET_COMMENT = "Comment-for-the-manager-only";

    private final Fixtures fixtures;
    private final CertificationFixtures certs;
    private final AssignmentService assignments;
    private final FeedbackImports imports;
    private final TeamService teams;
    private final OrganizationTime time;
    private final org.springframework.beans.factory.ObjectProvider<TestClock> clocks;

    DashboardFixtures(Fixtures fixtures, CertificationFixtures certs, AssignmentService assignments,
            FeedbackImports imports, TeamService teams, OrganizationTime time,
            org.springframework.beans.factory.ObjectProvider<TestClock> clocks) {
        this.fixtures = fixtures;
        this.certs = certs;
        this.assignments = assignments;
        this.imports = imports;
        this.teams = teams;
        this.time = time;
        this.clocks = clocks;
    }

    /** Who is who, and the period the ratings were made for (the current one once the clock moved). */
    public record Scenario(String manager, long teamA, String teamAName, String otherManager, long teamB, String hr,
            String admin, String certified, long certifiedId, String fewRatings, long fewRatingsId, String unrated,
            long unratedId, String otherAgent, long otherAgentId, ProgramSummary program, ReportPeriod period) {
    }

    /**
     * Period P (now): A's CSAT 12 satisfied of 15 (certified agent 9 of 12, the other 3 of 3), NPS only 5 responses,
     * CES 12 responses from the certified agent (mean 6). P-1: CSAT 6 of 10, NPS 12 (6 promoters, 3 detractors),
     * no CES. Team B's agent: 10 unsatisfied ratings in P.
     */
    public Scenario build() {
        Fixtures.TwoTeams org = fixtures.twoTeams("dash");
        String manager = org.manager();
        String otherManager = org.otherManager();
        String hr = org.hr();
        String admin = org.admin();
        long teamA = org.teamA();
        long teamB = org.teamB();
        String certified = fixtures.user("dash-ana", teamA, Roles.AGENT);
        String few = fixtures.user("dash-ben", teamA, Roles.AGENT);
        String unrated = fixtures.user("dash-cy", teamA, Roles.AGENT);
        String other = fixtures.user("dash-dora", teamB, Roles.AGENT);
        long moduleId = certs.moduleWithQuiz("Dash module");
        ProgramSummary program = certs.program("Dash program", 24, 30, null, moduleId);
        SystemAuthentication.runAsSystem(() -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM,
                program.id(), teamA, LocalDate.now(clock()))));
        certs.learnAndPass(certified, moduleId, 2);
        String teamAName = SystemAuthentication.callAsSystem(teams::visibleTeams).stream()
                .filter(t -> t.id() == teamA).findFirst().orElseThrow().name();

        LocalDate target = time.today().plusMonths(3).withDayOfMonth(15);
        TestClock clock = clock();
        clock.advance(Duration.between(clock.instant(), time.startOf(target).plusSeconds(12 * 3600)));
        ReportPeriod period = ReportPeriod.of(Granularity.MONTH, time.today());
        LocalDate now = period.start();
        LocalDate before = period.previous().start();

        List<RatingInput> ratings = new ArrayList<>();
        add(ratings, certified, Metric.CSAT, now, 5, 5, 5, 5, 5, 5, 5, 5, 2, 2, 2);
        add(ratings, few, Metric.CSAT, now, 4, 4, 4);
        add(ratings, few, Metric.NPS, now, 10, 10, 10, 10, 10);
        add(ratings, certified, Metric.CES, now, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 5, 5);
        add(ratings, certified, Metric.CSAT, before, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1);
        add(ratings, certified, Metric.NPS, before, 10, 10, 10, 10, 10, 10, 8, 8, 8, 3, 3, 3);
        add(ratings, other, Metric.CSAT, now, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        ratings.add(rating(certified, Metric.CSAT, now.plusDays(1).atTime(9, 0), 5, SECRET_COMMENT));
        SystemAuthentication.runAsSystem(() -> imports.store(BatchOrigin.API, "canonical", "dashboard test", ratings));
        return new Scenario(manager, teamA, teamAName, otherManager, teamB, hr, admin, certified,
                fixtures.userId(certified), few, fixtures.userId(few), unrated, fixtures.userId(unrated), other,
                fixtures.userId(other), program, period);
    }

    /**
     * For screenshots: team A of eight agents (two certified, a program assigned and overdue for the rest) with
     * ratings in each of the last twelve months and the current one, drifting upwards, deterministic. Moves the
     * clock to the middle of a month thirteen months ahead.
     */
    public Scenario buildYear() {
        String manager = fixtures.user("year-manager", null, Roles.MANAGER);
        String hr = fixtures.user("year-hr", null, Roles.HR);
        long teamA = fixtures.team("Support Berlin", fixtures.userId(manager));
        long teamB = fixtures.team("Support Lisbon");
        List<String> agents = new ArrayList<>();
        for (String name : List.of("ana", "ben", "cleo", "dan", "eva", "finn", "gil", "hana")) {
            agents.add(fixtures.user("year-" + name, teamA, Roles.AGENT));
        }
        String other = fixtures.user("year-olga", teamB, Roles.AGENT);
        long first = certs.moduleWithQuiz("Year module");
        ProgramSummary program = certs.program("De-escalation Specialist", 24, 30, null, first);
        long second = certs.moduleWithQuiz("Year written");
        ProgramSummary written = certs.program("Written Support Essentials", 24, 30, null, second);
        SystemAuthentication.runAsSystem(() -> {
            assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), teamA, LocalDate.now(clock())));
            assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, written.id(), teamA,
                    LocalDate.now(clock()).plusYears(2)));
        });
        certs.learnAndPass(agents.get(0), first, 2);
        certs.learnAndPass(agents.get(1), first, 2);
        certs.learnAndPass(agents.get(0), second, 2);
        String teamAName = SystemAuthentication.callAsSystem(teams::visibleTeams).stream()
                .filter(t -> t.id() == teamA).findFirst().orElseThrow().name();

        LocalDate target = time.today().plusMonths(13).withDayOfMonth(15);
        TestClock clock = clock();
        clock.advance(Duration.between(clock.instant(), time.startOf(target).plusSeconds(12 * 3600)));
        ReportPeriod period = ReportPeriod.of(Granularity.MONTH, time.today());
        java.util.Random random = new java.util.Random(42);
        List<RatingInput> ratings = new ArrayList<>();
        for (int month = 12; month >= 0; month--) {
            LocalDate start = period.start().minusMonths(month);
            int days = month == 0 ? 13 : 27;
            for (int a = 0; a < agents.size(); a++) {
                double lift = (12 - month) * 0.015 + (a < 2 ? 0.08 : 0);
                for (int i = 0; i < 9 + (a % 3) * 3; i++) {
                    var at = start.plusDays(random.nextInt(days) + 1).atTime(8 + random.nextInt(9), random.nextInt(60));
                    int csat = random.nextDouble() < 0.62 + lift ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
                    ratings.add(rating(agents.get(a), Metric.CSAT, at, csat, null));
                    int nps = random.nextDouble() < 0.45 + lift ? 9 + random.nextInt(2) : random.nextInt(9);
                    ratings.add(rating(agents.get(a), Metric.NPS, at.plusMinutes(1), nps, null));
                    int ces = Math.min(7, 3 + random.nextInt(4) + (random.nextDouble() < lift ? 1 : 0));
                    ratings.add(rating(agents.get(a), Metric.CES, at.plusMinutes(2), ces, null));
                }
            }
        }
        for (int i = 0; i < 12; i++) {
            ratings.add(rating(other, Metric.CSAT, period.start().plusDays(1 + i).atTime(9, 0), 2 + i % 4, null));
        }
        for (int from = 0; from < ratings.size(); from += 500) {
            List<RatingInput> batch = List.copyOf(ratings.subList(from, Math.min(ratings.size(), from + 500)));
            SystemAuthentication.runAsSystem(() -> imports.store(BatchOrigin.API, "canonical", "dashboard shots", batch));
        }
        return new Scenario(manager, teamA, teamAName, manager, teamB, hr, hr, agents.get(0),
                fixtures.userId(agents.get(0)), agents.get(1), fixtures.userId(agents.get(1)), agents.get(7),
                fixtures.userId(agents.get(7)), other, fixtures.userId(other), program, period);
    }

    private void add(List<RatingInput> ratings, String agent, Metric metric, LocalDate monthStart, int... scores) {
        for (int i = 0; i < scores.length; i++) {
            ratings.add(rating(agent, metric, monthStart.plusDays(1 + i % 10).atTime(10, i), scores[i], null));
        }
    }

    /**
     * Six CSAT ratings of each agent 35 to 40 days before {@code month} and six from 13 days after its end (inside a
     * planned evaluation's windows of 60 days before, 7 of washout and 30 after), half of them satisfied; after the
     * month, all of those of the {@code improved} agents are. Stored as the system, with the clock first moved to two
     * days after the window after has ended.
     */
    public void ratingsAroundMonth(List<String> agents, java.util.function.Predicate<String> improved,
            java.time.YearMonth month) {
        TestClock clock = clocks.getObject();
        clock.advance(Duration.between(clock.instant(), time.startOf(month.atEndOfMonth().plusDays(1 + 7 + 30 + 2))
                .plusSeconds(12 * 3600)));
        List<RatingInput> ratings = new ArrayList<>();
        for (int a = 0; a < agents.size(); a++) {
            String agent = agents.get(a);
            for (int i = 0; i < 6; i++) {
                ratings.add(rating(agent, Metric.CSAT, month.atDay(1).minusDays(40 - i).atTime(10, a),
                        i % 2 == 0 ? 5 : 2, null));
                ratings.add(rating(agent, Metric.CSAT, month.atEndOfMonth().plusDays(1 + 7 + 5 + i).atTime(10, a),
                        improved.test(agent) || i % 2 == 0 ? 5 : 2, null));
            }
        }
        SystemAuthentication.runAsSystem(() -> imports.store(BatchOrigin.API, "canonical", "around a month",
                ratings));
    }

    RatingInput rating(String agent, Metric metric, java.time.LocalDateTime at, int score,
            @Nullable String comment) {
        int min = metric == Metric.NPS ? 0 : 1;
        int max = switch (metric) {
            case NPS -> 10;
            case CES -> 7;
            default -> 5;
        };
        Instant when = at.atZone(time.zone()).toInstant();
        return new RatingInput("dashtest", Fixtures.unique("r"), null, metric, min, max, null, score, when, null, null,
                agent + "@example.test", null, "email", null, comment, null, null);
    }

    /** The test clock: only contexts that import TestClock.Config have one (browser tests without it never call this). */
    private TestClock clock() {
        TestClock clock = clocks.getIfAvailable();
        if (clock == null) {
            throw new IllegalStateException("DashboardFixtures moves time: @Import(TestClock.Config.class) in the test");
        }
        return clock;
    }
}
