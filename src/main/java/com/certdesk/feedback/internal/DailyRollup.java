package com.certdesk.feedback.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps feedback_daily (agent x day x team at rating time x channel x measure), and feedback_team_daily (the same
 * without the agent, for team and organization figures), equal to the sums over feedback_record: a batch's ratings are added when the batch is stored and subtracted before it is deleted, in the
 * same transaction as the ratings themselves, so the two never disagree (a failed import rolls both back; a
 * repeated one adds no ratings and so nothing here). One MERGE per batch, its cost proportional to the batch, never to
 * the table. A lock row serializes these steps across threads and nodes, so two batches touching the same agent and
 * day cannot both insert that row.
 */
@Component
class DailyRollup {

    private static final String SCALE = "case when r.kind = 'CES' then r.scale_max else 0 end";
    private static final String BATCH_SUMS = """
            select r.local_day, r.user_id, coalesce(r.team_id, 0) as team_id, coalesce(r.channel, '') as channel,
                   r.kind, %1$s as scale_max, count(*) as n, sum(r.positive) as satisfied,
                   sum(r.negative) as detractors, sum(r.score) as score_sum,
                   sum(cast(r.score as bigint) * r.score) as score_sq
            from feedback_record r
            where r.batch_id = ? and r.score is not null
            group by r.local_day, r.user_id, coalesce(r.team_id, 0), coalesce(r.channel, ''), r.kind, %1$s
            """.formatted(SCALE);
    private static final String MERGE = """
            merge into feedback_daily d
            using (%1$s) s
            on (d.user_id = s.user_id and d.local_day = s.local_day and d.team_id = s.team_id
                and d.channel = s.channel and d.kind = s.kind and d.scale_max = s.scale_max)
            when matched then update set n = d.n %2$s s.n, satisfied = d.satisfied %2$s s.satisfied,
                 detractors = d.detractors %2$s s.detractors, score_sum = d.score_sum %2$s s.score_sum,
                 score_sq = d.score_sq %2$s s.score_sq
            """;
    private static final String INSERT_NEW = """
            when not matched then insert (local_day, user_id, team_id, channel, kind, scale_max, n, satisfied,
                                          detractors, score_sum, score_sq)
                 values (s.local_day, s.user_id, s.team_id, s.channel, s.kind, s.scale_max, s.n, s.satisfied,
                         s.detractors, s.score_sum, s.score_sq)
            """;

    /** The same sums per team (the agent summed away), for feedback_team_daily. */
    private static final String TEAM_SUMS = """
            select a.local_day, a.team_id, a.channel, a.kind, a.scale_max, sum(a.n) as n, sum(a.satisfied) as satisfied,
                   sum(a.detractors) as detractors, sum(a.score_sum) as score_sum, sum(a.score_sq) as score_sq
            from (%s) a
            group by a.local_day, a.team_id, a.channel, a.kind, a.scale_max
            """.formatted(BATCH_SUMS);
    private static final String TEAM_MERGE = """
            merge into feedback_team_daily d
            using (%1$s) s
            on (d.team_id = s.team_id and d.local_day = s.local_day and d.channel = s.channel and d.kind = s.kind
                and d.scale_max = s.scale_max)
            when matched then update set n = d.n %2$s s.n, satisfied = d.satisfied %2$s s.satisfied,
                 detractors = d.detractors %2$s s.detractors, score_sum = d.score_sum %2$s s.score_sum,
                 score_sq = d.score_sq %2$s s.score_sq
            """;
    private static final String TEAM_INSERT_NEW = """
            when not matched then insert (local_day, team_id, channel, kind, scale_max, n, satisfied, detractors,
                                          score_sum, score_sq)
                 values (s.local_day, s.team_id, s.channel, s.kind, s.scale_max, s.n, s.satisfied, s.detractors,
                         s.score_sum, s.score_sq)
            """;

    private final JdbcTemplate jdbc;

    DailyRollup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** After the batch's ratings were inserted: add them. */
    void add(long batchId) {
        lock();
        jdbc.update(MERGE.formatted(BATCH_SUMS, "+") + INSERT_NEW, batchId);
        jdbc.update(TEAM_MERGE.formatted(TEAM_SUMS, "+") + TEAM_INSERT_NEW, batchId);
    }

    /** Before the batch's ratings are deleted: take them out, and drop the rows left empty. */
    void subtract(long batchId) {
        lock();
        jdbc.update(MERGE.formatted(BATCH_SUMS, "-"), batchId);
        jdbc.update(TEAM_MERGE.formatted(TEAM_SUMS, "-"), batchId);
        jdbc.update("delete from feedback_daily where n = 0");
        jdbc.update("delete from feedback_team_daily where n = 0");
    }

    private void lock() {
        jdbc.queryForList("select id from feedback_lock where id = 1 for update", Integer.class);
    }
}
