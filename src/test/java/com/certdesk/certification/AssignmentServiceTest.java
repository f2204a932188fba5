package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.ValidationException;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class AssignmentServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CertificateService certificates;
    @Autowired
    TestClock clock;

    String manager;
    long team;
    String agent;
    long module;
    ProgramSummary program;
    LocalDate inTwoWeeks;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("assign-manager", null, Roles.MANAGER);
        team = fixtures.team("Assign team", fixtures.userId(manager));
        agent = fixtures.user("assign-agent", team, Roles.AGENT);
        module = certs.moduleWithQuiz("Assigned module");
        program = certs.program("Assigned program", 12, 30, null, module);
        inTwoWeeks = LocalDate.now(clock).plusDays(14);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    private List<MyAssignment> mine(String username) {
        fixtures.signIn(username);
        try {
            return assignments.mine();
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void a_team_assignment_reaches_agents_who_join_later_and_assigning_again_moves_the_due_date() {
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, inTwoWeeks));
        List<AssignmentView> again = assignments.assign(
                AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, inTwoWeeks.plusDays(7)));
        assertThat(assignments.forTeam(team)).hasSize(1).first()
                .satisfies(a -> assertThat(a.dueOn()).isEqualTo(inTwoWeeks.plusDays(7)))
                .satisfies(a -> assertThat(a.id()).isEqualTo(again.getFirst().id()));

        String newcomer = fixtures.user("assign-newcomer", team, Roles.AGENT);
        assertThat(mine(newcomer)).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(program.name());
            assertThat(a.dueOn()).as("a newcomer gets the later of the team's due date and 30 days from joining")
                    .isEqualTo(LocalDate.now(clock).plusDays(AssignmentDraft.DEFAULT_JOINER_DAYS));
            assertThat(a.statusText()).isEqualTo("Not started");
            assertThat(a.overdue()).isFalse();
        });
    }

    @Test
    void an_agents_own_due_date_overrides_the_teams_and_overdue_comes_the_day_after() {
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, inTwoWeeks));
        long agentId = fixtures.userId(agent);
        assignments.setDueDate(agentId, program.id(), LocalDate.now(clock).plusDays(1));
        fixtures.signOut();

        assertThat(mine(agent).getFirst().dueOn()).isEqualTo(LocalDate.now(clock).plusDays(1));
        clock.advance(Duration.ofDays(1));
        assertThat(mine(agent).getFirst().overdue()).isFalse();
        clock.advance(Duration.ofDays(1));
        MyAssignment overdue = mine(agent).getFirst();
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.daysLeft()).isEqualTo(-1);
    }

    @Test
    void a_manager_assigns_only_to_their_own_teams_and_hr_and_agents_not_at_all() {
        String otherManager = fixtures.user("assign-other", null, Roles.MANAGER);
        long otherTeam = fixtures.team("Other assign team", fixtures.userId(otherManager));
        String otherAgent = fixtures.user("assign-other-agent", otherTeam, Roles.AGENT);

        fixtures.signIn(manager);
        assertThatThrownBy(() -> assignments.assign(
                AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), otherTeam, inTwoWeeks)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.assign(AssignmentDraft.toAgents(AssignmentKind.PROGRAM, program.id(),
                List.of(fixtures.userId(otherAgent)), inTwoWeeks))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.forTeam(otherTeam)).isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(fixtures.user("assign-hr", null, Roles.HR));
        assertThatThrownBy(() -> assignments.assign(
                AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, inTwoWeeks)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(assignments.forTeam(team)).isEmpty();

        fixtures.signIn(agent);
        assertThatThrownBy(() -> assignments.assign(
                AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, inTwoWeeks)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_due_date_in_the_past_or_an_unpublished_module_is_refused_with_a_clear_message() {
        fixtures.signIn(manager);
        assertThatThrownBy(() -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(),
                team, LocalDate.now(clock).minusDays(1)))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is in the past");
        long draft = fixtures.draftModule("Draft only", 1);
        assertThatThrownBy(() -> assignments.assign(
                AssignmentDraft.toTeam(AssignmentKind.MODULE, draft, team, inTwoWeeks)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not published");
        assertThatThrownBy(() -> assignments.assign(new AssignmentDraft(AssignmentKind.PROGRAM, program.id(), null,
                List.of(), inTwoWeeks))).isInstanceOf(ValidationException.class)
                .hasMessage("Choose a team or at least one agent.");
    }

    @Test
    void removing_an_assignment_keeps_the_certificate_earned_through_it() {
        fixtures.signIn(manager);
        long id = assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, inTwoWeeks))
                .getFirst().id();
        fixtures.signOut();
        certs.learnAndPass(agent, module, 2);
        assertThat(mine(agent).getFirst().done()).isTrue();

        fixtures.signIn(manager);
        assignments.remove(id);
        assignments.remove(id);
        assertThat(assignments.forTeam(team)).isEmpty();
        assertThat(mine(agent)).isEmpty();
        assertThat(SystemAuthentication.callAsSystem(() -> certificates.of(fixtures.userId(agent)))).hasSize(1);
    }

    @Test
    void a_module_assignment_shows_until_the_module_is_complete() {
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toAgents(AssignmentKind.MODULE, module, List.of(fixtures.userId(agent)),
                inTwoWeeks));
        fixtures.signOut();
        assertThat(mine(agent)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AssignmentKind.MODULE);
            assertThat(a.done()).isFalse();
        });
        certs.learnAndPass(agent, module, 2);
        assertThat(mine(agent).getFirst().statusText()).isEqualTo("Completed");
    }

    @Test
    void an_assigned_program_shows_how_many_of_its_modules_are_complete_until_certified() {
        long second = certs.moduleWithQuiz("Second assigned module");
        ProgramSummary twoModules = certs.program("Two-module program", 12, 30, null, module, second);
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, twoModules.id(), team, inTwoWeeks));
        fixtures.signOut();
        assertThat(status(twoModules)).isEqualTo("Not started");

        certs.learnAndPass(agent, module, 2);
        assertThat(status(twoModules)).isEqualTo("1 of 2 modules complete");

        certs.learnAndPass(agent, second, 2);
        MyAssignment certified = mine(agent).stream().filter(a -> a.targetId() == twoModules.id()).findFirst()
                .orElseThrow();
        assertThat(certified.done()).isTrue();
        assertThat(certified.statusText()).startsWith("Certified");
    }

    private String status(ProgramSummary program) {
        return mine(agent).stream().filter(a -> a.targetId() == program.id()).findFirst().orElseThrow().statusText();
    }
}
