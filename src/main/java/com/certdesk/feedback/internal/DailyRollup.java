package com.certdesk.feedback.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps feedback_daily (agent x day x team x channel x measure) equal to what feedback_record holds, for the
 * (agent, day) pairs a batch touches: recomputed from the records, never incremented, so a retried or partly
 * repeated import cannot count twice. Runs inside the caller's transaction. The touched rows are found through the
 * batch's agents and its day range first (index on user and day), so a small batch never scans the whole table.
 */
@Component
class DailyRollup {

    private static final int AGENT_CHUNK = 500;
    private static final String TOUCHED = "exists (select 1 from feedback_record b where b.batch_id = ? "
            + "and b.user_id = %1$s.user_id and b.local_day = %1$s.local_day)";
    private static final String SCALE = "case when r.kind = 'CES' then r.scale_max else 0 end";

    private final JdbcTemplate jdbc;

    DailyRollup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** After the batch's records were inserted: recompute the days they fall on. */
    void afterInsert(long batchId) {
        refresh(batchId, false);
    }

    /** Before the batch's records are deleted: recompute their days without them. */
    void beforeDelete(long batchId) {
        refresh(batchId, true);
    }

    private void refresh(long batchId, boolean withoutBatch) {
        Map<String, Object> range = jdbc.queryForMap(
                "select min(local_day) as first_day, max(local_day) as last_day from feedback_record where batch_id = ?",
                batchId);
        if (range.get("first_day") == null) {
            return;
        }
        LocalDate first = toDate(range.get("first_day"));
        LocalDate last = toDate(range.get("last_day"));
        // The batch's agents as a list of values, not as "in (select ...)": H2 runs an uncorrelated IN subquery
        // again for every candidate row and cannot use the (user_id, local_day) index for it, which made each
        // store cost (rows in the table x rows in the batch).
        List<Long> agents = jdbc.queryForList("select distinct user_id from feedback_record where batch_id = ?",
                Long.class, batchId);
        for (int i = 0; i < agents.size(); i += AGENT_CHUNK) {
            List<Long> chunk = agents.subList(i, Math.min(agents.size(), i + AGENT_CHUNK));
            String in = "(" + "?, ".repeat(chunk.size() - 1) + "?)";
            List<Object> args = new ArrayList<>(chunk);
            args.addAll(List.of(first, last, batchId));
            jdbc.update("delete from feedback_daily d where d.user_id in " + in
                    + " and d.local_day between ? and ? and " + TOUCHED.formatted("d"), args.toArray());
            String insert = """
                    insert into feedback_daily (local_day, user_id, team_id, channel, kind, scale_max, n, satisfied,
                                                detractors, score_sum, score_sq)
                    select r.local_day, r.user_id, r.team_id, coalesce(r.channel, ''), r.kind, %2$s, count(*),
                           sum(r.positive), sum(r.negative), sum(r.score), sum(cast(r.score as bigint) * r.score)
                    from feedback_record r
                    where r.user_id in %3$s and r.local_day between ? and ? and r.score is not null and %1$s %4$s
                    group by r.local_day, r.user_id, r.team_id, coalesce(r.channel, ''), r.kind, %2$s
                    """.formatted(TOUCHED.formatted("r"), SCALE, in, withoutBatch ? "and r.batch_id <> ?" : "");
            if (withoutBatch) {
                args.add(batchId);
            }
            jdbc.update(insert, args.toArray());
        }
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
