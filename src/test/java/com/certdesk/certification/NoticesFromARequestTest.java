package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.TestClock;
import com.certdesk.UiTest;
import com.certdesk.notification.NotificationService;
import com.certdesk.notification.NotificationView;
import com.certdesk.security.Roles;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Notices of new training and new due dates reach the agents when the manager's click is what caused them. In the
 * running app that click is a Vaadin request, where Vaadin's security-context strategy reads the signed-in user from
 * the HTTP session; the notices must still be sent as the system (as they are from the daily job), not refused as
 * the manager's and lost.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoticesFromARequestTest extends UiTest {

    @Autowired
    CertificationFixtures certs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TestClock clock;
    @Autowired
    NotificationService notifications;

    String manager;
    long team;
    List<String> agents;
    ProgramSummary program;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("request-manager", null, Roles.MANAGER);
        team = fixtures.team("Request team", fixtures.userId(manager));
        agents = List.of(fixtures.user("request-ana", team, Roles.AGENT), fixtures.user("request-ben", team, Roles.AGENT));
        program = certs.program("Request program", 12, 30, null, certs.moduleWithQuiz("Request module"));
    }

    /** Signs in as a browser request does: the session holds the security context, as Spring Security stores it. */
    private void signInByRequest(String username) {
        var session = VaadinSession.getCurrent().getSession();
        session.removeAttribute("SPRING_SECURITY_CONTEXT"); // else Vaadin's strategy keeps returning the one before
        signIn(username);
        session.setAttribute("SPRING_SECURITY_CONTEXT", SecurityContextHolder.getContext());
    }

    private List<String> titlesOf(String username) {
        signInByRequest(username);
        return notifications.mine(PageRequest.of(0, 50)).getContent().stream().map(NotificationView::title).toList();
    }

    @Test
    void agents_get_one_notice_each_when_their_manager_assigns_a_program_and_changes_its_due_date(CapturedOutput log) {
        LocalDate due = LocalDate.now(clock).plusDays(20);
        signInByRequest(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, due));

        for (String agent : agents) {
            assertThat(titlesOf(agent)).as(agent).containsExactly("New training: " + program.name());
        }

        signInByRequest(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, due.plusDays(7)));

        for (String agent : agents) {
            assertThat(titlesOf(agent)).as(agent)
                    .containsExactly("New due date: " + program.name(), "New training: " + program.name());
        }
        assertThat(log.getAll()).doesNotContain("AuthorizationDenied", "Could not tell the agents");
    }

    @Test
    void an_agent_who_earns_a_certificate_on_screen_is_told_of_it(CapturedOutput log) {
        long module = certs.moduleWithQuiz("Request certified module");
        ProgramSummary earned = certs.program("Request certified", 12, 30, null, module);
        signInByRequest(agents.getFirst());
        certs.learnAndPass(agents.getFirst(), module, 2);

        assertThat(titlesOf(agents.getFirst())).contains("Certified: " + earned.name());
        assertThat(log.getAll()).doesNotContain("AuthorizationDenied", "Could not notify");
    }
}
