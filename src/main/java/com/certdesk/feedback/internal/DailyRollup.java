package com.certdesk.feedback.internal;

import com.certdesk.feedback.Measure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps feedback_daily (agent x day x team at rating time x channel x measure), and feedback_team_daily (the same
 * without the agent, for team and organization figures), equal to the sums over feedback_record: a batch's ratings are added when the batch is stored and subtracted before it is deleted, in the
 * same transaction as the ratings themselves (a file's, stored in chunks, in the transaction that makes its batch
 * IMPORTED: until then no figure reads them), so the two never disagree (a failed import adds nothing; a repeated one
 * adds no ratings and so nothing here), at a cost proportional to the batch, never to the table: one MERGE per batch
 * over its rows, or, for a file import, the {@link Sums} it added up while storing them, written as updates and
 * inserts, so that its rows need not be read again. A lock row serializes these steps across threads and nodes, so two batches touching the same agent and
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
            where %2$s and r.score is not null
            group by r.local_day, r.user_id, coalesce(r.team_id, 0), coalesce(r.channel, ''), r.kind, %1$s
            """.formatted(SCALE, BatchRecords.CONDITION);
    private static final String MERGE = """
            merge into feedback_daily d
            using (%1$s) s
            on (d.user_id = s.user_id and d.local_day = s.local_day and d.team_id = s.team_id
                and d.channel = s.channel and d.kind = s.kind and d.scale_max = s.scale_max)
            when matched then update set n = d.n + s.n, satisfied = d.satisfied + s.satisfied,
                 detractors = d.detractors + s.detractors, score_sum = d.score_sum + s.score_sum,
                 score_sq = d.score_sq + s.score_sq
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
            when matched then update set n = d.n + s.n, satisfied = d.satisfied + s.satisfied,
                 detractors = d.detractors + s.detractors, score_sum = d.score_sum + s.score_sum,
                 score_sq = d.score_sq + s.score_sq
            """;
    private static final String TEAM_INSERT_NEW = """
            when not matched then insert (local_day, team_id, channel, kind, scale_max, n, satisfied, detractors,
                                          score_sum, score_sq)
                 values (s.local_day, s.team_id, s.channel, s.kind, s.scale_max, s.n, s.satisfied, s.detractors,
                         s.score_sum, s.score_sq)
            """;

    private final JdbcTemplate jdbc;
    private final RecordWriter records;

    /** The same connection, but reading a large result a few thousand rows at a time (PostgreSQL: a cursor). */
    private final JdbcTemplate streaming;

    DailyRollup(JdbcTemplate jdbc, RecordWriter records) {
        this.jdbc = jdbc;
        this.records = records;
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(5_000);
    }

    /** After the batch's ratings were inserted: add them. */
    void add(long batchId) {
        lock();
        BatchRecords records = BatchRecords.of(jdbc, batchId);
        jdbc.update(MERGE.formatted(BATCH_SUMS) + INSERT_NEW, records.args());
        jdbc.update(TEAM_MERGE.formatted(TEAM_SUMS) + TEAM_INSERT_NEW, records.args());
    }

    /**
     * After a file's ratings were stored: add the sums it kept while storing them, or, when it kept too many to hold
     * ({@link Sums#complete()} false), the batch's sums read back from its rows.
     */
    void add(long batchId, Sums sums) {
        lock();
        if (!sums.complete()) {
            readBack(batchId, 1);
            return;
        }
        Map<Key, long[]> teams = new HashMap<>();
        sums.sums.forEach((k, v) -> addToTeam(teams, k, v));
        upsert("feedback_daily", true, sums.sums, true);
        upsert("feedback_team_daily", false, teams, true);
    }

    /**
     * Adds the sums to the table's rows: those that exist are updated by id, the others inserted, both in JDBC
     * batches. The existing rows are read per agent (or team) over the batch's days, by the unique key's leading
     * columns. (A MERGE over a VALUES list of the same rows took H2 over a minute for 200,000 rows: it walked a
     * secondary index per row.)
     */
    private static final Comparator<Key> IN_KEY_ORDER = Comparator.comparing(Key::day).thenComparingLong(Key::teamId)
            .thenComparing(Key::channel).thenComparing(Key::kind).thenComparingInt(Key::scaleMax);

    private void upsert(String table, boolean withUser, Map<Key, long[]> sums, boolean insertMissing) {
        // in the order of the unique key, so that the inserts walk the indexes' pages once, not at random
        Map<Long, List<Key>> byOwner = new java.util.TreeMap<>();
        sums.keySet().forEach(k -> byOwner.computeIfAbsent(withUser ? k.userId : k.teamId, x -> new ArrayList<>())
                .add(k));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        String owner = withUser ? "user_id" : "team_id";
        for (Map.Entry<Long, List<Key>> e : byOwner.entrySet()) {
            long id = e.getKey();
            e.getValue().sort(IN_KEY_ORDER);
            LocalDate first = e.getValue().stream().map(Key::day).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate last = e.getValue().stream().map(Key::day).max(Comparator.naturalOrder()).orElseThrow();
            Map<Key, Long> existing = new HashMap<>();
            jdbc.query("select id, local_day, team_id, channel, kind, scale_max" + (withUser ? ", user_id" : "")
                    + " from " + table + " where " + owner + " = ? and local_day between ? and ?", rs -> {
                        existing.put(new Key(rs.getObject(2, LocalDate.class), withUser ? rs.getLong(7) : 0,
                                rs.getLong(3), rs.getString(4), rs.getString(5), rs.getInt(6)), rs.getLong(1));
                    }, id, first, last);
            for (Key k : e.getValue()) {
                long[] v = sums.get(k);
                Long row = existing.get(k);
                if (row != null) {
                    updates.add(new Object[] {v[0], v[1], v[2], v[3], v[4], row});
                } else if (insertMissing) {
                    inserts.add(k.values(withUser, v));
                }
            }
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update " + table + " set n = n + ?, satisfied = satisfied + ?, detractors = detractors + "
                    + "?, score_sum = score_sum + ?, score_sq = score_sq + ? where id = ?", updates);
        }
        records.insert(table, "local_day, " + (withUser ? "user_id, " : "") + "team_id, channel, kind, scale_max, n, "
                + "satisfied, detractors, score_sum, score_sq", inserts);
    }

    /**
     * Before the batch's ratings are deleted: take them out, and drop the rows left empty, looked for among the rows
     * of the batch's agents and teams (the unique keys lead with them), not in the whole rollup.
     */
    void subtract(long batchId) {
        lock();
        Owners owners = readBack(batchId, -1);
        jdbc.batchUpdate("delete from feedback_daily where user_id = ? and n = 0",
                owners.users().stream().map(id -> new Object[] {id}).toList());
        jdbc.batchUpdate("delete from feedback_team_daily where team_id = ? and n = 0",
                owners.teams().stream().map(id -> new Object[] {id}).toList());
    }

    private record Owners(Set<Long> users, Set<Long> teams) {
    }

    /**
     * Adds ({@code sign} 1) or takes out (-1) the batch's sums read back from its rows, one agent at a time in the
     * query's order, the way the sums kept while storing are added ({@link #upsert}): for a file with more agent-day
     * rows than {@link Sums} holds, and for a deletion. Holds one agent's rows and the team sums at a time. (A MERGE
     * from the same query took H2 minutes for a million ratings of 5,000 agents.) Taking out never inserts.
     */
    private Owners readBack(long batchId, int sign) {
        Map<Key, long[]> teams = new HashMap<>();
        Map<Key, long[]> agent = new HashMap<>();
        Owners owners = new Owners(new TreeSet<>(), new TreeSet<>());
        long[] current = {Long.MIN_VALUE};
        streaming.query(BATCH_SUMS + " order by r.user_id", rs -> {
            long user = rs.getLong(2);
            if (user != current[0] && !agent.isEmpty()) {
                upsert("feedback_daily", true, agent, sign > 0);
                agent.clear();
            }
            current[0] = user;
            Key key = new Key(rs.getObject(1, LocalDate.class), user, rs.getLong(3), rs.getString(4), rs.getString(5),
                    rs.getInt(6));
            long[] v = new long[5];
            for (int i = 0; i < 5; i++) {
                v[i] = sign * rs.getLong(7 + i);
            }
            agent.put(key, v);
            addToTeam(teams, key, v);
            owners.users().add(user);
            owners.teams().add(key.teamId());
        }, BatchRecords.of(jdbc, batchId).args());
        if (!agent.isEmpty()) {
            upsert("feedback_daily", true, agent, sign > 0);
        }
        upsert("feedback_team_daily", false, teams, sign > 0);
        return owners;
    }

    private static void addToTeam(Map<Key, long[]> teams, Key k, long[] v) {
        long[] t = teams.computeIfAbsent(new Key(k.day, 0, k.teamId, k.channel, k.kind, k.scaleMax), x -> new long[5]);
        for (int i = 0; i < 5; i++) {
            t[i] += v[i];
        }
    }

    private void lock() {
        jdbc.queryForList("select id from feedback_lock where id = 1 for update", Integer.class);
    }

    private record Key(LocalDate day, long userId, long teamId, String channel, String kind, int scaleMax) {

        Object[] values(boolean withUser, long[] sums) {
            List<Object> v = new ArrayList<>(11);
            v.add(day);
            if (withUser) {
                v.add(userId);
            }
            v.add(teamId);
            v.add(channel);
            v.add(kind);
            v.add(scaleMax);
            for (long sum : sums) {
                v.add(Math.toIntExact(sum));
            }
            return v.toArray();
        }
    }

    /**
     * What a batch's answered ratings add to feedback_daily, added up while they are stored, exactly as
     * {@link #BATCH_SUMS} would from their rows. Holds at most {@value #MAX_KEYS} agent-day rows (about 250 bytes each);
     * a batch with more is summed from its rows instead.
     */
    static final class Sums {

        static final int MAX_KEYS = 250_000;
        private final Map<Key, long[]> sums = new HashMap<>();
        private final int maxKeys;
        private boolean complete = true;

        Sums() {
            this(MAX_KEYS);
        }

        Sums(int maxKeys) {
            this.maxKeys = maxKeys;
        }

        void add(RatingRow row) {
            Integer score = row.rating().score();
            if (!complete || score == null || row.userId() == null) {
                return;
            }
            Measure kind = RatingRow.kind(row.rating().metric());
            String channel = RatingRow.channel(row.rating());
            Key key = new Key(row.localDay(), row.userId(), row.teamId() == null ? 0 : row.teamId(),
                    channel == null ? "" : channel, kind.name(), kind == Measure.CES ? row.rating().scaleMax() : 0);
            long[] s = sums.computeIfAbsent(key, k -> new long[5]);
            s[0]++;
            s[1] += row.positive() ? 1 : 0;
            s[2] += row.negative() ? 1 : 0;
            s[3] += score;
            s[4] += (long) score * score;
            if (sums.size() > maxKeys) {
                complete = false;
                sums.clear();
            }
        }

        boolean complete() {
            return complete;
        }

        int size() {
            return sums.size();
        }
    }
}
