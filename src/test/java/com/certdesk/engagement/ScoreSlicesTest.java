package com.certdesk.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.engagement.ScoreResults.Group;
import com.certdesk.engagement.internal.ScoreStore.TeamSums;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The imported scores' slices under attack: over thousands of generated organizations with small teams and people in
 * no team, every sum and difference of the figures HR sees (everyone scored, each team shown, the rest rolled up),
 * and of those a manager of some teams sees, must not single out a group of 1 to threshold - 1 people.
 */
class ScoreSlicesTest {

    private static final int THRESHOLD = 5;

    @Test
    void no_combination_of_the_means_shown_isolates_fewer_than_the_threshold() {
        Random random = new Random(20261203);
        int combinations = 0;
        for (int round = 0; round < 2_000; round++) {
            int teamCount = 1 + random.nextInt(6);
            long[] people = new long[teamCount + 1];
            List<TeamSums> sums = new ArrayList<>();
            Map<Long, String> names = new HashMap<>();
            for (int i = 0; i <= teamCount; i++) {
                boolean noTeam = i == teamCount;
                long n = noTeam ? (random.nextBoolean() ? 0 : random.nextInt(6))
                        : random.nextInt(4) == 0 ? random.nextInt(30) : random.nextInt(9);
                people[i] = n;
                if (n > 0) {
                    sums.add(new TeamSums(noTeam ? null : (long) i + 1, n, 3.0 * n, 9.0 * n + n));
                }
                if (!noTeam) {
                    names.put((long) i + 1, "team " + (i + 1));
                }
            }
            combinations += attack(ImportedScores.slice(sums, names, true, THRESHOLD), people, teamCount);
            Map<Long, String> some = new HashMap<>();
            names.forEach((id, name) -> {
                if (random.nextBoolean()) {
                    some.put(id, name);
                }
            });
            var forManager = ImportedScores.slice(sums, some, false, THRESHOLD);
            assertThat(forManager.others()).isNull();
            combinations += attack(forManager, people, teamCount);
        }
        assertThat(combinations).as("combinations tried").isGreaterThan(50_000);
    }

    @Test
    void at_one_below_the_threshold_nothing_is_shown_at_it_and_above_everything_is() {
        for (long n : new long[] {4, 5, 6}) {
            var slices = ImportedScores.slice(List.of(new TeamSums(1L, n, 4.0 * n, 16.0 * n + 1)),
                    Map.of(1L, "team"), true, THRESHOLD);
            Group team = slices.teams().getFirst();
            if (n < THRESHOLD) {
                assertThat(slices.organization().mean()).isNull();
                assertThat(team.mean()).isNull();
                assertThat(team.people()).isNull();
                assertThat(team.shown()).isEqualTo(Visibility.TOO_FEW);
            } else {
                assertThat(team.people()).isEqualTo(n);
                assertThat(team.mean().value()).isEqualTo(4.0);
                assertThat(slices.organization().people()).isEqualTo(n);
            }
        }
    }

    private static int attack(ImportedScores.Slices slices, long[] atoms, int teamCount) {
        List<int[]> figures = new ArrayList<>();
        int[] hidden = new int[teamCount + 1];
        hidden[teamCount] = 1;
        if (slices.organization().mean() != null) {
            int[] all = new int[teamCount + 1];
            Arrays.fill(all, 1);
            figures.add(all);
        }
        boolean[] listed = new boolean[teamCount];
        for (Group g : slices.teams()) {
            int i = (int) (g.teamId() - 1);
            listed[i] = true;
            if (g.mean() != null) {
                assertThat(g.people()).as("a team shown").isEqualTo(atoms[i]).isGreaterThanOrEqualTo(THRESHOLD);
                int[] one = new int[teamCount + 1];
                one[i] = 1;
                figures.add(one);
            } else {
                hidden[i] = 1;
            }
        }
        for (int i = 0; i < teamCount; i++) {
            if (!listed[i]) {
                hidden[i] = 1;
            }
        }
        Group others = slices.others();
        if (others != null && others.mean() != null) {
            figures.add(hidden);
            long rest = 0;
            for (int i = 0; i <= teamCount; i++) {
                rest += hidden[i] * atoms[i];
            }
            assertThat(others.people()).isEqualTo(rest);
        }
        return SignedCombinations.tryAll(atoms, figures, (people, signs) ->
                assertThat(people == 0 || people >= THRESHOLD).as("a set of %d people worked out from the means "
                        + "shown over %s, signs %s", people, Arrays.toString(atoms), Arrays.toString(signs)).isTrue());
    }
}
