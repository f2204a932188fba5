package com.certdesk.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.insight.internal.WaveSplit.Agent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The random wave split: balanced by team, reproducible from its seed, different for another seed. */
class WaveSplitTest {

    /** Teams of 7, 4, 5 and 1 agents (ids not in team order, as in a real organization). */
    private static List<Agent> agents() {
        List<Agent> agents = new ArrayList<>();
        int[] sizes = {7, 4, 5, 1};
        long id = 100;
        for (int team = 0; team < sizes.length; team++) {
            for (int i = 0; i < sizes[team]; i++) {
                agents.add(new Agent(id, 40 - team * 10));
                id += 3;
            }
        }
        java.util.Collections.reverse(agents);
        return agents;
    }

    @Test
    void every_team_and_the_whole_split_are_balanced_within_one_agent() {
        for (int n = 2; n <= 4; n++) {
            int waves = n;
            for (long seed = 0; seed < 50; seed++) {
                Map<Long, Integer> split = WaveSplit.split(agents(), waves, seed);
                assertThat(split).hasSize(17);
                Map<Long, int[]> perTeam = new HashMap<>();
                int[] overall = new int[waves];
                for (Agent a : agents()) {
                    int w = split.get(a.userId());
                    perTeam.computeIfAbsent(a.teamId(), t -> new int[waves])[w]++;
                    overall[w]++;
                }
                for (int[] team : perTeam.values()) {
                    assertThat(spread(team)).as("a team's waves, %d waves, seed %d", waves, seed).isLessThanOrEqualTo(1);
                }
                assertThat(spread(overall)).as("all waves").isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_waves_whatever_order_the_agents_come_in() {
        List<Agent> shuffled = new ArrayList<>(agents());
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        assertThat(WaveSplit.split(shuffled, 3, 123456789L)).isEqualTo(WaveSplit.split(agents(), 3, 123456789L));
    }

    @Test
    void another_seed_gives_another_split_with_the_same_sizes() {
        Map<Long, Integer> one = WaveSplit.split(agents(), 2, 1L);
        Map<Long, Integer> other = WaveSplit.split(agents(), 2, 2L);
        assertThat(new HashMap<>(one)).isNotEqualTo(new HashMap<>(other));
        assertThat(WaveSplit.sizes(agents(), 2)).containsOnlyKeys(10L, 20L, 30L, 40L);
        assertThat(WaveSplit.sizes(agents(), 2).get(40L)).containsExactly(4, 3);
        int[] sizesOne = new int[2];
        int[] sizesOther = new int[2];
        one.values().forEach(w -> sizesOne[w]++);
        other.values().forEach(w -> sizesOther[w]++);
        assertThat(sizesOne).isEqualTo(sizesOther);
    }

    private static int spread(int[] counts) {
        return java.util.Arrays.stream(counts).max().orElse(0) - java.util.Arrays.stream(counts).min().orElse(0);
    }
}
