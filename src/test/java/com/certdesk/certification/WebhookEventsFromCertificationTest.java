package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.certification.internal.CertificationReminders;
import com.certdesk.notification.WebhookDeliveryView;
import com.certdesk.notification.WebhookEndpointDraft;
import com.certdesk.notification.WebhookEventType;
import com.certdesk.notification.WebhookService;
import com.certdesk.notification.internal.WebhookStore;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ServiceTest
class WebhookEventsFromCertificationTest {

    @Autowired Fixtures fixtures;
    @Autowired CertificationFixtures certs;
    @Autowired AssignmentService assignments;
    @Autowired CertificationReminders reminders;
    @Autowired WebhookService webhooks;
    @Autowired TestClock clock;
    @Autowired WebhookStore store;

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
        // the endpoints go, so the events of tests after this one (in this shared database) do not reach them
        SystemAuthentication.runAsSystem(() -> webhooks.endpoints().stream()
                .filter(e -> e.url().startsWith("https://hris.example.com/")).forEach(e -> webhooks.delete(e.id())));
    }

    @Test
    void an_issued_certificate_and_an_overdue_assignment_are_queued_once_however_often_the_daily_job_runs() {
        String admin = fixtures.user("hooks-cert-admin", null, Roles.ADMIN);
        fixtures.signIn(admin);
        long endpoint = webhooks.create(WebhookEndpointDraft.of(Fixtures.unique("HRIS"), "https://hris.example.com/h",
                Set.of(WebhookEventType.CERTIFICATE_ISSUED, WebhookEventType.ASSIGNMENT_OVERDUE))).endpoint().id();
        fixtures.signOut();
        String manager = fixtures.user("hooks-manager", null, Roles.MANAGER);
        long team = fixtures.team("Hooks team", fixtures.userId(manager));
        String late = fixtures.user("hooks-late", team, Roles.AGENT);
        String certified = fixtures.user("hooks-certified", team, Roles.AGENT);
        long module = certs.moduleWithQuiz("Hooked");
        ProgramSummary program = certs.program("Hooked program", 12, 10, null, module);
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team,
                LocalDate.now(clock).plusDays(2)));
        fixtures.signOut();

        certs.learnAndPass(certified, module, 2);
        clock.advance(Duration.ofDays(4));
        SystemAuthentication.callAsSystem(reminders::run);
        fixtures.signIn(admin);
        // the shared test database may hold other tests' overdue agents too: count, run again, count
        List<WebhookDeliveryView> first = webhooks.deliveries(endpoint, null, PageRequest.of(0, 200)).getContent();
        fixtures.signOut();
        SystemAuthentication.callAsSystem(reminders::run);
        fixtures.signIn(admin);
        List<WebhookDeliveryView> second = webhooks.deliveries(endpoint, null, PageRequest.of(0, 200)).getContent();

        assertThat(first).filteredOn(d -> d.type() == WebhookEventType.CERTIFICATE_ISSUED).hasSize(1);
        assertThat(first).filteredOn(d -> d.type() == WebhookEventType.ASSIGNMENT_OVERDUE)
                .as("at least " + late + "'s overdue program").isNotEmpty();
        assertThat(second).as("the second run enqueues nothing").hasSameSizeAs(first);
    }

    @Test
    void completing_a_program_is_told_once_per_agent_with_the_due_date_and_whether_it_was_on_time() {
        String admin = fixtures.user("hooks-done-admin", null, Roles.ADMIN);
        fixtures.signIn(admin);
        long endpoint = webhooks.create(WebhookEndpointDraft.of(Fixtures.unique("HR completions"),
                "https://hris.example.com/completions", Set.of(WebhookEventType.PROGRAM_COMPLETED,
                        WebhookEventType.CERTIFICATE_ISSUED))).endpoint().id();
        fixtures.signOut();
        String manager = fixtures.user("hooks-done-manager", null, Roles.MANAGER);
        long team = fixtures.team("Completions team", fixtures.userId(manager));
        String early = fixtures.user("hooks-done-early", team, Roles.AGENT);
        String late = fixtures.user("hooks-done-late", team, Roles.AGENT);
        String unassigned = fixtures.user("hooks-done-free", null, Roles.AGENT);
        long first = certs.moduleWithQuiz("Completion one");
        long second = certs.moduleWithQuiz("Completion two");
        ProgramSummary program = certs.program("Completed program", 12, 10, null, first, second);
        LocalDate due = LocalDate.now(clock).plusDays(2);
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, due));
        fixtures.signOut();

        certs.learnAndPass(early, first, 2);
        assertThat(completions(admin, endpoint)).as("one of two modules is no completion").isEmpty();
        certs.learnAndPass(early, second, 2);
        LocalDate earlyDay = LocalDate.now(clock);
        clock.advance(Duration.ofDays(4));
        certs.learnAndPass(late, first, 2);
        certs.learnAndPass(late, second, 2);
        certs.learnAndPass(unassigned, first, 2);
        certs.learnAndPass(unassigned, second, 2);
        // inside the renewal window the early agent passes again: a new certificate, not a second completion
        clock.advance(Duration.ofDays(356));
        certs.learnAndPass(early, first, 2);
        certs.learnAndPass(early, second, 2);

        fixtures.signIn(admin);
        List<WebhookDeliveryView> all = webhooks.deliveries(endpoint, null, PageRequest.of(0, 50)).getContent();
        assertThat(all).filteredOn(d -> d.type() == WebhookEventType.CERTIFICATE_ISSUED).as("with the renewal")
                .hasSize(4);
        List<WebhookDeliveryView> done = completions(admin, endpoint);
        assertThat(done).extracting(WebhookDeliveryView::eventKey).containsExactlyInAnyOrder(
                "program-completed:P" + program.id() + ":" + fixtures.userId(early),
                "program-completed:P" + program.id() + ":" + fixtures.userId(late),
                "program-completed:P" + program.id() + ":" + fixtures.userId(unassigned));
        assertThat(body(done, early)).contains("\"programName\":\"" + program.name() + "\"",
                "\"completedOn\":\"" + earlyDay + "\"", "\"assigned\":true", "\"dueOn\":\"" + due + "\"",
                "\"onTime\":true", "\"agentId\":" + fixtures.userId(early));
        assertThat(body(done, late)).contains("\"dueOn\":\"" + due + "\"", "\"onTime\":false");
        assertThat(body(done, unassigned)).contains("\"assigned\":false", "\"dueOn\":null", "\"onTime\":null");
    }

    private List<WebhookDeliveryView> completions(String admin, long endpoint) {
        fixtures.signIn(admin);
        try {
            return webhooks.deliveries(endpoint, null, PageRequest.of(0, 50)).getContent().stream()
                    .filter(d -> d.type() == WebhookEventType.PROGRAM_COMPLETED).toList();
        } finally {
            fixtures.signOut();
        }
    }

    private String body(List<WebhookDeliveryView> deliveries, String agent) {
        long id = deliveries.stream().filter(d -> d.eventKey().endsWith(":" + fixtures.userId(agent))).findFirst()
                .orElseThrow().id();
        return store.body(id).orElseThrow();
    }
}
