package com.certdesk.notification.internal;

import com.certdesk.notification.internal.NotificationStore.NewNotification;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo notifications for the demo agent, spread over the last two weeks, two of them unread, in the shape the
 * certification reminders will have. In the app only (no e-mail); the dedupe keys make restarts add nothing.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
class DemoNotifications implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNotifications.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final PeopleDirectory people;
    private final NotificationStore store;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoNotifications(PeopleDirectory people, NotificationStore store, TransactionTemplate tx, Clock clock) {
        this.people = people;
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    private record Demo(String key, Duration ago, boolean read, String title, String message, @Nullable String link) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> agent = SystemAuthentication.callAsSystem(() -> people.idOf("agent"));
        if (agent.isEmpty()) {
            return;
        }
        long agentId = agent.get();
        Instant now = clock.instant();
        // the reminder came a day ago, seven days before the first due date
        Duration remindedAgo = Duration.ofHours(26);
        LocalDate remindedOn = LocalDate.ofInstant(now.minus(remindedAgo), clock.getZone());
        String soon = DAY.format(remindedOn.plusDays(7));
        String later = DAY.format(remindedOn.plusDays(19));
        var demos = new Demo[] {
            new Demo("demo:welcome", Duration.ofDays(13), true, "Welcome to Certdesk",
                    "Your learning plan is ready. Modules you have started are at the top of My learning, and each "
                    + "module ends with a short quiz.", "learning"),
            new Demo("demo:assigned", Duration.ofDays(6), true, "Two modules assigned to you",
                    "Morgan Ellis assigned you two modules:\n"
                    + "• Calming difficult conversations, due " + soon + "\n"
                    + "• Turning mistakes into loyalty, due " + later, "learning"),
            new Demo("demo:due-soon", remindedAgo, false, "Due in 7 days: Calming difficult conversations",
                    "Please finish “Calming difficult conversations” by " + soon + ". Lessons you have already "
                    + "done stay done; the quiz can be resumed where you left off.", "learning"),
            new Demo("demo:feature-notifications", Duration.ofHours(2).plusMinutes(14), false,
                    "New in Certdesk: notifications",
                    "Reminders about due dates and new certificates now appear under the bell.\n"
                    + "Click one to open it; it is then marked as read.", null),
        };
        Integer added = tx.execute(status -> {
            int count = 0;
            for (Demo demo : demos) {
                var id = store.insertIfAbsent(new NewNotification(agentId, demo.key(), demo.title(), demo.message(),
                        demo.link(), now.minus(demo.ago()), null));
                if (id.isPresent()) {
                    count++;
                    if (demo.read()) {
                        store.markRead(id.getAsLong(), agentId, now.minus(demo.ago()).plus(Duration.ofHours(1)));
                    }
                }
            }
            return count;
        });
        if (added != null && added > 0) {
            log.info("Demo notifications: {} for the demo agent", added);
        }
    }
}
