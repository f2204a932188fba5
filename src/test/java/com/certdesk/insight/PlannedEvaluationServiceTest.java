package com.certdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.AssignmentView;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.internal.EvaluationStore;
import com.certdesk.insight.internal.ImpactEstimator;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Planned evaluations: registration fixes the plan and assigns the waves, once; who may plan and read what; the
 * registered analysis follows the registration, not the settings.
 */
@ServiceTest
class PlannedEvaluationServiceTest {

    @Autowired
    PlannedEvaluationService evaluations;
    @Autowired
    AssignmentService assignments;
    @Autowired
    EvaluationStore store;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    DashboardFixtures dashboard;
    @Autowired
    OrganizationTime time;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void reset() {
        fixtures.signOut();
        clock.reset();
    }

    /** A manager, their team of {@code size} agents, and a program with one module. */
    private record Setup(String manager, long team, List<String> agents, long moduleId, ProgramSummary program) {
    }

    private Setup setup(String name, int size) {
        String manager = fixtures.user(name + "-manager", null, Roles.MANAGER);
        long team = fixtures.team(name + " team", fixtures.userId(manager));
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            agents.add(fixtures.user(name + "-agent" + i, team, Roles.AGENT));
        }
        long module = certs.moduleWithQuiz(name + " module");
        return new Setup(manager, team, agents, module, certs.program(name + " program", 24, 30, null, module));
    }

    private EvaluationPlan plan(Setup s, Set<Long> teams, int waves, int gapWeeks) {
        return new EvaluationPlan(UUID.randomUUID().toString(), "Rollout of " + s.program().name(), s.program().id(),
                Measure.CSAT, 60, 7, 30, 3, 5, teams, waves, gapWeeks, time.today().plusDays(14), false);
    }

    private List<AssignmentView> programAssignments(Setup s) {
        return assignments.forTeam(s.team()).stream().filter(a -> a.kind() == AssignmentKind.PROGRAM
                && a.targetId() == s.program().id()).toList();
    }

    @Test
    void registering_assigns_each_wave_with_its_due_date_and_the_waves_are_the_seeds() {
        Setup s = setup("plan-waves", 6);
        fixtures.signIn(s.manager());
        EvaluationPlan plan = plan(s, Set.of(s.team()), 2, 8);
        EvaluationPreview preview = evaluations.preview(plan);
        assertThat(preview.agents()).isEqualTo(6);
        assertThat(preview.groups()).extracting(WaveGroup::agents).containsExactly(3, 3);
        assertThat(programAssignments(s)).as("the preview writes nothing").isEmpty();

        long id = evaluations.register(plan);

        List<AssignmentView> assigned = programAssignments(s);
        assertThat(assigned).hasSize(6).allMatch(a -> a.userId() != null);
        assertThat(assigned.stream().collect(Collectors.groupingBy(AssignmentView::dueOn, Collectors.counting())))
                .containsEntry(plan.firstDueOn(), 3L).containsEntry(plan.firstDueOn().plusWeeks(8), 3L);
        store.agents(id).forEach(a -> assertThat(assigned).anyMatch(v -> v.userId() == a.userId()
                && v.dueOn().equals(a.dueOn())));
        PlannedEvaluation shown = evaluations.get(id);
        assertThat(shown.preDays()).isEqualTo(60);
        assertThat(shown.washoutDays()).isEqualTo(7);
        assertThat(shown.postDays()).isEqualTo(30);
        assertThat(shown.minimumRatings()).isEqualTo(3);
        assertThat(shown.waveGapDays()).isEqualTo(56);
        assertThat(shown.agents()).isEqualTo(6);
        assertThat(shown.registeredBy()).isEqualTo("Test " + s.manager());
        assertThat(shown.status()).isEqualTo(EvaluationStatus.ROLLING_OUT);
        assertThat(shown.firstResultOn()).isEqualTo(YearMonth.from(plan.firstDueOn()).atEndOfMonth().plusDays(38));
        assertThat(evaluations.wavesMatchTheirSeed(id)).isTrue();
    }

    @Test
    void agents_already_certified_or_assigned_are_left_out_and_counted() {
        Setup s = setup("plan-left", 6);
        certs.learnAndPass(s.agents().get(0), s.moduleId(), 2);
        long assignedAgent = fixtures.userId(s.agents().get(1));
        SystemAuthentication.runAsSystem(() -> assignments.assign(AssignmentDraft.toAgents(AssignmentKind.PROGRAM,
                s.program().id(), List.of(assignedAgent), time.today().plusDays(30))));
        fixtures.signIn(s.manager());
        EvaluationPreview preview = evaluations.preview(plan(s, Set.of(s.team()), 2, 8));
        assertThat(preview.alreadyCertified()).isEqualTo(1);
        assertThat(preview.alreadyAssigned()).isEqualTo(1);
        assertThat(preview.agents()).isEqualTo(4);
        long id = evaluations.register(plan(s, Set.of(s.team()), 2, 8));
        assertThat(store.agents(id)).hasSize(4).noneMatch(a -> a.userId() == assignedAgent
                || a.userId() == fixtures.userId(s.agents().get(0)));
    }

    @Test
    void submitting_the_same_form_twice_registers_one_evaluation() {
        Setup s = setup("plan-twice", 4);
        fixtures.signIn(s.manager());
        EvaluationPlan plan = plan(s, Set.of(s.team()), 2, 8);
        long first = evaluations.register(plan);
        long again = evaluations.register(plan);
        assertThat(again).isEqualTo(first);
        assertThat(evaluations.list(Pageable.ofSize(50)).getContent()).filteredOn(e -> e.programId()
                == s.program().id()).hasSize(1);
        assertThat(programAssignments(s)).hasSize(4);
    }

    @Test
    void a_plan_that_cannot_be_registered_says_why_and_writes_nothing() {
        Setup s = setup("plan-bad", 1);
        fixtures.signIn(s.manager());
        assertThatThrownBy(() -> evaluations.register(new EvaluationPlan("k-" + UUID.randomUUID(), " ",
                s.program().id(), Measure.NPS, 10, 7, 30, 3, 2, Set.of(), 5, 0, time.today().minusDays(1), false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("title")
                .hasMessageContaining("28 to 365").hasMessageContaining("at least 5 agents")
                .hasMessageContaining("2 to 4 waves").hasMessageContaining("in the past")
                .hasMessageContaining("at least one team");
        assertThatThrownBy(() -> evaluations.register(plan(s, Set.of(s.team()), 2, 8)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("fewer than one per wave");
        assertThat(programAssignments(s)).isEmpty();
    }

    @Test
    void hr_plans_for_any_team_and_the_assignments_are_made_although_hr_cannot_assign_otherwise() {
        Setup s = setup("plan-hr", 4);
        fixtures.signIn(fixtures.user("plan-hr-user", null, Roles.HR));
        assertThatThrownBy(() -> assignments.assign(AssignmentDraft.toAgents(AssignmentKind.PROGRAM,
                s.program().id(), List.of(fixtures.userId(s.agents().get(0))), time.today())))
                .isInstanceOf(AccessDeniedException.class);
        long id = evaluations.register(plan(s, Set.of(s.team()), 2, 8));
        assertThat(programAssignments(s)).hasSize(4);
        assertThat(evaluations.get(id).registeredBy()).startsWith("Test plan-hr-user");
    }

    @Test
    void managers_plan_and_read_for_their_own_teams_only_and_agents_not_at_all() {
        Setup s = setup("plan-own", 4);
        fixtures.signIn(s.manager());
        long id = evaluations.register(plan(s, Set.of(s.team()), 2, 8));

        String other = fixtures.user("plan-other-manager", null, Roles.MANAGER);
        long otherTeam = fixtures.team("plan-other team", fixtures.userId(other));
        fixtures.user("plan-other-agent", otherTeam, Roles.AGENT);
        fixtures.signIn(other);
        assertThatThrownBy(() -> evaluations.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evaluations.analysis(id)).isInstanceOf(NotFoundException.class);
        assertThat(evaluations.list(Pageable.ofSize(100)).getContent()).noneMatch(e -> e.id() == id);
        assertThatThrownBy(() -> evaluations.preview(plan(s, Set.of(s.team(), otherTeam), 2, 8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.get(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);

        fixtures.signIn(s.agents().get(0));
        assertThatThrownBy(() -> evaluations.list(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluations.register(plan(s, Set.of(s.team()), 2, 8)))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(fixtures.user("plan-own-hr", null, Roles.HR));
        assertThat(evaluations.get(id).title()).isEqualTo("Rollout of " + s.program().name());
    }

    @Test
    void the_registered_analysis_uses_the_registered_windows_minimums_and_seed_whatever_the_settings() {
        Setup s = setup("plan-result", 10);
        fixtures.signIn(s.manager());
        // a year between the waves: the second wave stays not yet certified while the first is measured
        long id = evaluations.register(plan(s, Set.of(s.team()), 2, 52));
        List<Long> firstWave = store.agents(id).stream().filter(a -> a.wave() == 0)
                .map(EvaluationStore.StoredAgent::userId).toList();
        assertThat(evaluations.analysis(id).effect()).as("before any data").isNull();
        for (String agent : s.agents()) {
            if (firstWave.contains(fixtures.userId(agent))) {
                certs.learnAndPass(agent, s.moduleId(), 2);
            }
        }
        dashboard.ratingsAroundMonth(s.agents(), agent -> firstWave.contains(fixtures.userId(agent)),
                YearMonth.from(time.today()));
        fixtures.signIn(s.manager());

        TrainingImpact registered = evaluations.analysis(id);
        assertThat(registered.effect()).as(registered.sentence()).isNotNull();
        assertThat(registered.effect().points()).isGreaterThan(20);
        assertThat(registered.treatedAgents()).isEqualTo(5);
        assertThat(registered.controlAgents()).isEqualTo(5);
        assertThat(registered.preDays()).isEqualTo(60);
        assertThat(registered.postDays()).isEqualTo(30);
        assertThat(registered.minimumRatings()).isEqualTo(3);
        assertThat(evaluations.get(id).status()).isEqualTo(EvaluationStatus.READY);
        assertThat(evaluations.analysis(id)).as("read again").isEqualTo(registered);

        // the same registration under other settings: a Training impact service with other windows and minimums
        TrainingImpactService otherSettings = new TrainingImpactService(bean(com.certdesk.certification.ProgramService.class),
                bean(com.certdesk.certification.CertificateService.class), bean(com.certdesk.feedback.FeedbackFigures.class),
                bean(com.certdesk.quiz.QuizResults.class), bean(com.certdesk.catalog.LearningService.class),
                bean(com.certdesk.catalog.ModuleDirectory.class), bean(com.certdesk.people.PeopleDirectory.class),
                bean(com.certdesk.people.TeamService.class), bean(com.certdesk.security.CurrentUser.class), time,
                120, 30, 120, 50, 20, 2000);
        EvaluationStore.Stored e = store.find(id).orElseThrow();
        TrainingImpact underOtherSettings = otherSettings.registered(s.program(), Measure.CSAT,
                store.agents(id).stream().map(EvaluationStore.StoredAgent::userId).collect(Collectors.toSet()),
                new ImpactEstimator.Windows(e.preDays(), e.washoutDays(), e.postDays()), e.minimumRatings(),
                e.minimumAgents(), e.replicates(), e.seed(), e.withinChannel(), null);
        assertThat(underOtherSettings).isEqualTo(registered);
    }

    @Test
    void read_by_wave_every_agent_counts_from_their_wave_due_date_whether_certified_or_not() {
        Setup s = setup("plan-itt", 10);
        fixtures.signIn(s.manager());
        EvaluationPlan plan = plan(s, Set.of(s.team()), 2, 52);
        long id = evaluations.register(plan);
        List<Long> firstWave = store.agents(id).stream().filter(a -> a.wave() == 0)
                .map(EvaluationStore.StoredAgent::userId).toList();
        // only three of the five agents of the first wave certify: too few to compare by certification
        int certified = 0;
        for (String agent : s.agents()) {
            if (firstWave.contains(fixtures.userId(agent)) && certified++ < 3) {
                certs.learnAndPass(agent, s.moduleId(), 2);
            }
        }
        dashboard.ratingsAroundMonth(s.agents(), agent -> firstWave.contains(fixtures.userId(agent)),
                YearMonth.from(plan.firstDueOn()));
        fixtures.signIn(s.manager());

        assertThat(evaluations.analysis(id).effect()).as("3 certified are fewer than 5").isNull();
        TrainingImpact byWave = evaluations.analysisByWave(id);
        assertThat(byWave.effect()).as(byWave.sentence()).isNotNull();
        assertThat(byWave.treatment()).isEqualTo(TrainingImpact.Treatment.WAVE);
        assertThat(byWave.treatedAgents()).isEqualTo(5);
        assertThat(byWave.controlAgents()).isEqualTo(5);
        assertThat(byWave.effect().points()).isGreaterThan(20);
        assertThat(byWave.sentence()).startsWith("CSAT of agents whose wave was due rose")
                .contains("than that of agents whose wave was not yet due")
                .contains("5 agents whose wave was due and 5 whose wave was not yet");
        assertThat(evaluations.analysisByWave(id)).as("read again").isEqualTo(byWave);
    }

    @Test
    void a_plan_registered_within_channel_is_analysed_within_channel() {
        Setup s = setup("plan-channel", 4);
        fixtures.signIn(s.manager());
        EvaluationPlan plan = plan(s, Set.of(s.team()), 2, 8);
        long id = evaluations.register(new EvaluationPlan(plan.requestKey(), plan.title(), plan.programId(),
                plan.measure(), plan.preDays(), plan.washoutDays(), plan.postDays(), plan.minimumRatings(),
                plan.minimumAgents(), plan.teamIds(), plan.waves(), plan.waveGapWeeks(), plan.firstDueOn(), true));
        Setup t = setup("plan-channel-not", 4);
        fixtures.signIn(t.manager());
        long without = evaluations.register(plan(t, Set.of(t.team()), 2, 8));
        fixtures.signIn(fixtures.user("plan-channel-hr", null, Roles.HR));
        assertThat(evaluations.get(id).withinChannel()).isTrue();
        assertThat(evaluations.get(without).withinChannel()).isFalse();
        assertThat(evaluations.analysis(id).withinChannel()).isTrue();
        assertThat(evaluations.analysis(without).withinChannel()).isFalse();
    }

    @Test
    void a_plan_is_withdrawn_only_before_its_first_wave_is_due_with_its_reason_and_its_assignments() {
        Setup s = setup("plan-withdraw", 6);
        fixtures.signIn(s.manager());
        long id = evaluations.register(plan(s, Set.of(s.team()), 2, 8));
        assertThat(evaluations.get(id).withdrawable()).isTrue();
        assertThatThrownBy(() -> evaluations.withdraw(id, "  ", true)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Say why");
        assertThatThrownBy(() -> evaluations.withdraw(id, "x".repeat(501), true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("500");
        assertThat(programAssignments(s)).as("a refused withdrawal removes nothing").hasSize(6);

        String other = fixtures.user("plan-withdraw-other", null, Roles.MANAGER);
        fixtures.team("plan-withdraw-other team", fixtures.userId(other));
        fixtures.signIn(other);
        assertThatThrownBy(() -> evaluations.withdraw(id, "not mine", true)).isInstanceOf(NotFoundException.class);
        fixtures.signIn(s.agents().get(0));
        assertThatThrownBy(() -> evaluations.withdraw(id, "me", true)).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(s.manager());
        PlannedEvaluation withdrawn = evaluations.withdraw(id, " The rollout was postponed to next year. ", true);
        assertThat(withdrawn.status()).isEqualTo(EvaluationStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawable()).isFalse();
        assertThat(withdrawn.withdrawal()).isNotNull();
        assertThat(withdrawn.withdrawal().reason()).isEqualTo("The rollout was postponed to next year.");
        assertThat(withdrawn.withdrawal().by()).isEqualTo("Test " + s.manager());
        assertThat(withdrawn.withdrawal().assignmentsRemoved()).isEqualTo(6);
        assertThat(programAssignments(s)).isEmpty();
        assertThat(evaluations.withdraw(id, "a second click", true)).as("twice: the first stands")
                .isEqualTo(withdrawn);
        assertThatThrownBy(() -> evaluations.analysis(id)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("withdrawn");
        assertThat(evaluations.list(Pageable.ofSize(100)).getContent()).filteredOn(e -> e.id() == id)
                .singleElement().extracting(PlannedEvaluation::status).isEqualTo(EvaluationStatus.WITHDRAWN);
        assertThat(evaluations.wavesMatchTheirSeed(id)).as("the registration itself is untouched").isTrue();

        // HR withdraws another plan keeping its assignments; a third one, once its first wave is due, cannot be
        Setup t = setup("plan-withdraw-hr", 4);
        fixtures.signIn(fixtures.user("plan-withdraw-hr-user", null, Roles.HR));
        long kept = evaluations.register(plan(t, Set.of(t.team()), 2, 8));
        assertThat(evaluations.withdraw(kept, "Wrong measure chosen.", false).withdrawal().assignmentsRemoved())
                .isZero();
        assertThat(programAssignments(t)).hasSize(4);
        Setup v = setup("plan-withdraw-hr2", 4);
        long removedByHr = evaluations.register(plan(v, Set.of(v.team()), 2, 8));
        assertThat(evaluations.withdraw(removedByHr, "Cancelled.", true).withdrawal().assignmentsRemoved())
                .as("HR cannot remove assignments otherwise; the plan's own are removed").isEqualTo(4);
        assertThat(programAssignments(v)).isEmpty();

        Setup u = setup("plan-withdraw-late", 4);
        fixtures.signIn(u.manager());
        EvaluationPlan late = plan(u, Set.of(u.team()), 2, 8);
        long begun = evaluations.register(late);
        clock.advance(Duration.ofDays(15));
        assertThat(evaluations.get(begun).withdrawable()).isFalse();
        assertThatThrownBy(() -> evaluations.withdraw(begun, "The result looks bad.", true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot be withdrawn");
        assertThat(programAssignments(u)).hasSize(4);
        assertThat(evaluations.get(begun).withdrawal()).isNull();
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
