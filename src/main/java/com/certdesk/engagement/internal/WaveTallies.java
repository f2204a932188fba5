package com.certdesk.engagement.internal;

import com.certdesk.engagement.GroupTally;
import com.certdesk.engagement.GroupTally.ItemTally;
import com.certdesk.engagement.ItemKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A wave's sums per team (the team each invitee was in when the wave opened; key {@code null} for people in none),
 * computed in SQL. Only the engagement results service reads them, and it decides what of them may be shown.
 */
@Repository
public class WaveTallies {

    private final JdbcClient jdbc;

    WaveTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param agreementItems the agreement questions the engagement index and the item figures count (a theme or
     *                       question filter); empty for none
     * @param withEnps       whether to count the eNPS question
     */
    public Map<@Nullable Long, GroupTally> perTeam(long waveId, Set<Long> agreementItems, boolean withEnps) {
        Map<@Nullable Long, long[]> participation = new HashMap<>();
        jdbc.sql("select i.team_id, count(*), count(r.id) from pulse_invitee i left join pulse_response r "
                + "on r.wave_id = i.wave_id and r.user_id = i.user_id where i.wave_id = ? group by i.team_id")
                .param(waveId)
                .query(rs -> {
                    participation.put(team(rs.getObject(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        Map<@Nullable Long, double[]> shares = new HashMap<>();
        Map<@Nullable Long, Map<Long, ItemTally>> items = new HashMap<>();
        if (!agreementItems.isEmpty()) {
            jdbc.sql("select i.team_id, sum(case when a.score >= 4 then 1 else 0 end), count(*) from pulse_response r "
                    + "join pulse_invitee i on i.wave_id = r.wave_id and i.user_id = r.user_id "
                    + "join pulse_answer a on a.response_id = r.id "
                    + "where r.wave_id = :wave and a.item_id in (:items) group by i.team_id, r.id")
                    .param("wave", waveId).param("items", agreementItems)
                    .query(rs -> {
                        double share = rs.getDouble(2) / rs.getDouble(3);
                        double[] sums = shares.computeIfAbsent(team(rs.getObject(1)), k -> new double[3]);
                        sums[0]++;
                        sums[1] += share;
                        sums[2] += share * share;
                    });
            jdbc.sql("select i.team_id, a.item_id, sum(case when a.score >= 4 then 1 else 0 end), "
                    + "sum(case when a.score = 3 then 1 else 0 end), sum(case when a.score <= 2 then 1 else 0 end) "
                    + "from pulse_response r join pulse_invitee i on i.wave_id = r.wave_id and i.user_id = r.user_id "
                    + "join pulse_answer a on a.response_id = r.id where r.wave_id = :wave and a.item_id in (:items) "
                    + "group by i.team_id, a.item_id")
                    .param("wave", waveId).param("items", agreementItems)
                    .query(rs -> {
                        items.computeIfAbsent(team(rs.getObject(1)), k -> new HashMap<>()).put(rs.getLong(2),
                                new ItemTally(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                    });
        }
        Map<@Nullable Long, long[]> enps = new HashMap<>();
        if (withEnps) {
            jdbc.sql("select i.team_id, a.item_id, sum(case when a.score >= 9 then 1 else 0 end), "
                    + "sum(case when a.score between 7 and 8 then 1 else 0 end), "
                    + "sum(case when a.score <= 6 then 1 else 0 end) from pulse_response r "
                    + "join pulse_invitee i on i.wave_id = r.wave_id and i.user_id = r.user_id "
                    + "join pulse_answer a on a.response_id = r.id join pulse_item q on q.id = a.item_id "
                    + "where r.wave_id = ? and q.kind = ? group by i.team_id, a.item_id")
                    .params(waveId, ItemKind.ENPS.name())
                    .query(rs -> {
                        Long team = team(rs.getObject(1));
                        long promoters = rs.getLong(3);
                        long passives = rs.getLong(4);
                        long detractors = rs.getLong(5);
                        items.computeIfAbsent(team, k -> new HashMap<>()).put(rs.getLong(2),
                                new ItemTally(promoters, passives, detractors));
                        long[] sums = enps.computeIfAbsent(team, k -> new long[3]);
                        sums[0] += promoters + passives + detractors;
                        sums[1] += promoters;
                        sums[2] += detractors;
                    });
        }
        Map<@Nullable Long, GroupTally> tallies = new HashMap<>();
        for (Map.Entry<@Nullable Long, long[]> entry : participation.entrySet()) {
            Long team = entry.getKey();
            double[] s = shares.getOrDefault(team, new double[3]);
            long[] e = enps.getOrDefault(team, new long[3]);
            tallies.put(team, new GroupTally(entry.getValue()[0], entry.getValue()[1], (long) s[0], s[1], s[2], e[0],
                    e[1], e[2], items.getOrDefault(team, Map.of())));
        }
        return tallies;
    }

    /**
     * Each person's engagement index over the responses they submitted in [{@code from}, {@code to}) to waves closed
     * before {@code closedBefore} (whose answers can no longer change), of any survey: their share of favourable
     * answers to the agreement questions of each response, averaged over their responses (0..1). For group figures
     * only: {@code GroupEngagement} decides what of them may be used.
     */
    public Map<Long, Double> sharesByPerson(java.time.Instant from, java.time.Instant to,
            java.time.LocalDate closedBefore) {
        Map<Long, double[]> sums = new HashMap<>();
        jdbc.sql("select r.user_id, sum(case when a.score >= 4 then 1 else 0 end), count(*) from pulse_response r "
                + "join pulse_wave w on w.id = r.wave_id join pulse_answer a on a.response_id = r.id "
                + "join pulse_item q on q.id = a.item_id where r.submitted_at >= ? and r.submitted_at < ? "
                + "and (w.closes_on < ? or w.closed_early_at is not null) and q.kind = ? group by r.user_id, r.id")
                .params(java.sql.Timestamp.from(from), java.sql.Timestamp.from(to), closedBefore,
                        ItemKind.AGREEMENT.name())
                .query(rs -> {
                    double[] s = sums.computeIfAbsent(rs.getLong(1), k -> new double[2]);
                    s[0] += rs.getDouble(2) / rs.getDouble(3);
                    s[1]++;
                });
        Map<Long, Double> shares = new HashMap<>();
        sums.forEach((person, s) -> shares.put(person, s[0] / s[1]));
        return shares;
    }

    /**
     * The free-text answers of the respondents of the teams {@code teams} accepts ({@code null} for people in no
     * team), sorted.
     */
    public List<String> freeTexts(long waveId, java.util.function.Predicate<@Nullable Long> teams) {
        List<String> texts = new ArrayList<>();
        jdbc.sql("select i.team_id, r.free_text from pulse_response r join pulse_invitee i on i.wave_id = r.wave_id "
                + "and i.user_id = r.user_id where r.wave_id = ? and r.free_text is not null").param(waveId)
                .query(rs -> {
                    if (teams.test(team(rs.getObject(1)))) {
                        texts.add(rs.getString(2));
                    }
                });
        // sorted, so that the order tells nothing about who wrote first
        texts.sort(String.CASE_INSENSITIVE_ORDER);
        return texts;
    }

    private static @Nullable Long team(@Nullable Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
