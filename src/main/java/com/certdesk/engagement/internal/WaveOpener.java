package com.certdesk.engagement.internal;

import com.certdesk.base.OrganizationTime;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.EngagementSettings;
import com.certdesk.engagement.SurveyStatus;
import com.certdesk.engagement.WaveView;
import com.certdesk.engagement.internal.ResponseStore.Invitee;
import com.certdesk.engagement.internal.SurveyStore.StoredSurvey;
import com.certdesk.notification.NotificationRequest;
import com.certdesk.notification.NotificationService;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Opens the waves of active surveys on their days, asks their audience (the agents in it when the wave opens, each
 * with the team they are in then), tells each of them under the bell and by e-mail, and reminds those who have not
 * answered once, a few days before the wave closes. Safe to run on several nodes at once: each survey is locked
 * while its waves open, a wave number exists once per survey, and a wave's reminder is marked sent under a
 * condition, before anyone is told (the notifications are deduplicated too).
 */
@Component
public class WaveOpener {

    /** The dedupe key of the notification that a wave opened for its invitee. */
    public static String openedKey(long waveId) {
        return "pulse-open:" + waveId;
    }

    /** The dedupe key of a wave's one reminder. */
    public static String reminderKey(long waveId) {
        return "pulse-reminder:" + waveId;
    }


    private static final Logger log = LoggerFactory.getLogger(WaveOpener.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final PeopleDirectory people;
    private final NotificationService notifications;
    private final EngagementSettings settings;
    private final OrganizationTime time;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int reminderDaysBefore;

    WaveOpener(SurveyStore surveys, ResponseStore responses, PeopleDirectory people,
            NotificationService notifications, EngagementSettings settings, OrganizationTime time,
            TransactionTemplate tx, Clock clock,
            @Value("${certdesk.engagement.reminder-days-before-close:2}") int reminderDaysBefore) {
        this.surveys = surveys;
        this.responses = responses;
        this.people = people;
        this.notifications = notifications;
        this.settings = settings;
        this.time = time;
        this.tx = tx;
        this.clock = clock;
        this.reminderDaysBefore = Math.max(0, reminderDaysBefore);
    }

    /** What a run did. */
    public record Run(int wavesOpened, int invited, int reminded) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        scheduled();
    }

    /** The hourly run: on one node, once (the lock row {@code engagement.waves} is held ten minutes at least). */
    @Scheduled(cron = "${certdesk.engagement.waves-cron:0 5 * * * *}")
    @SchedulerLock(name = "engagement.waves", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10M")
    void hourly() {
        scheduled();
    }

    void scheduled() {
        try {
            Run run = SystemAuthentication.callAsSystem(() -> run(time.today()));
            if (run.wavesOpened() > 0 || run.reminded() > 0) {
                log.info("Engagement waves: {} opened asking {} people, {} reminders", run.wavesOpened(),
                        run.invited(), run.reminded());
            }
        } catch (RuntimeException e) {
            log.error("Engagement waves could not open or remind", e);
        }
    }

    /** Opens every wave due on {@code today} and sends the reminders due (as the system account). */
    public Run run(LocalDate today) {
        int opened = 0;
        int invited = 0;
        for (long surveyId : surveys.idsWithStatus(SurveyStatus.ACTIVE)) {
            int[] counts = tx.execute(status -> openDue(surveyId, today));
            opened += counts[0];
            invited += counts[1];
        }
        int reminded = 0;
        for (WaveView wave : surveys.openWaves(today)) {
            if (today.isBefore(reminderDay(wave))) {
                continue;
            }
            Integer sent = tx.execute(status -> remind(wave));
            reminded += sent == null ? 0 : sent;
        }
        return new Run(opened, invited, reminded);
    }

    /**
     * Opens the survey's waves due on {@code today}, in the caller's transaction; returns the number of waves opened
     * and of people asked. A wave whose days passed entirely while nothing ran is skipped: nobody could answer it.
     */
    public int[] openDue(long surveyId, LocalDate today) {
        return openDue(surveyId, today, false);
    }

    /**
     * Opens the survey's waves up to {@code today}, also those already closed (demo data that starts in the past);
     * only the people a wave open today asks are told.
     */
    public int[] openAllUntil(long surveyId, LocalDate today) {
        return openDue(surveyId, today, true);
    }

    private int[] openDue(long surveyId, LocalDate today, boolean withPast) {
        StoredSurvey survey = surveys.lock(surveyId).orElse(null);
        if (survey == null || survey.status() != SurveyStatus.ACTIVE) {
            return new int[] {0, 0};
        }
        int months = survey.draft().repetition().months();
        int number = surveys.lastWaveNumber(surveyId) + 1;
        int opened = 0;
        int invited = 0;
        while (months > 0 || number == 0) {
            LocalDate opens = survey.draft().firstOpensOn().plusMonths((long) number * months);
            if (opens.isAfter(today)) {
                break;
            }
            LocalDate closes = opens.plusDays(survey.draft().openDays() - 1L);
            if (withPast || !closes.isBefore(today)) {
                invited += open(survey, number, opens, closes, !closes.isBefore(today));
                opened++;
            }
            number++;
            if (months == 0) {
                break;
            }
        }
        if (months == 0 && number > 0) {
            // a survey that runs once has had its wave: it stays listed with its results, and opens no other
            surveys.end(surveyId);
        }
        return new int[] {opened, invited};
    }

    private int open(StoredSurvey survey, int number, LocalDate opens, LocalDate closes, boolean tell) {
        long waveId = surveys.insertWave(survey.id(), number, opens, closes, clock.instant());
        List<Invitee> audience = SystemAuthentication.callAsSystem(() -> people.activeAgentsAndTeams()).stream()
                .filter(a -> survey.draft().everyone() || a.teamId() != null
                        && survey.draft().teamIds().contains(a.teamId()))
                .map(a -> new Invitee(a.userId(), a.teamId())).toList();
        responses.invite(waveId, audience);
        if (!tell) {
            return audience.size();
        }
        int questions = survey.questions().size() + (survey.draft().freeTextQuestion() == null ? 0 : 1);
        SystemAuthentication.runAsSystem(() -> {
            for (Invitee invitee : audience) {
                notifications.send(new NotificationRequest(invitee.userId(), openedKey(waveId),
                        "Pulse survey open: " + survey.draft().title(),
                        questions + " short questions, about a minute. Open until " + DATE.format(closes) + ". "
                                + settings.promise(),
                        EngagementNavigation.answer(waveId), true));
            }
        });
        return audience.size();
    }

    private int remind(WaveView wave) {
        if (!surveys.markReminded(wave.id(), clock.instant())) {
            return 0;
        }
        List<Long> missing = responses.inviteesWithoutResponse(wave.id());
        SystemAuthentication.runAsSystem(() -> {
            for (long userId : missing) {
                notifications.send(new NotificationRequest(userId, reminderKey(wave.id()),
                        "Reminder: " + wave.surveyTitle() + " closes on " + DATE.format(wave.closesOn()),
                        "You have not answered yet; it takes about a minute. " + settings.promise(),
                        EngagementNavigation.answer(wave.id()), false));
            }
        });
        return missing.size();
    }

    /** The reminder goes out this many days before the wave closes, but never on its first day. */
    LocalDate reminderDay(WaveView wave) {
        long length = java.time.temporal.ChronoUnit.DAYS.between(wave.opensOn(), wave.closesOn());
        LocalDate day = wave.closesOn().minusDays(Math.min(reminderDaysBefore, length / 2));
        return day.isAfter(wave.opensOn()) ? day : wave.closesOn().plusDays(1);
    }
}
