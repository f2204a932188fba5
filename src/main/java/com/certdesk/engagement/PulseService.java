package com.certdesk.engagement;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.engagement.internal.ResponseStore;
import com.certdesk.engagement.internal.WaveOpener;
import com.certdesk.engagement.internal.ResponseStore.StoredResponse;
import com.certdesk.engagement.internal.SurveyStore;
import com.certdesk.engagement.internal.SurveyStore.StoredSurvey;
import com.certdesk.notification.NotificationService;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering pulse surveys: a person sees the waves that asked them, answers each once (changing their answers until
 * it closes) and reads their own answers. Nobody reads anyone else's answers through this service, whatever their
 * roles: every method works on the caller's own response only.
 */
@Service
@Transactional(readOnly = true)
public class PulseService {

    static final int MAX_FREE_TEXT = 2000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final CurrentUser currentUser;
    private final EngagementSettings settings;
    private final OrganizationTime time;
    private final Clock clock;
    private final NotificationService notifications;

    PulseService(SurveyStore surveys, ResponseStore responses, CurrentUser currentUser, EngagementSettings settings,
            OrganizationTime time, Clock clock, NotificationService notifications) {
        this.notifications = notifications;
        this.surveys = surveys;
        this.responses = responses;
        this.currentUser = currentUser;
        this.settings = settings;
        this.time = time;
        this.clock = clock;
    }

    /** Every wave that asked the caller, the latest first, with their own summary of each they answered. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<MyPulse> mine() {
        long me = currentUser.id();
        LocalDate today = time.today();
        List<WaveView> waves = surveys.wavesOf(me, today);
        Map<Long, StoredResponse> mine = responses.responses(me, waves.stream().map(WaveView::id).toList());
        Map<Long, List<PulseQuestion>> questions = new HashMap<>();
        return waves.stream().map(w -> {
            StoredResponse r = mine.get(w.id());
            if (r == null) {
                return new MyPulse(w, false, null, null);
            }
            List<PulseQuestion> qs = questions.computeIfAbsent(w.surveyId(), surveys::questions);
            List<Integer> agreement = qs.stream().filter(q -> q.kind() == ItemKind.AGREEMENT)
                    .map(q -> r.scores().get(q.id())).filter(Objects::nonNull).toList();
            Integer enps = qs.stream().filter(q -> q.kind() == ItemKind.ENPS).map(q -> r.scores().get(q.id()))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            return new MyPulse(w, true, agreement.isEmpty() ? null : EngagementMath.ownIndex(agreement), enps);
        }).toList();
    }

    /** The waves open now that asked the caller and that they have not answered, the soonest closing first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<MyPulse> waiting() {
        return mine().stream().filter(p -> p.wave().open() && !p.answered())
                .sorted(java.util.Comparator.comparing((MyPulse p) -> p.wave().closesOn())).toList();
    }

    /**
     * A wave the caller was asked in, with their own answers.
     *
     * @throws NotFoundException when there is no such wave or it did not ask the caller (alike)
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public PulseForm form(long waveId) {
        long me = currentUser.id();
        WaveView wave = myWave(waveId, me);
        StoredSurvey survey = surveys.find(wave.surveyId()).orElseThrow();
        StoredResponse r = responses.response(waveId, me).orElse(null);
        return new PulseForm(wave, survey.draft().title(), survey.draft().intro(), settings.promise(),
                survey.questions(), survey.draft().freeTextQuestion(), r == null ? Map.of() : r.scores(),
                r == null ? null : r.freeText(), r == null ? null : r.submittedAt(), r == null ? null : r.changedAt(),
                r == null ? -1 : r.version());
    }

    /**
     * Saves the caller's answers to a wave, or their change. One response per person per wave: concurrent submits
     * queue on the invitation's lock, the second one sees the first. A submit made on an older version of the
     * response (another tab saved meanwhile) is refused, unless it says the same (a double click).
     *
     * @param expectedVersion the version the form loaded, -1 for a first answer
     * @return the response as saved
     * @throws ValidationException when the wave has closed, or a question is unanswered or out of its scale
     * @throws StaleEditException  when the answers changed in another tab since the form loaded
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public PulseForm submit(long waveId, Map<Long, Integer> scores, @Nullable String freeText, long expectedVersion) {
        long me = currentUser.id();
        WaveView wave = myWave(waveId, me);
        if (!wave.open()) {
            throw new ValidationException(time.today().isBefore(wave.opensOn())
                    ? "This survey opens on " + DATE.format(wave.opensOn()) + "."
                    : "This survey closed on " + DATE.format(wave.closesOn()) + "; answers can no longer be given "
                            + "or changed.");
        }
        StoredSurvey survey = surveys.find(wave.surveyId()).orElseThrow();
        Map<Long, Integer> clean = validate(survey.questions(), scores);
        String text = freeText == null || freeText.isBlank() || survey.draft().freeTextQuestion() == null ? null
                : freeText.strip();
        if (text != null && text.length() > MAX_FREE_TEXT) {
            throw new ValidationException("Your answer to the open question may have at most " + MAX_FREE_TEXT
                    + " characters; it has " + text.length() + ".");
        }
        if (!responses.lockInvitation(waveId, me)) {
            throw notFound(waveId);
        }
        StoredResponse current = responses.response(waveId, me).orElse(null);
        if (current == null) {
            responses.insert(waveId, me, clean, text, clock.instant());
            // answered: the bell no longer counts the invitation and the reminder
            notifications.markDone(List.of(WaveOpener.openedKey(waveId), WaveOpener.reminderKey(waveId)));
        } else if (current.version() == expectedVersion) {
            responses.update(current, clean, text, clock.instant());
        } else if (!current.scores().equals(clean) || !Objects.equals(current.freeText(), text)) {
            throw StaleEditException.saying("You changed these answers in another tab or window since this page "
                    + "opened; reload to see them. Nothing was saved.");
        }
        return form(waveId);
    }

    private static Map<Long, Integer> validate(List<PulseQuestion> questions, Map<Long, Integer> scores) {
        Map<Long, Integer> clean = new HashMap<>();
        int missing = 0;
        for (PulseQuestion q : questions) {
            Integer score = scores.get(q.id());
            if (score == null) {
                missing++;
                continue;
            }
            if (!q.kind().accepts(score)) {
                throw new ValidationException("\"" + q.statement() + "\" takes an answer from " + q.kind().lowest()
                        + " to " + q.kind().highest() + ", not " + score + ".");
            }
            clean.put(q.id(), score);
        }
        if (missing > 0) {
            throw new ValidationException(missing == 1 ? "One question is not answered yet; every question needs an "
                    + "answer." : missing + " questions are not answered yet; every question needs an answer.");
        }
        if (!questions.stream().map(PulseQuestion::id).toList().containsAll(scores.keySet())) {
            throw new ValidationException("An answer refers to a question this survey does not ask; reload the page.");
        }
        return clean;
    }

    private WaveView myWave(long waveId, long me) {
        return surveys.wave(waveId, time.today()).filter(w -> responses.invited(waveId, me))
                .orElseThrow(() -> notFound(waveId));
    }

    private static NotFoundException notFound(long waveId) {
        return new NotFoundException("There is no survey " + waveId + " for you to answer.");
    }
}
