package com.certdesk.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

/**
 * No group below the threshold is shown, and none can be worked out from what is shown: an adversary adds and
 * subtracts every combination of the figures shown, over thousands of generated organizations with small teams.
 */
class SmallGroupsTest {

    private static SequencedMap<String, Long> teams(long... counts) {
        SequencedMap<String, Long> teams = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            teams.put("team " + (char) ('A' + i), counts[i]);
        }
        return teams;
    }

    private static long sum(long... counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }

    @Test
    void a_team_of_the_threshold_is_shown_and_one_below_is_not() {
        // threshold - 1, threshold, threshold + 1 (and teams large enough that the rest may be shown)
        var d = SmallGroups.disclose(sum(4, 5, 6, 9, 9), teams(4, 5, 6, 9, 9), 5);
        assertThat(d.wholeShown()).isTrue();
        assertThat(d.hidden()).containsExactly("team A", "team B");
        assertThat(d.shown()).containsExactly("team C", "team D", "team E");
        assertThat(d.rest()).isEqualTo(9);
    }

    @Test
    void a_hidden_team_alone_below_the_threshold_takes_the_smallest_shown_team_with_it() {
        // the organization minus B, C and D would be A's 4 people
        var d = SmallGroups.disclose(sum(4, 7, 6, 9), teams(4, 7, 6, 9), 5);
        assertThat(d.hidden()).containsExactly("team A", "team C");
        assertThat(d.shown()).containsExactly("team B", "team D");
        assertThat(d.rest()).isEqualTo(10);
    }

    @Test
    void people_in_no_team_count_towards_the_rest() {
        assertThat(SmallGroups.disclose(sum(5, 6) + 2, teams(5, 6), 5).shown()).containsExactly("team B");
        assertThat(SmallGroups.disclose(sum(5, 6) + 5, teams(5, 6), 5).shown()).containsExactly("team A", "team B");
        // equal sizes: the first given goes
        assertThat(SmallGroups.disclose(sum(6, 6) + 1, teams(6, 6), 5).shown()).containsExactly("team B");
    }

    @Test
    void a_whole_below_the_threshold_shows_nothing() {
        var d = SmallGroups.disclose(4, teams(4), 5);
        assertThat(d.wholeShown()).isFalse();
        assertThat(d.shown()).isEmpty();
        assertThat(d.hidden()).containsExactly("team A");
        assertThat(SmallGroups.disclose(5, teams(5), 5).shown()).containsExactly("team A");
        assertThat(SmallGroups.disclose(0, teams(), 5).wholeShown()).isFalse();
    }

    @Test
    void the_threshold_is_never_below_three_and_counts_must_add_up() {
        assertThatThrownBy(() -> SmallGroups.disclose(10, teams(5, 5), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below 3");
        assertThatThrownBy(() -> SmallGroups.disclose(9, teams(5, 5), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("smaller than its groups");
        assertThatThrownBy(() -> SmallGroups.disclose(9, teams(-1, 5), 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The adversary sees the whole (when shown) and each team shown, and adds or subtracts any of them, each at most
     * once (over disjoint groups every other combination is a multiple of one of these). A result that is exactly a
     * set of teams (and respondents in no team), every coefficient 0 or 1, of 1 to threshold - 1 people, would
     * single out a small group. None may.
     */
    @Test
    void no_sum_or_difference_of_the_figures_shown_isolates_fewer_than_the_threshold() {
        Random random = new Random(20261202);
        int organizations = 0;
        int combinations = 0;
        for (int round = 0; round < 4_000; round++) {
            int threshold = SmallGroups.LOWEST_THRESHOLD + random.nextInt(5);
            int teamCount = 1 + random.nextInt(7);
            long[] counts = new long[teamCount];
            for (int i = 0; i < teamCount; i++) {
                // mostly small teams, some empty, a few large
                counts[i] = random.nextInt(4) == 0 ? random.nextInt(30) : random.nextInt(threshold + 3);
            }
            long noTeam = random.nextInt(3) == 0 ? random.nextInt(threshold + 1) : 0;
            long whole = sum(counts) + noTeam;
            var d = SmallGroups.disclose(whole, teams(counts), threshold);
            organizations++;

            // the atoms: each team, and the people in no team (the last)
            long[] atoms = new long[teamCount + 1];
            System.arraycopy(counts, 0, atoms, 0, teamCount);
            atoms[teamCount] = noTeam;
            List<int[]> figures = new ArrayList<>();
            if (d.wholeShown()) {
                int[] all = new int[teamCount + 1];
                java.util.Arrays.fill(all, 1);
                figures.add(all);
            }
            for (int i = 0; i < teamCount; i++) {
                if (d.shows("team " + (char) ('A' + i))) {
                    int[] one = new int[teamCount + 1];
                    one[i] = 1;
                    figures.add(one);
                    assertThat(counts[i]).as("a team shown").isGreaterThanOrEqualTo(threshold);
                }
            }
            if (!d.wholeShown()) {
                assertThat(d.shown()).isEmpty();
            }
            combinations += SignedCombinations.tryAll(atoms, figures, (people, signs) -> {
                if (people > 0) {
                    assertThat(people).as("organization %s + %d in no team, threshold %d: figures %s combined "
                            + "with signs %s", java.util.Arrays.toString(counts), noTeam, threshold, d.shown(),
                            java.util.Arrays.toString(signs)).isGreaterThanOrEqualTo(threshold);
                }
            });
        }
        assertThat(organizations).isEqualTo(4_000);
        assertThat(combinations).isGreaterThan(100_000);
    }
}
