package com.certdesk.engagement;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.engagement.internal.SurveyStore;
import com.certdesk.engagement.internal.WaveTallies;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What managers (their own teams), HR and administrators (every team) may see of the waves' answers: figures of
 * groups only, each at least the confidentiality threshold, and none that lets a smaller group be worked out. No
 * method here returns one person's answers, to anyone.
 */
@Service
@Transactional(readOnly = true)
public class EngagementResults {

    private final SurveyStore surveys;
    private final WaveTallies tallies;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final EngagementSettings settings;
    private final OrganizationTime time;

    EngagementResults(SurveyStore surveys, WaveTallies tallies, TeamService teams, CurrentUser currentUser,
            EngagementSettings settings, OrganizationTime time) {
        this.surveys = surveys;
        this.tallies = tallies;
        this.teams = teams;
        this.currentUser = currentUser;
        this.settings = settings;
        this.time = time;
    }

    /** Which questions to count: all, those of one theme, or one question. */
    public record QuestionFilter(@Nullable String theme, @Nullable Long questionId) {

        public static final QuestionFilter ALL = new QuestionFilter(null, null);

        boolean counts(PulseQuestion question) {
            return (theme == null || theme.equals(question.theme()))
                    && (questionId == null || questionId == question.id());
        }
    }

    /**
     * The waves the caller may see results of, the latest first, opened between {@code from} and {@code to}
     * (inclusive; null for no bound): every wave for HR and administrators, for managers those that asked a team
     * they manage. A date filter only chooses waves; figures are never summed over a date range, so two overlapping
     * ranges cannot be subtracted from each other.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<WaveView> waves(@Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate today = time.today();
        List<WaveView> waves = seesAllTeams() ? surveys.allWaves(today)
                : surveys.wavesOfTeams(visibleTeams().keySet(), today);
        return waves.stream().filter(w -> (from == null || !w.opensOn().isBefore(from))
                && (to == null || !w.opensOn().isAfter(to))).toList();
    }

    /**
     * A wave's results as the caller may see them, with each group's figures in the survey's previous wave.
     *
     * @throws NotFoundException when there is no such wave or the caller may not see it (alike, so ids cannot be
     *                           probed)
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public WaveResults results(long waveId, QuestionFilter filter) {
        LocalDate today = time.today();
        WaveView wave = visibleWave(waveId, today);
        List<PulseQuestion> all = surveys.questions(wave.surveyId());
        List<PulseQuestion> counted = all.stream().filter(filter::counts).toList();
        List<String> themes = all.stream().map(PulseQuestion::theme).distinct().toList();
        Map<Long, String> visible = visibleTeams();
        ResultSlices.Slices slices = slices(wave, counted, visible);
        Optional<WaveView> previous = surveys.waves(wave.surveyId(), today).stream()
                .filter(w -> w.number() < wave.number() && !w.open()).findFirst();
        if (previous.isEmpty()) {
            return new WaveResults(wave, settings.threshold(), counted, all, themes, slices.organization(),
                    slices.teams(), slices.others());
        }
        ResultSlices.Slices before = slices(previous.get(), counted, visible);
        Map<Long, GroupResult> beforeByTeam = before.teams().stream()
                .collect(Collectors.toMap(GroupResult::teamId, g -> g));
        List<GroupResult> teamResults = slices.teams().stream()
                .map(g -> withPrevious(g, beforeByTeam.get(g.teamId()))).toList();
        return new WaveResults(wave, settings.threshold(), counted, all, themes,
                withPrevious(slices.organization(), before.organization()), teamResults, slices.others());
    }

    /** One point of a trend: a wave and a group's figures in it, when they may be shown. */
    public record TrendPoint(WaveView wave, @Nullable EngagementFigures figures) {
    }

