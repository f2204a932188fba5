package com.certdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.TestClock;
import com.certdesk.base.NotFoundException;
import com.certdesk.certification.ProgramService;
import com.certdesk.feedback.Measure;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamService;
import com.certdesk.security.SystemAuthentication;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The training impact of the demo: its feedback puts CSAT 4 points higher after an agent's De-escalation Specialist
 * certificate (certdesk.demo.feedback.effect), and the estimate must find that within its interval, the same figure
 * each time it is asked; a manager asks only about their teams.
 */
@Tag("database")
@SpringBootTest(properties = {"certdesk.demo.enabled=true", "certdesk.impact.replicates=400"})
@Import(TestClock.Config.class)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = com.certdesk.SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class TrainingImpactDemoTest {

    @Autowired
    TrainingImpactService impact;
    @Autowired
    ProgramService programs;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TeamService teams;
    @Autowired
    com.certdesk.Fixtures fixtures;

    private long program() {
        return SystemAuthentication.callAsSystem(() -> programs.all().stream()
                .filter(p -> p.name().equals("De-escalation Specialist")).findFirst().orElseThrow().id());
    }

    @Test
    void the_demo_effect_of_4_csat_points_is_within_the_interval_and_the_figure_is_stable() {
        long program = program();
        AtomicReference<TrainingImpact> first = new AtomicReference<>();
        SystemAuthentication.runAsSystem(() -> {
            TrainingImpact r = impact.impact(program, Measure.CSAT, null);
            System.out.println("demo impact: " + r.sentence() + " pre-trend: " + r.doubt());
            assertThat(r.effect()).as(r.sentence()).isNotNull();
            assertThat(r.effect().low()).isLessThanOrEqualTo(4.0);
            assertThat(r.effect().high()).isGreaterThanOrEqualTo(4.0);
            assertThat(r.treatedAgents()).isGreaterThanOrEqualTo(5);
            assertThat(r.controlAgents()).isGreaterThanOrEqualTo(5);
            assertThat(r.eventStudy()).hasSize(13);
            first.set(r);
            // completing the program's last module: the certificate follows three days later in the demo
            long module = programs.get(program).modules().getLast().id();
            TrainingImpact byModule = impact.impactOfModule(module, Measure.CSAT, null, false);
            System.out.println("demo impact of a module: " + byModule.sentence());
            assertThat(byModule.module()).isTrue();
            assertThat(byModule.sentence()).containsAnyOf("agents who completed", "who completed the module")
                    .doesNotContain("certified");
            QuizAssociation a = impact.quizAssociation(program, null);
            System.out.println("demo association: " + a.sentence());
            assertThat(a.sentence()).startsWith(a.rho() == null ? "Not enough data yet" : "Association, not effect");
            assertThat(impact.impact(program, Measure.CSAT, null)).as("asked again: kept").isSameAs(r);
            impact.forgetAnswers();
            assertThat(impact.impact(program, Measure.CSAT, null)).as("computed again: the same figure")
                    .isNotSameAs(r).isEqualTo(r);
            // the demo's channels differ in level but not with certification: within channel the effect stays
            TrainingImpact within = impact.impact(program, Measure.CSAT, null, true);
            System.out.println("demo impact within channel: " + within.sentence());
            assertThat(within.withinChannel()).isTrue();
            assertThat(within.effect()).isNotNull();
            assertThat(within.effect().low()).isLessThanOrEqualTo(4.0);
            assertThat(within.effect().high()).isGreaterThanOrEqualTo(4.0);
        });
    }

    @Autowired
    com.certdesk.feedback.FeedbackImports imports;
    @Autowired
    com.certdesk.base.OrganizationTime time;

    @Test
    void an_answer_is_kept_until_ratings_arrive() {
        long program = program();
        SystemAuthentication.runAsSystem(() -> {
            TrainingImpact before = impact.impact(program, Measure.CSAT, null);
            assertThat(impact.impact(program, Measure.CSAT, null)).isSameAs(before);
            // any new rating changes the ratings' version: the answer is computed again (whether it counts or not)
            var rating = new com.certdesk.feedback.RatingInput("manual", "cache-test-1", null,
                    com.certdesk.feedback.Metric.CSAT, 1, 5, null, 5,
                    time.today().minusDays(1).atTime(12, 0).atZone(time.zone()).toInstant(), null, null,
                    people.person(people.idOf("agent").orElseThrow()).email(), null, null, null, null, null, null);
            var stored = imports.store(com.certdesk.feedback.BatchOrigin.API, "API", "cache test", java.util.List.of(
                    rating));
            try {
                TrainingImpact after = impact.impact(program, Measure.CSAT, null);
                assertThat(after).as("new ratings: a new answer").isNotSameAs(before);
                assertThat(impact.impact(program, Measure.CSAT, null)).isSameAs(after);
            } finally {
                imports.deleteBatch(stored.batchId());
            }
            assertThat(impact.impact(program, Measure.CSAT, null)).as("the rating deleted: as before")
                    .isNotSameAs(before).isEqualTo(before);
        });
    }

    @Autowired
    EngagementImpactService engagementImpact;

    @Test
    void the_engagement_index_is_compared_from_group_figures_only() {
        long program = program();
        SystemAuthentication.runAsSystem(() -> {
            EngagementImpact r = engagementImpact.impact(program, false, null);
            System.out.println("demo engagement impact: " + r.sentence());
            assertThat(r.threshold()).isGreaterThanOrEqualTo(3);
            if (r.effect() == null) {
                assertThat(r.missing()).isNotEmpty();
                assertThat(r.sentence()).startsWith("Not enough data yet");
            } else {
                assertThat(r.cohortsUsed()).isPositive();
                // every cohort used counts at least the threshold before and after, in both groups
                assertThat(r.treatedResponses()).isGreaterThanOrEqualTo(2L * r.threshold() * r.cohortsUsed());
                assertThat(r.controlResponses()).isGreaterThanOrEqualTo(2L * r.threshold() * r.cohortsUsed());
                assertThat(r.effect().low()).isLessThanOrEqualTo(r.effect().points());
            }
        });
        fixtures.signIn("manager");
        try {
            long own = impact.teams().getFirst().id();
            assertThat(engagementImpact.impact(program, false, own).team().id()).isEqualTo(own);
            assertThatThrownBy(() -> engagementImpact.impact(program, false, null))
                    .isInstanceOf(AccessDeniedException.class);
            java.util.List<Long> mine = impact.teams().stream().map(t -> t.id()).toList();
            long other = SystemAuthentication.callAsSystem(() -> teams.visibleTeams().stream()
                    .filter(t -> !mine.contains(t.id())).findFirst().orElseThrow().id());
            assertThatThrownBy(() -> engagementImpact.impact(program, false, other))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            fixtures.signOut();
        }
        fixtures.signIn("agent");
        try {
            assertThatThrownBy(() -> engagementImpact.impact(program, false, null))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void a_manager_asks_about_their_own_teams_only() {
        long program = program();
        fixtures.signIn("manager");
        try {
            assertThat(impact.mayAskOrganization()).isFalse();
            assertThatThrownBy(() -> impact.impact(program, Measure.CSAT, null))
                    .isInstanceOf(AccessDeniedException.class);
            java.util.List<Long> mine = impact.teams().stream().map(t -> t.id()).toList();
            long own = mine.getFirst();
            TrainingImpact r = impact.impact(program, Measure.NPS, own);
            assertThat(r.team().id()).isEqualTo(own);
            long other = SystemAuthentication.callAsSystem(() -> teams.visibleTeams().stream()
                    .filter(t -> !mine.contains(t.id())).findFirst()
                    .orElseThrow().id());
            assertThatThrownBy(() -> impact.impact(program, Measure.CSAT, other))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            fixtures.signOut();
        }
    }
}
