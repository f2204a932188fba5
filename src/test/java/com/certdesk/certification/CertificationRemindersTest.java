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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ServiceTest
class CertificationRemindersTest {

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
    String agent;
    String certified;
    long team;
    long module;
    ProgramSummary program;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("remind-manager", null, Roles.MANAGER);
        team = fixtures.team("Remind team", fixtures.userId(manager));
        agent = fixtures.user("remind-agent", team, Roles.AGENT);
        certified = fixtures.user("remind-certified", team, Roles.AGENT);
        module = certs.moduleWithQuiz("Reminded");
        program = certs.program("Reminded program", 1, 10, null, module);
        certs.learnAndPass(certified, module, 2);
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team,
                LocalDate.now(clock).plusDays(3)));
        fixtures.signOut();
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

    private CertificationReminders.Run run() {
        return SystemAuthentication.callAsSystem(reminders::run);
    }

    @Test
    void an_agent_is_reminded_once_before_the_due_date_and_once_when_overdue_and_the_manager_gets_digests() {
        run();
        assertThat(inbox(agent)).extracting(NotificationView::title)
                .containsExactly("Due in 3 days: " + program.name(), "New training: " + program.name());
        assertThat(inbox(certified)).extracting(NotificationView::title)
                .as("a certified agent gets the certificate notice, not a due-date reminder")
                .containsExactly("Certified: " + program.name());
        List<NotificationView> managerInbox = inbox(manager);
        assertThat(managerInbox).hasSize(1);
        assertThat(managerInbox.getFirst().message()).contains("Test " + agent, "is due in 3 days")
                .doesNotContain("Test " + certified);

        CertificationReminders.Run again = run();
        assertThat(again.agentReminders()).as("the same events are never sent twice").isZero();
        assertThat(again.managerDigests()).isZero();
        assertThat(inbox(agent)).hasSize(2);

        clock.advance(Duration.ofDays(4));
        run();
        run();
        assertThat(inbox(agent)).extracting(NotificationView::title)
                .containsExactly("Overdue: " + program.name(), "Due in 3 days: " + program.name(),
                        "New training: " + program.name());
        assertThat(inbox(manager)).hasSize(2);
    }

    @Test
    void a_certificate_entering_its_window_and_then_expiring_is_announced_once_each() {
        clock.advance(Duration.ofDays(25));
        run();
        run();
        assertThat(inbox(certified)).extracting(NotificationView::title)
                .containsOnlyOnce("Time to recertify: " + program.name());

        clock.advance(Duration.ofDays(10));
        run();
        run();
        assertThat(inbox(certified)).extracting(NotificationView::title)
                .containsOnlyOnce("Expired: " + program.name())
                .containsOnlyOnce("Time to recertify: " + program.name());
    }
}
