package com.certdesk.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The flat sums an import keeps for the rollup hold what a map of the same rows would, however many rows they grow
 * to, list them per owner in the order of the rollups' unique keys, and give up (complete false) past their limit.
 */
class RollupSumsTest {

    private static final LocalDate START = LocalDate.of(2025, 12, 1);
    private static final String[] CHANNELS = {"", "email", "chat", "phone"};
    private static final String[] KINDS = {"CSAT", "NPS", "CES"};

    private record Row(long owner, LocalDate day, long team, String channel, String kind, int scale) {
    }

    @Test
    void sums_of_tens_of_thousands_of_rows_equal_those_of_a_map() {
        Random random = new Random(7);
        DailyRollup.Sums sums = new DailyRollup.Sums();
        Map<Row, int[]> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            Row row = new Row(1 + random.nextInt(300), START.plusDays(random.nextInt(365)), random.nextInt(6),
                    CHANNELS[random.nextInt(CHANNELS.length)], KINDS[random.nextInt(3)], random.nextBoolean() ? 5 : 7);
            int score = random.nextInt(6);
            int[] v = {1, score >= 4 ? 1 : 0, score <= 1 ? 1 : 0, score, score * score};
            sums.add(row.owner(), row.day(), row.team(), row.channel(), row.kind(), row.scale(), v);
            int[] e = expected.computeIfAbsent(row, r -> new int[5]);
            for (int k = 0; k < 5; k++) {
                e[k] += v[k];
            }
        }
        assertThat(sums.complete()).isTrue();
        assertThat(sums.size()).isEqualTo(expected.size()).isGreaterThan(100_000);
        expected.forEach((row, v) -> {
            int slot = sums.find(row.owner(), row.day(), row.team(), row.channel(), row.kind(), row.scale());
            assertThat(slot).as("%s", row).isNotNegative();
            assertThat(sums.values(slot)).as("%s", row).containsExactly(v);
        });
        assertThat(sums.find(301, START, 0, "", "CSAT", 5)).as("an owner without sums").isEqualTo(-1);
        assertThat(sums.find(1, START, 0, "sms", "CSAT", 5)).as("a channel without sums").isEqualTo(-1);

        List<Long> owners = new ArrayList<>();
        int[] listed = {0};
        sums.forEachOwner((owner, slots) -> {
            owners.add(owner);
            long[] days = Arrays.stream(slots).map(s -> DailyRollup.Sums.day(s).toEpochDay()).toArray();
            assertThat(days).as("owner %d's days in order", owner).isSorted();
            for (long daySlot : slots) {
                assertThat(sums.owner(DailyRollup.Sums.slot(daySlot))).isEqualTo(owner);
            }
            listed[0] += slots.length;
        });
        assertThat(owners).isSorted().doesNotHaveDuplicates().hasSize(300);
        assertThat(listed[0]).isEqualTo(expected.size());
    }

    @Test
    void per_team_sums_add_up_the_agents_of_each_team() {
        DailyRollup.Sums sums = new DailyRollup.Sums();
        sums.add(1, START, 10, "chat", "CSAT", 0, new int[] {2, 1, 0, 9, 41});
        sums.add(2, START, 10, "chat", "CSAT", 0, new int[] {1, 1, 0, 5, 25});
        sums.add(3, START, 11, "chat", "CSAT", 0, new int[] {1, 0, 1, 1, 1});
        sums.add(2, START.plusDays(1), 10, "chat", "CSAT", 0, new int[] {1, 0, 0, 3, 9});

        DailyRollup.Sums teams = sums.byTeam();
        assertThat(teams.size()).isEqualTo(3);
        assertThat(teams.values(teams.find(10, START, 10, "chat", "CSAT", 0))).containsExactly(3, 2, 0, 14, 66);
        assertThat(teams.values(teams.find(11, START, 11, "chat", "CSAT", 0))).containsExactly(1, 0, 1, 1, 1);

        teams.addAll(sums.byTeam());
        assertThat(teams.values(teams.find(10, START, 10, "chat", "CSAT", 0))).containsExactly(6, 4, 0, 28, 132);
    }

    @Test
    void past_its_limit_it_gives_up_and_holds_nothing() {
        DailyRollup.Sums sums = new DailyRollup.Sums(1_000);
        for (int day = 0; day < 1_000; day++) {
            sums.add(1, START.plusDays(day), 0, "", "CSAT", 0, new int[] {1, 1, 0, 5, 25});
        }
        assertThat(sums.complete()).isTrue();
        sums.add(1, START.plusDays(999), 0, "", "CSAT", 0, new int[] {1, 1, 0, 5, 25});
        assertThat(sums.complete()).as("an existing row adds nothing new").isTrue();
        sums.add(1, START.minusDays(1), 0, "", "CSAT", 0, new int[] {1, 1, 0, 5, 25});
        assertThat(sums.complete()).isFalse();
        assertThat(sums.size()).isZero();
        int[] visited = {0};
        sums.forEachOwner((owner, slots) -> visited[0]++);
        assertThat(visited[0]).isZero();
    }
}
