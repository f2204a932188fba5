package com.certdesk.notification.internal;

import com.certdesk.TestMeters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.TestMail;
import com.certdesk.notification.NotificationRequest;
import com.certdesk.notification.NotificationService;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** E-mail copies through a real SMTP server (GreenMail), switched on for these tests only (see {@link TestMail}). */
@ServiceTest
class MailOutboxTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @Autowired
    Fixtures fixtures;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationStore store;
    @Autowired
    MailOutbox outbox;
    @Autowired
    TestClock clock;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @BeforeEach
    void smtpConfigured() {
        // before the server is connected: e-mails other tests in this context left waiting are marked not sent, so
        // the retry counts below are this test's own
        outbox.retryDue();
        TestMail.connect(context, smtp);
        assertThat(outbox.configured()).isTrue();
    }

    @AfterEach
    void tearDown() {
        TestMail.disconnect(context);
        clock.reset();
    }

    private boolean send(long recipientId, String key) {
        return SystemAuthentication.callAsSystem(() -> notifications.send(new NotificationRequest(recipientId, key,
                "Certificate issued: De-escalation", "Congratulations, Alex!\nYour certificate is ready.",
                "certificates", true)));
    }

    private EmailStatus statusOf(long recipientId, String key) {
        return store.emailState(store.idOf(recipientId, key).orElseThrow()).orElseThrow().status();
    }

    @Test
    void a_notification_with_an_email_copy_sends_one_message_with_subject_body_and_link() throws Exception {
        String agent = fixtures.user("mailed", null, Roles.AGENT);
        long agentId = fixtures.userId(agent);

        assertThat(send(agentId, "certificate-issued:7")).isTrue();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(agent + "@example.test");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal()).isEqualTo("Test " + agent);
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@certdesk.local");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Certdesk");
        assertThat(mail.getSubject()).isEqualTo("Certificate issued: De-escalation");
        assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n")).isEqualTo("""
                Congratulations, Alex!
                Your certificate is ready.

                Open Certdesk: http://localhost:8080/certificates""");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(agentId, "certificate-issued:7") == EmailStatus.SENT);

        // the same event again: no second notification, no second e-mail, and the retry run has nothing to do
        assertThat(send(agentId, "certificate-issued:7")).isFalse();
        clock.advance(Duration.ofMinutes(10));
        assertThat(outbox.retryDue()).isZero();
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void when_the_mail_server_is_down_the_email_fails_and_a_later_retry_sends_it() {
        long agentId = fixtures.userId(fixtures.user("smtp-down", null, Roles.AGENT));
        double failedBefore = TestMeters.count(meters, "certdesk.mails", "outcome", "failed");
        double sentBefore = TestMeters.count(meters, "certdesk.mails", "outcome", "sent");
        smtp.stop();

        assertThat(send(agentId, "assignment-due-soon:1")).isTrue();

        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(agentId, "assignment-due-soon:1") == EmailStatus.FAILED);
        long id = store.idOf(agentId, "assignment-due-soon:1").orElseThrow();
        var failed = store.emailState(id).orElseThrow();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();

        smtp.start();
        assertThat(outbox.retryDue()).as("a just-failed e-mail waits before it is retried").isZero();
        clock.advance(MailOutbox.IN_FLIGHT.plusSeconds(1));
        assertThat(outbox.retryDue()).isEqualTo(1);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        var sent = store.emailState(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(EmailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(sent.sentAt()).isNotNull();
        assertThat(TestMeters.count(meters, "certdesk.mails", "outcome", "failed") - failedBefore).isEqualTo(1);
        assertThat(TestMeters.count(meters, "certdesk.mails", "outcome", "sent") - sentBefore).isEqualTo(1);
    }

    @Test
    void an_email_that_keeps_failing_is_given_up_after_five_attempts() {
        long agentId = fixtures.userId(fixtures.user("smtp-gone", null, Roles.AGENT));
        smtp.stop();
        send(agentId, "reminder:gone");
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(agentId, "reminder:gone") == EmailStatus.FAILED);
        long id = store.idOf(agentId, "reminder:gone").orElseThrow();

        for (int attempt = 2; attempt <= MailOutbox.MAX_ATTEMPTS; attempt++) {
            clock.advance(Duration.ofMinutes(5));
            outbox.retryDue();
            assertThat(store.emailState(id).orElseThrow().attempts()).isEqualTo(attempt);
        }
        clock.advance(Duration.ofMinutes(5));
        outbox.retryDue();

        var state = store.emailState(id).orElseThrow();
        assertThat(state.status()).isEqualTo(EmailStatus.FAILED);
        assertThat(state.attempts()).isEqualTo(MailOutbox.MAX_ATTEMPTS);
        smtp.start();
    }

    @Test
    void no_email_is_queued_for_a_notification_without_an_email_copy() throws Exception {
        long agentId = fixtures.userId(fixtures.user("in-app", null, Roles.AGENT));

        SystemAuthentication.runAsSystem(() -> notifications.send(new NotificationRequest(agentId, "in-app-only",
                "Lesson added", "A new lesson was added.", null, false)));

        assertThat(store.emailState(store.idOf(agentId, "in-app-only").orElseThrow()).orElseThrow().status()).isNull();
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
