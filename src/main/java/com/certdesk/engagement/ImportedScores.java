package com.certdesk.engagement;

import com.certdesk.base.Intervals;
import com.certdesk.base.NotFoundException;
import com.certdesk.engagement.ScoreResults.Group;
import com.certdesk.engagement.ScoreResults.Survey;
import com.certdesk.engagement.internal.ScoreStore;
import com.certdesk.engagement.internal.ScoreStore.TeamSums;
import com.certdesk.people.TeamService;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of imported engagement scores, by the same rules as pulse waves: per measure and survey date (never summed
 * over a range of dates), the mean per team with its interval where the team has at least the threshold of people
 * scored and showing it lets no smaller group be worked out ({@link SmallGroups}, decided over every team whoever
 * looks). Managers see their own teams, HR and administrators every team. No method returns a person's score.
 */
@Service
@Transactional(readOnly = true)
public class ImportedScores {

    static final String EVERYONE = "Everyone scored";

    private final ScoreStore store;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final EngagementSettings settings;

    ImportedScores(ScoreStore store, TeamService teams, CurrentUser currentUser, EngagementSettings settings) {
        this.store = store;
        this.teams = teams;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    /** One of the caller's own imported scores. */
    public record OwnScore(String measure, LocalDate surveyDate, double score, int scaleMin, int scaleMax) {
    }

    /**
     * The caller's own imported scores, the earliest first: the only way to a person's score, and only for that
     * person (there is no method that takes a user id).
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<OwnScore> mine() {
        return store.scoresOf(currentUser.id()).stream().map(s -> new OwnScore(s.measure(), s.surveyDate(),
                s.score(), s.scaleMin(), s.scaleMax())).toList();
    }

    /** The measures and survey dates the caller may see results of, the latest first. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<Survey> surveys() {
        return store.surveys(seesAllTeams() ? null : visibleTeams().keySet()).stream()
                .map(s -> new Survey(s.measure(), s.surveyDate(), s.scaleMin(), s.scaleMax())).toList();
    }

    /**
     * @throws NotFoundException when the caller has no such measure and date among theirs (alike whether it exists)
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public ScoreResults results(String measure, LocalDate surveyDate) {
        List<Survey> mine = surveys();
        // a measure is one whatever its case (the import keeps one spelling): "engagement" finds "Engagement"
        Survey survey = mine.stream().filter(s -> s.measure().equalsIgnoreCase(measure)
                && s.surveyDate().equals(surveyDate))
                .findFirst().orElseThrow(() -> new NotFoundException("There are no " + measure + " scores of "
                        + surveyDate + " among those you may see."));
        Map<Long, String> visible = visibleTeams();
        Slices now = slices(survey, visible);
        Optional<Survey> previous = mine.stream().filter(s -> s.measure().equals(survey.measure())
                && s.surveyDate().isBefore(surveyDate)).findFirst();
        Slices before = previous.map(p -> slices(p, visible)).orElse(null);
        if (before == null) {
            return new ScoreResults(survey, settings.threshold(), now.organization, now.teams, now.others);
        }
        Map<Long, Set<Long>> scoredNow = store.scored(survey.measure(), survey.surveyDate());
        Map<Long, Set<Long>> scoredBefore = store.scored(previous.get().measure(), previous.get().surveyDate());
        int threshold = settings.threshold();
        List<Group> teamGroups = now.teams.stream().map(g -> withPrevious(g, before.teams.stream()
                .filter(b -> b.teamId() != null && b.teamId().equals(g.teamId())).findFirst().orElse(null),
                comparable(scoredNow.getOrDefault(g.teamId(), Set.of()),
                        scoredBefore.getOrDefault(g.teamId(), Set.of()), threshold))).toList();
        return new ScoreResults(survey, threshold, withPrevious(now.organization, before.organization,
                comparable(everyone(scoredNow), everyone(scoredBefore), threshold)), teamGroups, now.others);
    }

    /** The groups as shown, without the previous survey date's means. */
    record Slices(Group organization, List<Group> teams, @Nullable Group others) {
    }

    private Slices slices(Survey survey, Map<Long, String> visible) {
        return slice(store.sums(survey.measure(), survey.surveyDate()), visible, seesAllTeams(),
                settings.threshold());
    }

    /**
     * @param sums     per team (null: people in no team) of one measure and date
     * @param visible  the teams the viewer may see, with their names
     * @param allTeams whether the viewer sees every team (then the rest is shown rolled up)
     */
    static Slices slice(List<TeamSums> sums, Map<Long, String> visible, boolean allTeams, int threshold) {
        TeamSums whole = sums.stream().reduce(new TeamSums(null, 0, 0, 0), ImportedScores::plus);
        SequencedMap<Long, Long> groups = new LinkedHashMap<>();
        sums.stream().filter(s -> s.teamId() != null).sorted(Comparator.comparing(TeamSums::teamId))
                .forEach(s -> groups.put(s.teamId(), s.n()));
        var disclosure = SmallGroups.disclose(whole.n(), groups, threshold);
        Group organization = group(EVERYONE, null, whole,
                disclosure.wholeShown(), threshold);
        List<Group> teamGroups = new ArrayList<>();
        for (TeamSums s : sums) {
            if (s.teamId() != null && visible.containsKey(s.teamId())) {
                teamGroups.add(group(visible.get(s.teamId()), s.teamId(), s, disclosure.shows(s.teamId()),
                        threshold));
            }
        }
        teamGroups.sort(Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER));
        Group others = null;
        if (allTeams && disclosure.wholeShown() && disclosure.rest() > 0) {
            TeamSums rest = sums.stream().filter(s -> s.teamId() == null || !disclosure.shows(s.teamId()))
                    .reduce(new TeamSums(null, 0, 0, 0), ImportedScores::plus);
            others = group(ResultSlices.OTHERS, null, rest, true, threshold);
        }
        return new Slices(organization, teamGroups, others);
    }

