package com.certdesk.insight.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The random split of a planned evaluation's agents into assignment waves, balanced by team and reproducible from its
 * seed. Within each team (teams by id) the agents are sorted by id, shuffled with one {@link Random} seeded by the
 * recorded seed, and dealt round robin into the waves; each team's deal starts where the previous team's stopped, so
 * that every team's waves differ by at most one agent and so do the waves overall. Who is in which wave depends on the
 * seed; how many of each team are in each wave does not (the preview shows those sizes before the seed is drawn).
 */
public final class WaveSplit {

    private WaveSplit() {
    }

    /** An agent taking part, with the team they are in at registration. */
    public record Agent(long userId, long teamId) {
    }

    /** The wave (0 = first) of each agent, in the order of the deal (teams by id, then the shuffled order). */
    public static Map<Long, Integer> split(Collection<Agent> agents, int waves, long seed) {
        if (waves < 1) {
            throw new IllegalArgumentException("at least one wave");
        }
        Random random = new Random(seed);
        Map<Long, Integer> wave = new LinkedHashMap<>();
        int next = 0;
        for (List<Agent> team : byTeam(agents).values()) {
            List<Agent> order = new ArrayList<>(team);
            java.util.Collections.shuffle(order, random);
            for (Agent a : order) {
                wave.put(a.userId(), next);
                next = (next + 1) % waves;
            }
        }
        return wave;
    }

    /** How many agents of each team (by id) each wave gets: the same for every seed. */
    public static Map<Long, int[]> sizes(Collection<Agent> agents, int waves) {
        Map<Long, int[]> sizes = new LinkedHashMap<>();
        Map<Long, Long> teamOf = new java.util.HashMap<>();
        agents.forEach(a -> teamOf.put(a.userId(), a.teamId()));
        split(agents, waves, 0).forEach((user, w) -> sizes.computeIfAbsent(teamOf.get(user), t -> new int[waves])[w]++);
        return sizes;
    }

    private static Map<Long, List<Agent>> byTeam(Collection<Agent> agents) {
        Map<Long, List<Agent>> teams = new TreeMap<>();
        agents.stream().sorted(Comparator.comparingLong(Agent::userId))
                .forEach(a -> teams.computeIfAbsent(a.teamId(), t -> new ArrayList<>()).add(a));
        return teams;
    }
}
