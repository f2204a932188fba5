package com.certdesk.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The engagement slices the Training impact page asks for (a training cohort's agents of the team asked about, those
 * of other teams, and the agents not yet trained, before and after), attacked: every question the page can ask of
 * one cohort (the organization's and each team's), every figure answered, added and subtracted in every signed
 * combination, over 2,000 generated organizations; no combination may isolate fewer people than the threshold.
 */
class GroupEngagementTest {

    static final int THRESHOLD = 5;

    @Test
    void a_cohort_below_the_threshold_or_a_small_rest_answers_nothing() {
        Map<Long, Double> shares = new HashMap<>();
        for (long p = 1; p <= 14; p++) {
            shares.put(p, p % 2 == 0 ? 1.0 : 0.5);
        }
        var parts = new LinkedHashMap<String, Set<Long>>();
        parts.put("team A", Set.of(1L, 2L, 3L, 4L, 5L));
        Set<Long> others = Set.of(6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
        var all = GroupEngagement.disclose(shares, Set.of(1L, 2L, 3L, 4L, 5L), parts, others, THRESHOLD);
        assertThat(all.cohort().respondents()).isEqualTo(5);
        assertThat(all.cohort().mean()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(all.others().respondents()).isEqualTo(9);
        assertThat(all.parts()).containsOnlyKeys("team A");
        // four in the cohort: nothing at all, not even the others' figure
        parts.put("team A", Set.of(1L, 2L, 3L, 4L));
        var four = GroupEngagement.disclose(shares, Set.of(1L, 2L, 3L, 4L), parts, others, THRESHOLD);
        assertThat(four.cohort()).isNull();
        assertThat(four.others()).isNull();
        assertThat(four.parts()).isEmpty();
        // both large enough, but three respondents in neither: the span's figure minus both would tell them
        parts.put("team A", Set.of(1L, 2L, 3L, 4L, 5L));
        var small = GroupEngagement.disclose(shares, Set.of(1L, 2L, 3L, 4L, 5L), parts, Set.of(6L, 7L, 8L, 9L, 10L,
                11L), THRESHOLD);
        assertThat(small.cohort()).isNull();
        // a cohort of 5 + 2 in two teams: the cohort is shown, neither team (the one would tell the other)
        for (long p = 15; p <= 16; p++) {
            shares.put(p, 0.0);
        }
        parts.put("team B", Set.of(15L, 16L));
        var split = GroupEngagement.disclose(shares, Set.of(1L, 2L, 3L, 4L, 5L, 15L, 16L), parts, others,
                THRESHOLD);
        assertThat(split.cohort().respondents()).isEqualTo(7);
        assertThat(split.parts()).isEmpty();
        assertThatThrownBy(() -> GroupEngagement.disclose(shares, Set.of(1L), parts, others, THRESHOLD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_combination_of_the_cohort_slices_isolates_fewer_than_the_threshold() {
        var random = new SplittableRandom(20261202);
        int answered = 0;
        int combinations = 0;
        for (int org = 0; org < 2_000; org++) {
            int teams = 2 + random.nextInt(4);
            // atoms: the cohort's respondents of each team, of the cohort in no team, the not-yet-trained
            // respondents, everyone else who answered
            long[] atoms = new long[teams + 3];
            for (int t = 0; t <= teams; t++) {
                atoms[t] = random.nextInt(t == teams ? 3 : 9);
            }
            atoms[teams + 1] = random.nextInt(40);
            atoms[teams + 2] = random.nextInt(9);
            Map<Long, Double> shares = new HashMap<>();
            List<Set<Long>> people = new ArrayList<>();
            long id = 0;
            for (long n : atoms) {
                Set<Long> atom = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    atom.add(++id);
                    shares.put(id, random.nextInt(5) / 4.0);
                }
                people.add(atom);
            }
            Set<Long> cohort = new HashSet<>();
            var parts = new LinkedHashMap<Integer, Set<Long>>();
            for (int t = 0; t <= teams; t++) {
                cohort.addAll(people.get(t));
                if (t < teams) {
                    parts.put(t, people.get(t));
                }
            }
            Set<Long> others = people.get(teams + 1);
            // whatever the organization or any team asks of this cohort is one of these figures
            var answer = GroupEngagement.disclose(shares, cohort, parts, others, THRESHOLD);
            List<int[]> figures = new ArrayList<>();
            // what the engagement pages show anyway: everyone who answered in the span
            figures.add(covering(atoms.length, 0, atoms.length));
            if (answer.cohort() != null) {
                figures.add(covering(atoms.length, 0, teams + 1));
                figures.add(covering(atoms.length, teams + 1, teams + 2));
                answer.parts().keySet().forEach(t -> figures.add(covering(atoms.length, t, t + 1)));
                answered++;
            } else {
                assertThat(answer.parts()).isEmpty();
            }
            for (int f = 1; f < figures.size(); f++) {
                long n = 0;
                for (int a = 0; a < atoms.length; a++) {
                    n += figures.get(f)[a] * atoms[a];
                }
                assertThat(n).as("a figure of %d respondents", n).isGreaterThanOrEqualTo(THRESHOLD);
            }
            long total = Arrays.stream(atoms).sum();
            if (total >= THRESHOLD) {
                combinations += SignedCombinations.tryAll(atoms, figures, (n, signs) -> assertThat(n == 0
                        || n >= THRESHOLD).as("%d people worked out of %s with signs %s", n, Arrays.toString(atoms),
                        Arrays.toString(signs)).isTrue());
            }
        }
        System.out.printf("cohort slices: %d of 2,000 organizations answered; %,d combinations tried%n", answered,
                combinations);
        assertThat(answered).as("the attack saw figures").isGreaterThan(500);
    }

    /** A figure over the atoms [from, to). */
    private static int[] covering(int atoms, int from, int to) {
        int[] covers = new int[atoms];
        for (int a = from; a < to; a++) {
            covers[a] = 1;
        }
        return covers;
    }
}
