package com.certdesk.engagement;

import com.certdesk.base.OrganizationTime;
import com.certdesk.engagement.internal.ResponseStore;
import com.certdesk.engagement.internal.SurveyStore;
import com.certdesk.engagement.internal.WaveOpener;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes demo engagement data that the product itself never could: a survey whose waves started in the past, and
 * answers given on past days. Exists only in the demo ({@code certdesk.demo.enabled}), for the system account.
 */
@Service
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
public class DemoSurveys {

    private final SurveyStore surveys;
    private final ResponseStore responses;
    private final WaveOpener opener;
    private final SurveyService surveyService;
    private final OrganizationTime time;
    private final Clock clock;

    DemoSurveys(SurveyStore surveys, ResponseStore responses, WaveOpener opener, SurveyService surveyService,
            OrganizationTime time, Clock clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.opener = opener;
        this.surveyService = surveyService;
        this.time = time;
        this.clock = clock;
    }

    /** Whether any survey exists (the demo then adds none). */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public boolean anySurvey() {
        return !surveys.all().isEmpty();
    }

    /** Creates the survey as active with every wave from its first opening day up to today; returns its waves. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public List<WaveView> activeSince(SurveyDraft draft) {
        SurveyDraft clean = surveyService.validate(draft, false);
        long id = surveys.insert(clean, clock.instant());
        surveys.changeStatus(id, 0, SurveyStatus.DRAFT, SurveyStatus.ACTIVE);
        opener.openAllUntil(id, time.today());
        return surveys.waves(id, time.today()).reversed();
    }

    /** The questions of a survey, in order. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<PulseQuestion> questions(long surveyId) {
        return surveys.questions(surveyId);
    }

    /** Who a wave asked. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<Long> invitees(long waveId) {
        return responses.invitees(waveId);
    }

    /** Stores one person's answers as given at {@code at}. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void answer(long waveId, long userId, Map<Long, Integer> scores, @Nullable String freeText, Instant at) {
        responses.insert(waveId, userId, scores, freeText, at);
    }
}
