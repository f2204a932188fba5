package com.certdesk.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

/**
 * What a wave's results show of each group: below the threshold nothing, and no sum or difference of what is shown
 * (response rates of those asked, figures of those who answered, the organization, teams and the rolled-up rest)
 * singles out a smaller group.
 */
class ResultSlicesTest {

    private static final PulseQuestion Q = new PulseQuestion(1, ItemKind.AGREEMENT, "Team", "I can count on them.");

    /** Sums of a team where {@code responded} of {@code invited} answered, all favourably. */
    private static GroupTally team(long invited, long responded) {
        return new GroupTally(invited, responded, responded, responded, responded, 0, 0, 0,
                Map.of(Q.id(), new GroupTally.ItemTally(responded, 0, 0)));
    }

    private static ResultSlices.Slices slice(Map<Long, GroupTally> tallies, boolean closed, long... visible) {
        SequencedMap<Long, String> names = new LinkedHashMap<>();
        tallies.keySet().stream().filter(java.util.Objects::nonNull).sorted()
                .forEach(id -> names.put(id, "team " + id));
        List<Long> sees = java.util.Arrays.stream(visible).boxed().toList();
        return ResultSlices.slice(tallies, names, id -> sees.isEmpty() || sees.contains(id), sees.isEmpty(), 5,
                closed, List.of(Q), accepts -> List.of());
    }

    private static GroupResult teamResult(ResultSlices.Slices slices, long id) {
        return slices.teams().stream().filter(g -> g.teamId() == id).findFirst().orElseThrow();
    }

    @Test
    void a_team_of_four_answers_is_hidden_five_and_six_are_shown() {
        Map<Long, GroupTally> tallies = new HashMap<>();
        tallies.put(1L, team(6, 4));
        tallies.put(2L, team(6, 5));
        tallies.put(3L, team(6, 6));
        tallies.put(4L, team(12, 12));
        var slices = slice(tallies, true);
        assertThat(teamResult(slices, 1).figures()).isNull();
        assertThat(teamResult(slices, 1).figuresShown()).isEqualTo(Visibility.TOO_FEW);
        // the rest would be team 1's four alone: the smallest team shown (5) goes with it
        assertThat(teamResult(slices, 2).figures()).isNull();
        assertThat(teamResult(slices, 2).figuresShown()).isEqualTo(Visibility.PROTECTS_ANOTHER_GROUP);
        assertThat(teamResult(slices, 3).figures().respondents()).isEqualTo(6);
        assertThat(teamResult(slices, 4).figures().respondents()).isEqualTo(12);
        assertThat(slices.others().figures().respondents()).isEqualTo(9);
        assertThat(slices.organization().figures().respondents()).isEqualTo(27);
        // response rates go by those asked: every team asked 6 or more
        assertThat(teamResult(slices, 1).participation()).isEqualTo(new Participation(6, 4));
    }

    @Test
    void a_team_asked_fewer_than_the_threshold_shows_not_even_its_response_rate() {
        Map<Long, GroupTally> tallies = new HashMap<>();
        tallies.put(1L, team(3, 3));
        tallies.put(2L, team(10, 8));
        tallies.put(3L, team(10, 9));
        var slices = slice(tallies, true);
        assertThat(teamResult(slices, 1).participation()).isNull();
        assertThat(teamResult(slices, 1).participationShown()).isEqualTo(Visibility.TOO_FEW);
        assertThat(teamResult(slices, 1).participationShown().reason(5, "people asked"))
                .isEqualTo("Fewer than 5 people asked: hidden to protect confidentiality.");
    }

    @Test
    void an_open_wave_shows_response_rates_but_no_answers() {
        Map<Long, GroupTally> tallies = Map.of(1L, team(10, 9), 2L, team(10, 8));
        var slices = slice(tallies, false);
        assertThat(slices.organization().figures()).isNull();
        assertThat(slices.organization().figuresShown()).isEqualTo(Visibility.AFTER_CLOSE);
        assertThat(slices.organization().participation()).isEqualTo(new Participation(20, 17));
        assertThat(teamResult(slices, 1).figures()).isNull();
    }

