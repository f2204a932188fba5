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

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
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
}