    /**
     * A group's figures over a survey's closed waves, the earliest first: the organization ({@code teamId} null) or
     * one team the caller may see; a wave where the group is hidden has no figures.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TrendPoint> trend(long surveyId, @Nullable Long teamId) {
        LocalDate today = time.today();
        Map<Long, String> visible = visibleTeams();
        if (teamId != null && !visible.containsKey(teamId)) {
            throw new NotFoundException("There is no such team among yours.");
        }
        List<WaveView> waves = surveys.waves(surveyId, today).reversed();
        List<PulseQuestion> counted = surveys.questions(surveyId);
        return waves.stream().filter(w -> !w.open() && canSee(w, visible)).map(w -> {
            ResultSlices.Slices slices = slices(w, counted, visible);
            GroupResult group = teamId == null ? slices.organization() : slices.teams().stream()
                    .filter(g -> teamId.equals(g.teamId())).findFirst().orElse(null);
            return new TrendPoint(w, group == null ? null : group.figures());
        }).toList();
    }

    /**
     * The team's figures in the latest closed wave of any survey that asked it, with that wave, for the team
     * dashboard; empty when no closed wave asked the team (the figures inside are null when hidden).
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Optional<TeamEngagement> latestForTeam(long teamId) {
        LocalDate today = time.today();
        Map<Long, String> visible = visibleTeams();
        if (!visible.containsKey(teamId)) {
            throw new NotFoundException("There is no such team among yours.");
        }
        return surveys.wavesOfTeams(Set.of(teamId), today).stream().filter(w -> !w.open()).findFirst()
                .flatMap(w -> results(w.id(), QuestionFilter.ALL).teams().stream()
                        .filter(g -> g.teamId() != null && g.teamId() == teamId).findFirst()
                        .map(g -> new TeamEngagement(w, settings.threshold(), g)));
    }

    private ResultSlices.Slices slices(WaveView wave, List<PulseQuestion> counted, Map<Long, String> visible) {
        Set<Long> agreement = counted.stream().filter(q -> q.kind() == ItemKind.AGREEMENT).map(PulseQuestion::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        boolean withEnps = counted.stream().anyMatch(q -> q.kind() == ItemKind.ENPS);
        Map<@Nullable Long, GroupTally> sums = tallies.perTeam(wave.id(), agreement, withEnps);
        // every team the wave asked, by id whoever looks (the disclosure must not depend on the viewer), named
        // when the caller may see it
        SequencedMap<Long, String> names = new LinkedHashMap<>();
        sums.keySet().stream().filter(java.util.Objects::nonNull).sorted()
                .forEach(id -> names.put(id, visible.getOrDefault(id, "")));
        ResultSlices.Slices slices = ResultSlices.slice(sums, names, visible::containsKey, seesAllTeams(),
                settings.threshold(), !wave.open(), counted, accepts -> tallies.freeTexts(wave.id(), accepts));
        List<GroupResult> byName = slices.teams().stream()
                .sorted(java.util.Comparator.comparing(GroupResult::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new ResultSlices.Slices(slices.organization(), byName, slices.others());
    }

    private static GroupResult withPrevious(GroupResult now, @Nullable GroupResult before) {
        if (before == null || before.figures() == null || now.figures() == null) {
            return now;
        }
        return new GroupResult(now.name(), now.teamId(), now.participationShown(), now.participation(),
                now.figuresShown(), now.figures(), before.figures());
    }

    private WaveView visibleWave(long waveId, LocalDate today) {
        Map<Long, String> visible = visibleTeams();
        return surveys.wave(waveId, today).filter(w -> canSee(w, visible))
                .orElseThrow(() -> new NotFoundException("There is no wave " + waveId + " among those you may see."));
    }

    private boolean canSee(WaveView wave, Map<Long, String> visible) {
        return seesAllTeams() || surveys.wavesOfTeams(visible.keySet(), time.today()).stream()
                .anyMatch(w -> w.id() == wave.id());
    }

    private boolean seesAllTeams() {
        return currentUser.hasAnyRole(Roles.HR, Roles.ADMIN);
    }

    /** The teams the caller may see, by id, with their names. */
    private Map<Long, String> visibleTeams() {
        return namesOf(teams.visibleTeams());
    }

    /** Teams by id with their names, in the order given. */
    static Map<Long, String> namesOf(List<TeamSummary> teams) {
        return teams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name, (a, b) -> a,
                LinkedHashMap::new));
    }
}
