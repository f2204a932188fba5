package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.ValidationException;
import com.certdesk.certification.internal.CertificationReminders;
import com.certdesk.notification.NotificationService;
import com.certdesk.notification.NotificationView;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.people.UserSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Agents who join a team after its assignment was made get days of their own instead of a past due date. */
@ServiceTest
class NewcomerDueDatesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CertificationMatrixService matrix;
    @Autowired
    CertificationReminders reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserAdminService users;
    @Autowired
    TestClock clock;

    String manager;
    long team;
    String veteran;
    ProgramSummary program;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("newcomer-manager", null, Roles.MANAGER);
        team = fixtures.team("Newcomer team", fixtures.userId(manager));
        veteran = fixtures.user("newcomer-veteran", team, Roles.AGENT);
        program = certs.program("Newcomer program", 12, 30, null, certs.moduleWithQuiz("Newcomer module"));
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        fixtures.signIn(username);
        try {
            return work.get();
        } finally {
            fixtures.signOut();
        }
    }

    private MyAssignment myAssignment(String username) {
        return as(username, () -> assignments.mine()).stream().filter(a -> a.targetId() == program.id())
                .findFirst().orElseThrow();
    }

    @Test
    void an_agent_who_joins_after_the_due_date_gets_the_days_for_newcomers_counted_from_the_day_they_joined() {
        LocalDate teamDue = LocalDate.now(clock).plusDays(3);
        as(manager, () -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team,
                teamDue, 20)));
        assertThat(as(manager, () -> assignments.forTeam(team))).singleElement()
                .satisfies(a -> assertThat(a.joinerDays()).isEqualTo(20));
        clock.advance(Duration.ofDays(10));
        String newcomer = fixtures.user("newcomer-late", team, Roles.AGENT);
        LocalDate joined = LocalDate.now(clock);

        MyAssignment late = myAssignment(newcomer);
        assertThat(late.dueOn()).isEqualTo(joined.plusDays(20));
        assertThat(late.overdue()).as("not overdue on their first day").isFalse();
        assertThat(late.daysLeft()).isEqualTo(20);
        MyAssignment kept = myAssignment(veteran);
        assertThat(kept.dueOn()).as("who was in the team when it was assigned keeps its due date").isEqualTo(teamDue);
        assertThat(kept.overdue()).isTrue();

        List<DueItem> overdue = as(manager, () -> matrix.overdue(team));
        assertThat(overdue).extracting(DueItem::displayName).containsExactly("Test " + veteran);
        MatrixRow newcomerRow = as(manager, () -> matrix.rows(MatrixFilter.team(team), PageRequest.of(0, 10)))
                .getContent().stream().filter(r -> r.displayName().equals("Test " + newcomer)).findFirst()
                .orElseThrow();
        assertThat(newcomerRow.cell(program.id()).status()).isEqualTo(CertStatus.ASSIGNED);
        assertThat(newcomerRow.cell(program.id()).date()).isEqualTo(joined.plusDays(20));

        SystemAuthentication.callAsSystem(reminders::run);
        assertThat(as(newcomer, () -> notifications.mine(PageRequest.of(0, 20)).getContent()))
                .extracting(NotificationView::title).as("told of the assignment on the next run, never 'Overdue'")
                .containsExactly("New training: " + program.name());
        clock.advance(Duration.ofDays(14));
        SystemAuthentication.callAsSystem(reminders::run);
        assertThat(as(newcomer, () -> notifications.mine(PageRequest.of(0, 20)).getContent()))
                .extracting(NotificationView::title)
                .containsExactly("Due in 6 days: " + program.name(), "New training: " + program.name());
    }

    @Test
    void a_newcomer_gets_the_teams_due_date_when_it_is_later_than_their_own_days() {
        LocalDate teamDue = LocalDate.now(clock).plusDays(90);
        as(manager, () -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team,
                teamDue)));
        clock.advance(Duration.ofDays(1));
        String newcomer = fixtures.user("newcomer-early", team, Roles.AGENT);
        assertThat(myAssignment(newcomer).dueOn()).isEqualTo(teamDue);
    }

    @Test
    void an_agent_moving_into_the_team_counts_from_the_day_of_the_move_not_from_their_hire() {
        long otherTeam = fixtures.team("Newcomer other team");
        String mover = fixtures.user("newcomer-mover", otherTeam, Roles.AGENT);
        as(manager, () -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team,
                LocalDate.now(clock).plusDays(2))));
        clock.advance(Duration.ofDays(30));
        long moverId = fixtures.userId(mover);
        SystemAuthentication.runAsSystem(() -> {
            UserSummary u = users.get(moverId);
            users.update(moverId, u.version(), new UserDraft(u.username(), u.displayName(), u.email(), u.roles(), team,
                    u.hireDate(), u.externalId(), true));
        });
        assertThat(myAssignment(mover).dueOn()).isEqualTo(LocalDate.now(clock).plusDays(30));
        assertThat(myAssignment(mover).overdue()).isFalse();
    }

    @Test
    void the_days_for_newcomers_must_be_between_one_and_a_year() {
        fixtures.signIn(manager);
        assertThatThrownBy(() -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team,
                LocalDate.now(clock).plusDays(3), 0))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("between 1 and 365 days");
        assertThat(assignments.forTeam(team)).isEmpty();
    }

    @Test
    void a_manager_who_is_also_hr_assigns_only_to_the_agents_of_their_own_teams() {
        String hrManager = fixtures.user("newcomer-hr-manager", null, Roles.MANAGER, Roles.HR);
        fixtures.team("Newcomer hr-managed", fixtures.userId(hrManager));
        fixtures.signIn(hrManager);
        assertThatThrownBy(() -> assignments.assign(AssignmentDraft.toAgents(AssignmentKind.PROGRAM, program.id(),
                List.of(fixtures.userId(veteran)), LocalDate.now(clock).plusDays(3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team,
                LocalDate.now(clock).plusDays(3)))).isInstanceOf(AccessDeniedException.class);
    }
}
