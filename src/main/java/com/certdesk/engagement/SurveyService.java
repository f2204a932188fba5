package com.certdesk.engagement;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.engagement.internal.SurveyStore;
import com.certdesk.engagement.internal.SurveyStore.StoredSurvey;
import com.certdesk.engagement.internal.WaveOpener;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pulse surveys as HR and administrators run them: written as a draft, activated (its waves then open on their
 * dates and its statements are fixed, so that waves stay comparable), ended. Nothing here reads answers.
 */
@Service
@Transactional(readOnly = true)
public class SurveyService {

    static final int MAX_TITLE = 200;
    static final int MAX_INTRO = 2000;
    static final int MAX_QUESTION = 300;
    static final int MAX_THEME = 100;
    static final int MAX_ITEMS = 30;
    static final int MAX_OPEN_DAYS = 60;

    private final SurveyStore store;
    private final WaveOpener opener;
    private final TeamService teams;
    private final EngagementSettings settings;
    private final OrganizationTime time;
    private final Clock clock;

    SurveyService(SurveyStore store, WaveOpener opener, TeamService teams, EngagementSettings settings,
            OrganizationTime time, Clock clock) {
        this.store = store;
        this.opener = opener;
        this.teams = teams;
        this.settings = settings;
        this.time = time;
        this.clock = clock;
    }

    /** The "Service team pulse" to start from, opening today. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public SurveyDraft defaultPulse() {
        return DefaultPulse.draft(settings.organizationName(), time.today());
    }

    /** Every survey, the newest first. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public List<SurveySummary> surveys() {
        LocalDate today = time.today();
        Map<Long, String> teamNames = teamNames();
        return store.all().stream().map(s -> {
            List<WaveView> waves = store.waves(s.id(), today);
            SurveyDraft d = s.draft();
            String audience = d.everyone() ? "Everyone" : d.teamIds().stream().map(id -> teamNames.getOrDefault(id,
                    "team " + id)).sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
            return new SurveySummary(s.id(), d.title(), s.status(), audience, d.repetition(), d.firstOpensOn(),
                    d.openDays(), d.items().size(), waves.size(), waves.isEmpty() ? null : waves.getFirst());
        }).toList();
    }

    /** @throws NotFoundException when there is no such survey */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public SurveyDetails survey(long id) {
        StoredSurvey s = stored(id);
        return new SurveyDetails(s.id(), s.status(), s.draft(), store.waves(id, time.today()), s.version());
    }

    /** Saves a new draft; returns its id. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public long create(SurveyDraft draft) {
        SurveyDraft clean = validate(draft, true);
        return store.insert(clean, clock.instant());
    }

    /**
     * Saves an edit. A draft may change in every part; an active survey keeps its statements and schedule (its waves
     * are compared with each other) and may change its title, introduction and audience (for waves still to open).
     *
     * @throws StaleEditException when someone changed the survey since {@code version}
     * @throws ValidationException when the draft is incomplete, or an active survey's fixed parts changed
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void update(long id, long version, SurveyDraft draft) {
        StoredSurvey current = current(id, version);
        if (current.status() == SurveyStatus.ENDED) {
            throw new ValidationException("This survey has ended; it can no longer be changed.");
        }
        boolean isDraft = current.status() == SurveyStatus.DRAFT;
        SurveyDraft clean = validate(draft, isDraft);
        if (!isDraft) {
            SurveyDraft fixed = current.draft();
            if (!fixed.items().equals(clean.items()) || !fixed.firstOpensOn().equals(clean.firstOpensOn())
                    || fixed.openDays() != clean.openDays() || fixed.repetition() != clean.repetition()
                    || !java.util.Objects.equals(fixed.freeTextQuestion(), clean.freeTextQuestion())) {
                throw new ValidationException("An active survey keeps its questions and schedule, so that its waves "
                        + "can be compared. Nothing was saved. End it and start a copy to ask something else.");
            }
        }
        if (!store.update(id, version, clean, isDraft)) {
            throw new StaleEditException(what(current));
        }
    }

    /**
     * Activates a draft: from now on its waves open on their dates, the first one at once when its day has come.
     *
     * @throws ValidationException when the first wave's day has passed
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void activate(long id, long version) {
        StoredSurvey current = current(id, version);
        if (current.status() != SurveyStatus.DRAFT) {
            throw new ValidationException("This survey is already " + current.status().label().toLowerCase() + ".");
        }
        validate(current.draft(), true);
        if (!store.changeStatus(id, version, SurveyStatus.DRAFT, SurveyStatus.ACTIVE)) {
            throw new StaleEditException(what(current));
        }
        opener.openDue(id, time.today());
    }

    /** Ends an active survey: no further waves open; a wave open now stays open until its closing day. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void end(long id, long version) {
        StoredSurvey current = current(id, version);
        if (!store.changeStatus(id, version, SurveyStatus.ACTIVE, SurveyStatus.ENDED)) {
            throw new ValidationException("Only an active survey can be ended.");
        }
    }

    /** Closes a wave before its closing day; its results then show. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void closeWave(long waveId) {
        WaveView wave = store.wave(waveId, time.today())
                .orElseThrow(() -> new NotFoundException("There is no wave " + waveId + "."));
        if (!wave.open() || !store.closeEarly(waveId, clock.instant())) {
            throw new ValidationException("This wave is already closed.");
        }
    }

    /** Deletes a draft (an activated survey keeps its waves' results and can only be ended). */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional
    public void deleteDraft(long id, long version) {
        StoredSurvey current = current(id, version);
        if (current.status() != SurveyStatus.DRAFT) {
            throw new ValidationException("Only a draft can be deleted; end an active survey instead.");
        }
        if (!store.deleteDraft(id, version)) {
            throw new StaleEditException(what(current));
        }
    }