    private static Group group(String name, @Nullable Long teamId, TeamSums sums, boolean shown, int threshold) {
        if (!shown) {
            return new Group(name, teamId, sums.n() >= threshold ? Visibility.PROTECTS_ANOTHER_GROUP
                    : Visibility.TOO_FEW, null, null, null);
        }
        return new Group(name, teamId, Visibility.SHOWN, sums.n(),
                Intervals.mean(sums.sum(), sums.sumOfSquares(), sums.n()), null);
    }

    /**
     * Whether a group's change between two survey dates may be shown: when the people scored are the same on both, or
     * differ by at least the threshold. Otherwise the change is mostly the score of the few who joined or left (a
     * team of 6 that was 5: the change is about the newcomer's score less the mean), handed out as one figure.
     */
    static boolean comparable(Set<Long> now, Set<Long> before, int threshold) {
        long differ = now.stream().filter(p -> !before.contains(p)).count()
                + before.stream().filter(p -> !now.contains(p)).count();
        return differ == 0 || differ >= threshold;
    }

    private static Set<Long> everyone(Map<Long, Set<Long>> byTeam) {
        Set<Long> all = new HashSet<>();
        byTeam.values().forEach(all::addAll);
        return all;
    }

    private static Group withPrevious(Group now, @Nullable Group before, boolean comparable) {
        if (!comparable || before == null || before.mean() == null || now.mean() == null) {
            return now;
        }
        return new Group(now.name(), now.teamId(), now.shown(), now.people(), now.mean(), before.mean());
    }

    private static TeamSums plus(TeamSums a, TeamSums b) {
        return new TeamSums(null, a.n() + b.n(), a.sum() + b.sum(), a.sumOfSquares() + b.sumOfSquares());
    }

    private boolean seesAllTeams() {
        return currentUser.hasAnyRole(Roles.HR, Roles.ADMIN);
    }

    private Map<Long, String> visibleTeams() {
        return EngagementResults.namesOf(teams.visibleTeams());
    }
}
