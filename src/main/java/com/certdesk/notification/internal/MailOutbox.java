package com.certdesk.notification.internal;

import com.certdesk.base.PublicAddress;
import com.certdesk.people.Contact;
import com.certdesk.people.Contacts;
import com.certdesk.security.SystemAuthentication;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the e-mail copies of notifications. An e-mail is sent right after the transaction that stored it commits
 * (on a worker thread, so nobody waits for the mail server), and a scheduled run retries pending and failed ones
 * every {@code certdesk.notification.mail-retry-every} until {@link #MAX_ATTEMPTS} attempts were made, so an SMTP
 * outage or a restart loses nothing. Without an SMTP server ({@code spring.mail.host} unset, so Spring Boot
 * creates no {@link JavaMailSender}) e-mails are marked {@link EmailStatus#NOT_CONFIGURED}, never as errors.
 */
@Component
public class MailOutbox {

    public static final int MAX_ATTEMPTS = 5;
    /** An attempt younger than this may still be under way on another thread; the retry run leaves it alone. */
    static final Duration IN_FLIGHT = Duration.ofMinutes(2);
    private static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Contacts contacts;
    private final Executor executor;
    private final Clock clock;
    private final String from;
    private final PublicAddress address;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    MailOutbox(NotificationStore store, ObjectProvider<JavaMailSender> mailSender, Contacts contacts,
            @Qualifier("applicationTaskExecutor") Executor executor, Clock clock,
            @Value("${certdesk.mail.from:Certdesk <no-reply@certdesk.local>}") String from,
            PublicAddress address, io.micrometer.core.instrument.MeterRegistry meters) {
        this.meters = meters;
        this.store = store;
        this.mailSender = mailSender;
        this.contacts = contacts;
        this.executor = executor;
        this.clock = clock;
        this.from = from;
        this.address = address;
    }

    /** Whether an SMTP server is configured, i.e. whether e-mails can be sent at all. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onQueued(EmailQueued event) {
        executor.execute(() -> deliver(event.notificationId()));
    }

    /** The scheduled retry: on one node at a time (the lock row {@code mail.retry}). */
    @Scheduled(fixedDelayString = "${certdesk.notification.mail-retry-every:5m}",
            initialDelayString = "${certdesk.notification.mail-retry-every:5m}")
    @SchedulerLock(name = "mail.retry", lockAtMostFor = "PT30M")
    void scheduledRetry() {
        retryDue();
    }

    /** Retries pending and failed e-mails; returns how many were tried. */
    public int retryDue() {
        if (!configured()) {
            int marked = store.emailsNotConfigured(MAX_ATTEMPTS);
            if (marked > 0) {
                log.info("{} notification e-mail(s) not sent: no SMTP server is configured (spring.mail.host)", marked);
            }
            return 0;
        }
        List<Long> due = store.dueEmails(MAX_ATTEMPTS, clock.instant().minus(IN_FLIGHT), BATCH);
        due.forEach(this::deliver);
        return due.size();
    }

    /** One attempt to send the notification's e-mail, if it is still due. */
    void deliver(long notificationId) {
        try {
            attempt(notificationId);
        } catch (RuntimeException e) {
            // never let a bad row stop the retry run or kill the worker thread
            log.error("Could not process the e-mail of notification {}", notificationId, e);
        }
    }

    private void attempt(long id) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            store.emailsNotConfigured(MAX_ATTEMPTS);
            return;
        }
        Instant now = clock.instant();
        if (!claim(id, now)) {
            return;
        }
        Optional<NotificationStore.Email> email = store.email(id);
        if (email.isEmpty()) {
            return;
        }
        NotificationStore.Email mail = email.get();
        Optional<Contact> to = SystemAuthentication.callAsSystem(() -> contacts.contact(mail.recipientId()))
                .filter(Contact::reachableByEmail);
        if (to.isEmpty()) {
            store.emailAbandoned(id, MAX_ATTEMPTS, "The recipient has no active account with an e-mail address.");
            count("abandoned");
            return;
        }
        try {
            sender.send(message(sender, mail, to.get()));
            store.emailSent(id, clock.instant());
            count("sent");
            log.debug("Sent the e-mail of notification {}", id);
        } catch (Exception e) {
            String error = describe(e);
            store.emailFailed(id, error);
            count("failed");
            int attempt = mail.attempts();
            if (attempt >= MAX_ATTEMPTS) {
                log.warn("Giving up on the e-mail of notification {} after {} attempts: {}", id, attempt, error);
            } else {
                log.warn("E-mail of notification {} failed (attempt {} of {}), will retry: {}", id, attempt,
                        MAX_ATTEMPTS, error);
            }
        }
    }

    /** {@code certdesk.mails}: e-mails by outcome: sent, failed (an attempt that failed), abandoned (no address). */
    private void count(String outcome) {
        io.micrometer.core.instrument.Counter.builder("certdesk.mails").description("Notification e-mail attempts")
                .tag("outcome", outcome).register(meters).increment();
    }

    private boolean claim(long id, Instant now) {
        try {
            return store.claimEmail(id, MAX_ATTEMPTS, now, now.minus(IN_FLIGHT));
        } catch (DataAccessException concurrentClaim) {
            // the other sender holds the row: it is sending this e-mail
            return false;
        }
    }

    private MimeMessage message(JavaMailSender sender, NotificationStore.Email mail, Contact to)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(new InternetAddress(to.email(), to.displayName(), "UTF-8"));
        helper.setSubject(mail.title());
        helper.setText(body(mail.message(), mail.link()), false);
        return message;
    }

    /** The e-mail's text: the message, then where to open it in Certdesk. */
    String body(String message, @Nullable String link) {
        return message + "\n\nOpen Certdesk: " + address.link(link == null ? "" : link);
    }

    private static String describe(Exception e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String text = cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return cause.getClass().getSimpleName() + text;
    }
}
