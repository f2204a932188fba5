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
    private final TestClock clock;

    DashboardFixtures(Fixtures fixtures, CertificationFixtures certs, AssignmentService assignments,
            FeedbackImports imports, TeamService teams, OrganizationTime time, TestClock clock) {
        this.fixtures = fixtures;
        this.certs = certs;
        this.assignments = assignments;
        this.imports = imports;
        this.teams = teams;
        this.time = time;
        this.clock = clock;
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
        String manager = fixtures.user("dash-manager", null, Roles.MANAGER);
        String otherManager = fixtures.user("dash-other-manager", null, Roles.MANAGER);
        String hr = fixtures.user("dash-hr", null, Roles.HR);
        String admin = fixtures.user("dash-admin", null, Roles.ADMIN);
        long teamA = fixtures.team("Dash A", fixtures.userId(manager));
        long teamB = fixtures.team("Dash B", fixtures.userId(otherManager));
        String certified = fixtures.user("dash-ana", teamA, Roles.AGENT);
        String few = fixtures.user("dash-ben", teamA, Roles.AGENT);
        String unrated = fixtures.user("dash-cy", teamA, Roles.AGENT);
        String other = fixtures.user("dash-dora", teamB, Roles.AGENT);
        long moduleId = certs.moduleWithQuiz("Dash module");
        ProgramSummary program = certs.program("Dash program", 24, 30, null, moduleId);
        SystemAuthentication.runAsSystem(() -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM,
                program.id(), teamA, LocalDate.now(clock))));
        certs.learnAndPass(certified, moduleId, 2);
        String teamAName = SystemAuthentication.callAsSystem(teams::visibleTeams).stream()
                .filter(t -> t.id() == teamA).findFirst().orElseThrow().name();

        LocalDate target = time.today().plusMonths(3).withDayOfMonth(15);
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

    private void add(List<RatingInput> ratings, String agent, Metric metric, LocalDate monthStart, int... scores) {
        for (int i = 0; i < scores.length; i++) {
            ratings.add(rating(agent, metric, monthStart.plusDays(1 + i % 10).atTime(10, i), scores[i], null));
        }
    }

    private RatingInput rating(String agent, Metric metric, java.time.LocalDateTime at, int score,
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
}