    /** The survey as stored, refused as a stale edit unless it is still at the version the form loaded. */
    private StoredSurvey current(long id, long version) {
        StoredSurvey current = stored(id);
        StaleEditException.check(what(current), version, current.version());
        return current;
    }

    private StoredSurvey stored(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("There is no survey with id " + id + "."));
    }

    private static String what(StoredSurvey survey) {
        return "the survey \"" + survey.draft().title() + "\"";
    }

    private Map<Long, String> teamNames() {
        return teams.visibleTeams().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    /** The draft as stored (stripped), or the first thing wrong with it. */
    SurveyDraft validate(SurveyDraft draft, boolean checkOpening) {
        String title = required(draft.title(), "a title", "The title", MAX_TITLE);
        String intro = draft.intro().strip();
        if (intro.length() > MAX_INTRO) {
            throw new ValidationException("The introduction may have at most " + MAX_INTRO + " characters.");
        }
        String freeText = draft.freeTextQuestion() == null || draft.freeTextQuestion().isBlank() ? null
                : draft.freeTextQuestion().strip();
        if (freeText != null && freeText.length() > MAX_QUESTION) {
            throw new ValidationException("The open question may have at most " + MAX_QUESTION + " characters.");
        }
        if (!draft.everyone()) {
            if (draft.teamIds().isEmpty()) {
                throw new ValidationException("Choose the teams to ask, or ask everyone.");
            }
            Set<Long> known = teamNames().keySet();
            Set<Long> unknown = new HashSet<>(draft.teamIds());
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw new ValidationException("There is no team with id " + unknown.iterator().next() + ".");
            }
        }
        if (draft.openDays() < 1 || draft.openDays() > MAX_OPEN_DAYS) {
            throw new ValidationException("A wave stays open for 1 to " + MAX_OPEN_DAYS + " days.");
        }
        int months = draft.repetition().months();
        if (months > 0 && draft.openDays() > 28 * months) {
            throw new ValidationException("A wave must close before the next one opens: with a wave "
                    + draft.repetition().label().toLowerCase() + ", keep each open for at most " + 28 * months
                    + " days.");
        }
        if (checkOpening && draft.firstOpensOn().isBefore(time.today())) {
            throw new ValidationException("The first wave cannot open in the past; choose today or a later day.");
        }
        List<ItemDraft> items = draft.items().stream().map(SurveyService::clean).toList();
        long enps = items.stream().filter(i -> i.kind() == ItemKind.ENPS).count();
        long agreement = items.size() - enps;
        if (enps != 1) {
            throw new ValidationException("A survey has exactly one eNPS question (\"How likely are you to recommend "
                    + "… as a place to work?\"); this one has " + enps + ".");
        }
        if (agreement < 1 || agreement > MAX_ITEMS) {
            throw new ValidationException("A survey has 1 to " + MAX_ITEMS + " statements; this one has " + agreement
                    + ".");
        }
        if (items.stream().map(i -> i.statement().toLowerCase()).distinct().count() != items.size()) {
            throw new ValidationException("Two questions have the same wording; ask each thing once.");
        }
        return new SurveyDraft(title, intro, freeText, draft.everyone(), draft.everyone() ? Set.of() : draft.teamIds(),
                draft.firstOpensOn(), draft.openDays(), draft.repetition(), items);
    }

    private static ItemDraft clean(ItemDraft item) {
        return new ItemDraft(item.kind(), required(item.theme(), "a theme for every question", "A theme", MAX_THEME),
                required(item.statement(), "the wording of every question", "A question",
                        MAX_QUESTION));
    }

    private static String required(@Nullable String value, String what, String subject, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new ValidationException("The survey needs " + what + ".");
        }
        if (clean.length() > max) {
            throw new ValidationException(subject + " may have at most " + max + " characters.");
        }
        return clean;
    }
}