    @Test
    void a_manager_sees_the_whole_and_their_team_but_not_the_others_rolled_up() {
        Map<Long, GroupTally> tallies = new HashMap<>();
        tallies.put(1L, team(10, 9));
        tallies.put(2L, team(3, 3));
        tallies.put(3L, team(10, 7));
        var slices = slice(tallies, true, 3);
        assertThat(slices.teams()).extracting(GroupResult::teamId).containsExactly(3L);
        assertThat(slices.others()).isNull();
        // what the manager sees is what HR sees of the same groups: team 3 (the smaller large one) is hidden for 2
        assertThat(teamResult(slices, 3).figuresShown()).isEqualTo(Visibility.PROTECTS_ANOTHER_GROUP);
        assertThat(teamResult(slice(tallies, true), 3).figures()).isNull();
    }

    @Test
    void a_whole_of_fewer_than_the_threshold_shows_nothing() {
        var slices = slice(Map.of(1L, team(4, 4)), true);
        assertThat(slices.organization().figures()).isNull();
        assertThat(slices.organization().participation()).isNull();
        assertThat(slices.others()).isNull();
    }

    /**
     * Over thousands of generated waves with small teams, people in no team and partial response, the adversary adds
     * and subtracts every figure HR sees (the whole, each team, the rest rolled up), each at most once, for the
     * people asked and for those who answered. A result that is exactly a set of teams (and people in no team) of 1
     * to threshold - 1 people would single out a small group. None may.
     */
    @Test
    void no_combination_of_the_figures_shown_isolates_fewer_than_the_threshold() {
        Random random = new Random(20261202);
        int combinations = 0;
        for (int round = 0; round < 2_000; round++) {
            int teamCount = 1 + random.nextInt(6);
            Map<Long, GroupTally> tallies = new HashMap<>();
            long[] invited = new long[teamCount + 1];
            long[] responded = new long[teamCount + 1];
            for (int i = 0; i <= teamCount; i++) {
                boolean noTeam = i == teamCount;
                long asked = noTeam ? (random.nextBoolean() ? 0 : random.nextInt(6))
                        : random.nextInt(4) == 0 ? random.nextInt(30) : random.nextInt(9);
                long answered = asked == 0 ? 0 : random.nextLong(asked + 1);
                invited[i] = asked;
                responded[i] = answered;
                if (asked > 0 || !noTeam) {
                    tallies.put(noTeam ? null : (long) i + 1, team(asked, answered));
                }
            }
            var slices = slice(tallies, true);
            combinations += attack(slices, invited, teamCount, true);
            combinations += attack(slices, responded, teamCount, false);
        }
        assertThat(combinations).as("combinations tried").isGreaterThan(100_000);
    }

    /** Tries every signed combination of the figures shown over these per-team counts; returns how many. */
    private static int attack(ResultSlices.Slices slices, long[] atoms, int teamCount, boolean asked) {
        List<int[]> figures = new ArrayList<>();
        int[] hiddenAtoms = new int[teamCount + 1];
        hiddenAtoms[teamCount] = 1;
        GroupResult org = slices.organization();
        if (asked ? org.participation() != null : org.figures() != null) {
            int[] all = new int[teamCount + 1];
            java.util.Arrays.fill(all, 1);
            figures.add(all);
        }
        for (GroupResult g : slices.teams()) {
            int i = (int) (g.teamId() - 1);
            boolean shown = asked ? g.participation() != null : g.figures() != null;
            if (shown) {
                assertThat(atoms[i]).as("a team shown").isGreaterThanOrEqualTo(5);
                int[] one = new int[teamCount + 1];
                one[i] = 1;
                figures.add(one);
            } else {
                hiddenAtoms[i] = 1;
            }
        }
        GroupResult others = slices.others();
        if (others != null && (asked ? others.participation() != null : others.figures() != null)) {
            figures.add(hiddenAtoms);
            long rest = 0;
            for (int i = 0; i <= teamCount; i++) {
                rest += hiddenAtoms[i] * atoms[i];
            }
            assertThat(asked ? others.participation().invited() : others.figures().respondents()).isEqualTo(rest);
        }
        return SignedCombinations.tryAll(atoms, figures, (people, signs) ->
                assertThat(people == 0 || people >= 5).as("a set of %d people worked out from the figures shown "
                        + "(%s) over %s, signs %s", people, asked ? "asked" : "answered",
                        java.util.Arrays.toString(atoms), java.util.Arrays.toString(signs)).isTrue());
    }
}
