package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.certification.internal.CertificationReminders;
import com.certdesk.notification.NotificationService;
import com.certdesk.notification.NotificationView;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Agents hear about training assigned to them and about new due dates, once per change. */
@ServiceTest
class AssignmentNoticesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CertificationReminders reminders;
    @Autowired
    NotificationService notifications;
    @Autowired
    TestClock clock;

    String manager;
    long team;
    String agent;
    String certified;
    long module;
    ProgramSummary program;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("notice-manager", null, Roles.MANAGER);
        team = fixtures.team("Notice team", fixtures.userId(manager));
        agent = fixtures.user("notice-agent", team, Roles.AGENT);
        certified = fixtures.user("notice-certified", team, Roles.AGENT);
        module = certs.moduleWithQuiz("Noticed");
        program = certs.program("Noticed program", 12, 30, null, module);
        certs.learnAndPass(certified, module, 2);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    private List<NotificationView> inbox(String username) {
        fixtures.signIn(username);
        try {
            return notifications.mine(PageRequest.of(0, 50)).getContent();
        } finally {
            fixtures.signOut();
        }
    }

    private void assignTeam(LocalDate due) {
        fixtures.signIn(manager);
        try {
            assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, due));
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void the_teams_agents_are_told_once_of_a_new_assignment_and_once_of_each_new_due_date() {
        LocalDate first = LocalDate.now(clock).plusDays(20);
        assignTeam(first);
        List<NotificationView> told = inbox(agent);
        assertThat(told).extracting(NotificationView::title).containsExactly("New training: " + program.name());
        assertThat(told.getFirst().message()).contains("certification program " + program.name(),
                AssignmentService.DATE.format(first), "in 20 days");
        assertThat(told.getFirst().link()).isEqualTo("learning");
        assertThat(inbox(certified)).extracting(NotificationView::title).as("already certified: nothing to do")
                .doesNotContain("New training: " + program.name());

        assignTeam(first);
        SystemAuthentication.callAsSystem(reminders::run);
        assertThat(inbox(agent)).as("saving the same due date again or a reminder run tells nobody twice").hasSize(1);

        LocalDate later = first.plusDays(10);
        assignTeam(later);
        assertThat(inbox(agent)).extracting(NotificationView::title)
                .containsExactly("New due date: " + program.name(), "New training: " + program.name());
        assertThat(inbox(agent).getFirst().message()).contains(AssignmentService.DATE.format(later));

        assignTeam(first);
        assertThat(inbox(agent)).as("going back to the first date is a change too").hasSize(3);
    }

    @Test
    void an_agent_given_their_own_due_date_or_a_module_is_told_and_nobody_else() {
        fixtures.signIn(manager);
        LocalDate due = LocalDate.now(clock).plusDays(5);
        assignments.setDueDate(fixtures.userId(agent), program.id(), due);
        long otherModule = certs.moduleWithQuiz("Noticed single module");
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toAgents(AssignmentKind.MODULE, otherModule,
                List.of(fixtures.userId(agent)), due));
        fixtures.signOut();

        List<NotificationView> told = inbox(agent);
        assertThat(told).extracting(NotificationView::title).hasSize(2)
                .allMatch(t -> t.startsWith("New training: "));
        assertThat(told).extracting(NotificationView::link).contains("modules/" + otherModule, "learning");
        assertThat(inbox(certified)).extracting(NotificationView::title).noneMatch(t -> t.startsWith("New training"));
    }
}
