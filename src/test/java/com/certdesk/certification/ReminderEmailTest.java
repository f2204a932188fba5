package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.TestMail;
import com.certdesk.certification.internal.CertificationReminders;
import com.certdesk.notification.internal.MailOutbox;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/** Reminders by e-mail through a real SMTP server (GreenMail, see {@link TestMail}). */
@ServiceTest
class ReminderEmailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CertificationReminders reminders;
    @Autowired
    TestClock clock;
    @Autowired
    MailOutbox outbox;
    @Autowired
    ConfigurableApplicationContext context;

    /**
     * Other tests share this database and may leave reminders due; they are sent (as in-app notices only) before
     * the mail server is connected, so this test sees only the mail its own assignment causes.
     */
    @BeforeEach
    void smtpConfigured() {
        SystemAuthentication.runAsSystem(reminders::run);
        outbox.retryDue(); // with no mail server yet: marks every waiting e-mail as not sent, synchronously
        TestMail.connect(context, smtp);
    }

    @AfterEach
    void tearDown() {
        TestMail.disconnect(context);
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void the_agent_is_mailed_the_new_training_and_the_reminder_the_manager_a_digest_and_a_second_run_sends_none()
            throws Exception {
        String manager = fixtures.user("mail-manager", null, Roles.MANAGER);
        long team = fixtures.team("Mail team", fixtures.userId(manager));
        String agent = fixtures.user("mail-agent", team, Roles.AGENT);
        long module = certs.moduleWithQuiz("Mailed module");
        ProgramSummary program = certs.program("Mailed program", 12, 30, null, module);
        LocalDate due = LocalDate.now(clock).plusDays(1);
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, program.id(), team, due));
        fixtures.signOut();

        SystemAuthentication.runAsSystem(reminders::run);

        assertThat(smtp.waitForIncomingEmail(10_000, 3)).isTrue();
        Map<String, java.util.List<MimeMessage>> byRecipient = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(ReminderEmailTest::recipient));
        assertThat(byRecipient).containsOnlyKeys(agent + "@example.test", manager + "@example.test");
        Map<String, MimeMessage> toAgent = byRecipient.get(agent + "@example.test").stream()
                .collect(Collectors.toMap(ReminderEmailTest::subject, m -> m));
        assertThat(toAgent).containsOnlyKeys("New training: " + program.name(), "Due tomorrow: " + program.name());
        assertThat(GreenMailUtil.getBody(toAgent.get("New training: " + program.name())))
                .contains("You have been asked to complete the certification program " + program.name());
        assertThat(GreenMailUtil.getBody(toAgent.get("Due tomorrow: " + program.name())))
                .contains("Please complete the certification program " + program.name());
        assertThat(byRecipient.get(manager + "@example.test")).hasSize(1);
        MimeMessage digest = byRecipient.get(manager + "@example.test").getFirst();
        assertThat(digest.getSubject()).startsWith("Team ").endsWith(": 1 certification reminder");
        assertThat(GreenMailUtil.getBody(digest)).contains("Test " + agent);

        SystemAuthentication.runAsSystem(reminders::run);
        Thread.sleep(1500);
        assertThat(smtp.getReceivedMessages()).as("each notice is e-mailed once").hasSize(3);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
