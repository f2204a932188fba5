package com.certdesk.engagement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Turns a wave's sums per team into what a viewer may see. Two disclosures decide: one over who was asked (response
 * rates), one over who answered (every other figure); each hides groups below the threshold and enough others that
 * no subtraction of the figures shown isolates a smaller group ({@link SmallGroups}). Both are decided over all the
 * wave's teams, whoever looks, so that what one viewer sees is a part of what another sees and nothing more. A
 * viewer who sees only some teams sees the organization and those of them that are shown; HR and administrators also
 * see the rest rolled up ("other teams"), which is the whole minus the teams shown and so tells nothing new.
 */
final class ResultSlices {

    static final String ORGANIZATION = "Everyone asked";
    static final String OTHERS = "Other teams and people in no team";

    private ResultSlices() {
    }

    /** The groups as shown, without the previous wave's figures (the service adds those). */
    record Slices(GroupResult organization, List<GroupResult> teams, @Nullable GroupResult others) {
    }

    /**
     * @param tallies   sums per team of the wave ({@code null} key: people in no team)
     * @param teamNames names of the wave's teams, in the order to list them
     * @param visible   the teams the viewer may see
     * @param allTeams  whether the viewer sees every team (then the rest is shown rolled up)
     * @param closed    whether the wave has closed (answers are shown only then)
     * @param comments  the free-text answers of the teams a predicate accepts
     */
    static Slices slice(Map<@Nullable Long, GroupTally> tallies, SequencedMap<Long, String> teamNames,
            Predicate<Long> visible, boolean allTeams, int threshold, boolean closed, List<PulseQuestion> counted,
            Function<Predicate<@Nullable Long>, List<String>> comments) {
        SequencedMap<Long, Long> invited = new LinkedHashMap<>();
        SequencedMap<Long, Long> responded = new LinkedHashMap<>();
        GroupTally whole = GroupTally.EMPTY;
        for (Map.Entry<@Nullable Long, GroupTally> entry : tallies.entrySet()) {
            whole = whole.plus(entry.getValue());
        }
        for (Long team : teamNames.keySet()) {
            GroupTally tally = tallies.getOrDefault(team, GroupTally.EMPTY);
            invited.put(team, tally.invited());
            responded.put(team, tally.responded());
        }
        var asked = SmallGroups.disclose(whole.invited(), invited, threshold);
        var answered = SmallGroups.disclose(whole.responded(), responded, threshold);

        GroupResult organization = group(ORGANIZATION, null, whole, asked.wholeShown(), answered.wholeShown(),
                false, false, threshold, closed, counted, () -> comments.apply(team -> true));
        List<GroupResult> teams = teamNames.entrySet().stream().filter(e -> visible.test(e.getKey())).map(e -> {
            long id = e.getKey();
            GroupTally tally = tallies.getOrDefault(id, GroupTally.EMPTY);
            return group(e.getValue(), id, tally, asked.shows(id), answered.shows(id),
                    tally.invited() >= threshold, tally.responded() >= threshold, threshold, closed, counted,
                    () -> comments.apply(team -> team != null && team == id));
        }).toList();
        GroupResult others = null;
        // a rest is 0 or at least the threshold only when its whole is shown (a whole below it is all "rest")
        boolean restAskedShown = asked.wholeShown() && asked.rest() > 0;
        boolean restAnsweredShown = answered.wholeShown() && answered.rest() > 0;
        if (allTeams && (restAskedShown || restAnsweredShown)) {
            GroupTally rest = GroupTally.EMPTY;
            for (Map.Entry<@Nullable Long, GroupTally> entry : tallies.entrySet()) {
                Long team = entry.getKey();
                if (team == null || !teamNames.containsKey(team) || !answered.shows(team)) {
                    rest = rest.plus(entry.getValue());
                }
            }
            // the rest of those asked and the rest of those who answered are different people when the two
            // disclosures hide different teams; each figure is shown only over its own rest
            GroupTally restAsked = GroupTally.EMPTY;
            for (Map.Entry<@Nullable Long, GroupTally> entry : tallies.entrySet()) {
                Long team = entry.getKey();
                if (team == null || !teamNames.containsKey(team) || !asked.shows(team)) {
                    restAsked = restAsked.plus(entry.getValue());
                }
            }
            Participation participation = new Participation(restAsked.invited(), restAsked.responded());
            others = new GroupResult(OTHERS, null, restAskedShown ? Visibility.SHOWN : Visibility.TOO_FEW,
                    restAskedShown ? participation : null,
                    !closed ? Visibility.AFTER_CLOSE : restAnsweredShown ? Visibility.SHOWN : Visibility.TOO_FEW,
                    closed && restAnsweredShown ? EngagementMath.figures(rest, counted, comments.apply(team ->
                            team == null || !teamNames.containsKey(team) || !answered.shows(team))) : null,
                    null);
        }
        return new Slices(organization, teams, others);
    }

    private static GroupResult group(String name, @Nullable Long teamId, GroupTally tally, boolean askedShown,
            boolean answeredShown, boolean askedLargeEnough, boolean answeredLargeEnough, int threshold,
            boolean closed, List<PulseQuestion> counted, java.util.function.Supplier<List<String>> comments) {
        Visibility participation = askedShown ? Visibility.SHOWN
                : askedLargeEnough ? Visibility.PROTECTS_ANOTHER_GROUP : Visibility.TOO_FEW;
        Visibility figures = !closed ? Visibility.AFTER_CLOSE
                : answeredShown ? Visibility.SHOWN
                : answeredLargeEnough ? Visibility.PROTECTS_ANOTHER_GROUP : Visibility.TOO_FEW;
        return new GroupResult(name, teamId, participation,
                askedShown ? new Participation(tally.invited(), tally.responded()) : null, figures,
                figures == Visibility.SHOWN ? EngagementMath.figures(tally, counted, comments.get()) : null, null);
    }
}
