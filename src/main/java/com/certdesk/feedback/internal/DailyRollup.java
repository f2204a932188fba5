package com.certdesk.feedback.internal;

import com.certdesk.feedback.Measure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps feedback_daily (agent x day x team at rating time x channel x measure), feedback_team_daily (the same
 * without the agent, for team and organization figures) and the agents' months packed for the impact estimate
 * ({@link AgentMonths}, from the same sums), equal to the sums over feedback_record: a batch's ratings
 * are added when the batch is stored and subtracted before it is deleted, in the same transaction as the ratings
 * themselves (a file's, stored in chunks, in the transaction that makes its batch
 * IMPORTED: until then no figure reads them), so the two never disagree (a failed import adds nothing; a repeated one
 * adds no ratings and so nothing here), at a cost proportional to the batch, never to the table: one MERGE per batch
 * over its rows, or, for a file import, the {@link Sums} it added up while storing them, written as updates and
 * inserts, so that its rows need not be read again. A lock row serializes these steps across threads and nodes, so
 * two batches touching the same agent and day cannot both insert that row.
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
    /** The answered ratings of a batch one by one, for {@link Sums} to add up as {@link #BATCH_SUMS} does. */
    private static final String BATCH_ROWS = """
            select r.local_day, r.user_id, coalesce(r.team_id, 0) as team_id, coalesce(r.channel, '') as channel,
                   r.kind, %1$s as scale_max, r.positive, r.negative, r.score
            from feedback_record r
            where %2$s and r.score is not null
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

    /** Updates and inserts go to the database in JDBC batches of this many rows. */
    private static final int WRITE_BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final RecordWriter records;
    private final AgentMonths months;

    /** The same connection, but reading a large result a few thousand rows at a time (PostgreSQL: a cursor). */
    private final JdbcTemplate streaming;

    /** At most this many agent-day rows are held while a batch's sums are read back from its rows. */
    private final int keep;

    @Autowired
    DailyRollup(JdbcTemplate jdbc, RecordWriter records) {
        this(jdbc, records, Sums.MAX_KEYS);
    }

    DailyRollup(JdbcTemplate jdbc, RecordWriter records, int keep) {
        this.jdbc = jdbc;
        this.records = records;
        this.months = new AgentMonths(jdbc);
        this.keep = keep;
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(5_000);
    }

    /** After the batch's ratings were inserted: add them. */
    void add(long batchId) {
        lock();
        BatchRecords records = BatchRecords.of(jdbc, batchId);
        jdbc.update(MERGE.formatted(BATCH_SUMS) + INSERT_NEW, records.args());
        jdbc.update(TEAM_MERGE.formatted(TEAM_SUMS) + TEAM_INSERT_NEW, records.args());
        // the agents' months from the same sums, read in Java (a batch of this kind is a few thousand ratings)
        Sums sums = new Sums(Integer.MAX_VALUE);
        jdbc.query(BATCH_SUMS, rs -> {
            addRow(sums, rs, 1);
        }, records.args());
        months.apply(sums, true);
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
        write(sums, Rollup.AGENTS, true);
        write(sums.byTeam(), Rollup.TEAMS, true);
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
     * Adds ({@code sign} 1) or takes out (-1) the batch's sums read back from its rows: for a file with more agent-day
     * rows than {@link Sums} holds, and for a deletion. A batch of at most {@link #keep} ratings (so at most as many
     * agent-day rows) is summed from its rows in one {@link Sums}; a larger one is summed by the database, read in the
     * order of its agents and written every {@link #keep} rows, at the end of an agent. Taking out never inserts. (A
     * MERGE from the same query took H2 minutes for a million ratings of 5,000 agents.)
     */
    private Owners readBack(long batchId, int sign) {
        BatchRecords range = BatchRecords.of(jdbc, batchId);
        Long stored = jdbc.queryForObject("select stored_count from feedback_batch where id = ?", Long.class, batchId);
        Owners owners = new Owners(new TreeSet<>(), new TreeSet<>());
        Sums teams = new Sums(Integer.MAX_VALUE);
        boolean inserting = sign > 0;
        if (stored != null && stored <= keep) {
            // its rows one by one: H2 took three times as long to group a million of them itself, in the heap
            Sums sums = new Sums(Integer.MAX_VALUE);
            streaming.query(BATCH_ROWS, rs -> {
                int score = rs.getInt(9);
                sums.add(rs.getLong(2), rs.getObject(1, LocalDate.class), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), new int[] {sign, sign * rs.getInt(7), sign * rs.getInt(8),
                            sign * score, sign * score * score});
            }, range.args());
            writeAgents(sums, teams, owners, inserting);
        } else {
            Sums[] part = {new Sums(Integer.MAX_VALUE)};
            long[] current = {Long.MIN_VALUE};
            streaming.query(BATCH_SUMS + " order by r.user_id", rs -> {
                long user = rs.getLong(2);
                if (user != current[0] && part[0].size() >= keep) {
                    writeAgents(part[0], teams, owners, inserting);
                    part[0] = new Sums(Integer.MAX_VALUE);
                }
                current[0] = user;
                addRow(part[0], rs, sign);
            }, range.args());
            writeAgents(part[0], teams, owners, inserting);
        }
        write(teams, Rollup.TEAMS, inserting);
        teams.forEachOwner((team, slots) -> owners.teams().add(team));
        return owners;
    }

    /** One row of {@link #BATCH_SUMS}, times {@code sign}. */
    private static void addRow(Sums sums, ResultSet rs, int sign) throws SQLException {
        int[] v = new int[5];
        for (int i = 0; i < 5; i++) {
            v[i] = sign * Math.toIntExact(rs.getLong(7 + i));
        }
        sums.add(rs.getLong(2), rs.getObject(1, LocalDate.class), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), v);
    }

    private void writeAgents(Sums agents, Sums teams, Owners owners, boolean inserting) {
        write(agents, Rollup.AGENTS, inserting);
        teams.addAll(agents.byTeam());
        agents.forEachOwner((user, slots) -> owners.users().add(user));
    }

    /**
     * Adds the sums to the rollup's rows: those that exist are updated by id, the others inserted (unless
     * {@code insertMissing} is false), both in JDBC batches. The existing rows are read per agent (or team) over the
     * days it has sums for, by the unique key's leading columns, and the inserts go in the unique key's order, so that
     * they walk the index pages once, not at random. (A MERGE over a VALUES list of the same rows took H2 over a
     * minute for 200,000 rows: it walked a secondary index per row.)
     */
    private void write(Sums sums, Rollup rollup, boolean insertMissing) {
        if (rollup == Rollup.AGENTS) {
            months.apply(sums, insertMissing);
        }
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        sums.forEachOwner((owner, slots) -> {
            Map<Integer, Long> existing = new HashMap<>();
            jdbc.query("select id, local_day, team_id, channel, kind, scale_max from " + rollup.table + " where "
                    + rollup.owner + " = ? and local_day between ? and ?", rs -> {
                        int slot = sums.find(owner, rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6));
                        if (slot >= 0) {
                            existing.put(slot, rs.getLong(1));
                        }
                    }, owner, Sums.day(slots[0]), Sums.day(slots[slots.length - 1]));
            for (long daySlot : slots) {
                int slot = Sums.slot(daySlot);
                Long row = existing.get(slot);
                if (row != null) {
                    int[] v = sums.values(slot);
                    updates.add(new Object[] {v[0], v[1], v[2], v[3], v[4], row});
                } else if (insertMissing) {
                    inserts.add(rollup.values(sums, slot));
                }
            }
            if (updates.size() >= WRITE_BATCH || inserts.size() >= WRITE_BATCH) {
                flush(rollup, updates, inserts);
            }
        });
        flush(rollup, updates, inserts);
    }

    private void flush(Rollup rollup, List<Object[]> updates, List<Object[]> inserts) {
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update " + rollup.table + " set n = n + ?, satisfied = satisfied + ?, detractors = "
                    + "detractors + ?, score_sum = score_sum + ?, score_sq = score_sq + ? where id = ?", updates);
            updates.clear();
        }
        records.insert(rollup.table, rollup.columns(), inserts);
        inserts.clear();
    }

    /**
     * Takes the rollup's lock row and counts the change on it (committed with the change, so a reader of
     * {@link #version} sees a new number exactly when the figures it reads may differ).
     */
    private void lock() {
        jdbc.update("update feedback_lock set version = version + 1 where id = 1");
    }

    /** The rollups' change counter as committed: the same number means the same figures. */
    long version() {
        return jdbc.queryForObject("select version from feedback_lock where id = 1", Long.class);
    }

    /** The two rollups: per agent (and team at rating time), and per team. */
    private enum Rollup {
        AGENTS("feedback_daily", "user_id"),
        TEAMS("feedback_team_daily", "team_id");

        final String table;
        final String owner;

        Rollup(String table, String owner) {
            this.table = table;
            this.owner = owner;
        }

        String columns() {
            return "local_day, " + (this == AGENTS ? "user_id, " : "") + "team_id, channel, kind, scale_max, n, "
                    + "satisfied, detractors, score_sum, score_sq";
        }

        Object[] values(Sums sums, int slot) {
            Dims d = sums.dims(slot);
            int[] v = sums.values(slot);
            List<Object> row = new ArrayList<>(11);
            row.add(LocalDate.ofEpochDay(sums.epochDay(slot)));
            if (this == AGENTS) {
                row.add(sums.owner(slot));
            }
            row.add(d.teamId());
            row.add(d.channel());
            row.add(d.kind());
            row.add(d.scaleMax());
            for (int sum : v) {
                row.add(sum);
            }
            return row.toArray();
        }
    }

    /** What a rollup row is kept per, besides its owner and day: few distinct ones, so they are numbered. */
    record Dims(long teamId, String channel, String kind, int scaleMax) {
    }

    /**
     * Sums per owner (an agent, or for {@link #byTeam()} a team), day and {@link Dims}, exactly as {@link #BATCH_SUMS}
     * adds them up from the rows: what a batch's answered ratings add to a rollup, added up while they are stored.
     * Kept in flat arrays (open addressing, an owner and a day-and-dims long as the key, five ints as the sums: 36
     * bytes a slot, at most 3/4 of them used), so that a million agent-days take some 75 MB, not the 250 MB of a map
     * of records. Holds at most {@value #MAX_KEYS} rows by default; a batch with more is summed from its rows instead.
     */
    static final class Sums {

        static final int MAX_KEYS = 1_500_000;
        private static final long EMPTY = -1L;

        private final int maxKeys;
        private final Map<Dims, Integer> dimIndex = new HashMap<>();
        private final List<Dims> dims = new ArrayList<>();
        private long[] owners = new long[0];
        private long[] dayDims = new long[0];
        private int[] sums = new int[0];
        private int size;
        private boolean complete = true;

        Sums() {
            this(MAX_KEYS);
        }

        Sums(int maxKeys) {
            this.maxKeys = maxKeys;
            allocate(1 << 8);
        }

        void add(RatingRow row) {
            Integer score = row.rating().score();
            if (!complete || score == null || row.userId() == null) {
                return;
            }
            Measure kind = RatingRow.kind(row.rating().metric());
            String channel = RatingRow.channel(row.rating());
            add(row.userId(), row.localDay(), row.teamId() == null ? 0 : row.teamId(), channel == null ? "" : channel,
                    kind.name(), kind == Measure.CES ? row.rating().scaleMax() : 0,
                    new int[] {1, row.positive() ? 1 : 0, row.negative() ? 1 : 0, score, score * score});
        }

        void add(long owner, LocalDate day, long teamId, String channel, String kind, int scaleMax, int[] values) {
            if (!complete) {
                return;
            }
            Dims d = new Dims(teamId, channel, kind, scaleMax);
            Integer dim = dimIndex.get(d);
            if (dim == null) {
                dim = dims.size();
                dimIndex.put(d, dim);
                dims.add(d);
            }
            int slot = slotFor(owner, key(day, dim));
            if (slot < 0) {
                return;
            }
            for (int i = 0; i < 5; i++) {
                sums[slot * 5 + i] += values[i];
            }
        }

        /** Adds another's sums (kept with their own numbering of the dims) to these. */
        void addAll(Sums other) {
            for (int slot = 0; slot < other.owners.length; slot++) {
                if (other.dayDims[slot] != EMPTY) {
                    Dims d = other.dims(slot);
                    add(other.owners[slot], LocalDate.ofEpochDay(other.epochDay(slot)), d.teamId(), d.channel(),
                            d.kind(), d.scaleMax(), other.values(slot));
                }
            }
        }

        /** The same sums per team: the agents summed away. */
        Sums byTeam() {
            Sums teams = new Sums(Integer.MAX_VALUE);
            for (int slot = 0; slot < owners.length; slot++) {
                if (dayDims[slot] != EMPTY) {
                    Dims d = dims(slot);
                    teams.add(d.teamId(), LocalDate.ofEpochDay(epochDay(slot)), d.teamId(), d.channel(), d.kind(),
                            d.scaleMax(), values(slot));
                }
            }
            return teams;
        }

        boolean complete() {
            return complete;
        }

        int size() {
            return size;
        }

        /** The slot of this row, or -1 when there are no sums for it. */
        int find(long owner, LocalDate day, long teamId, String channel, String kind, int scaleMax) {
            Integer dim = dimIndex.get(new Dims(teamId, channel, kind, scaleMax));
            if (dim == null) {
                return -1;
            }
            long key = key(day, dim);
            for (int slot = hash(owner, key); dayDims[slot] != EMPTY; slot = (slot + 1) & (owners.length - 1)) {
                if (owners[slot] == owner && dayDims[slot] == key) {
                    return slot;
                }
            }
            return -1;
        }

        interface OwnerSlots {
            /** @param slots the owner's slots as {@code day << 32 | slot}, in the order of their days */
            void accept(long owner, long[] slots);
        }

        /** Each owner in ascending order, with its slots in the order of their days (the rollups' unique key order). */
        void forEachOwner(OwnerSlots action) {
            long[] ordered = new long[size];
            int n = 0;
            for (int slot = 0; slot < owners.length; slot++) {
                if (dayDims[slot] != EMPTY) {
                    ordered[n++] = owners[slot];
                }
            }
            Arrays.sort(ordered);
            long[] distinct = Arrays.stream(ordered).distinct().toArray();
            int[] start = new int[distinct.length + 1];
            for (long owner : ordered) {
                start[Arrays.binarySearch(distinct, owner) + 1]++;
            }
            Arrays.parallelPrefix(start, Integer::sum);
            int[] next = Arrays.copyOf(start, distinct.length);
            for (int slot = 0; slot < owners.length; slot++) {
                if (dayDims[slot] != EMPTY) {
                    ordered[next[Arrays.binarySearch(distinct, owners[slot])]++] = (long) epochDay(slot) << 32 | slot;
                }
            }
            for (int i = 0; i < distinct.length; i++) {
                long[] slots = Arrays.copyOfRange(ordered, start[i], start[i + 1]);
                Arrays.sort(slots);
                action.accept(distinct[i], slots);
            }
        }

        static int slot(long daySlot) {
            return (int) daySlot;
        }

        static LocalDate day(long daySlot) {
            return LocalDate.ofEpochDay(daySlot >> 32);
        }

        long owner(int slot) {
            return owners[slot];
        }

        int epochDay(int slot) {
            return (int) (dayDims[slot] >> 32);
        }

        Dims dims(int slot) {
            return dims.get((int) dayDims[slot]);
        }

        int[] values(int slot) {
            return Arrays.copyOfRange(sums, slot * 5, slot * 5 + 5);
        }

        /** The day (an int: every LocalDate a rating can have) and the dims' number (never negative): never EMPTY. */
        private static long key(LocalDate day, int dim) {
            return (long) Math.toIntExact(day.toEpochDay()) << 32 | dim;
        }

        private int hash(long owner, long key) {
            long h = (owner * 0x9E3779B97F4A7C15L) ^ (key * 0xC2B2AE3D27D4EB4FL);
            return (int) (h ^ (h >>> 29)) & (owners.length - 1);
        }

        /** The slot of the key, a new one if need be; -1 when that would be more than {@link #maxKeys}. */
        private int slotFor(long owner, long key) {
            int slot = hash(owner, key);
            for (; dayDims[slot] != EMPTY; slot = (slot + 1) & (owners.length - 1)) {
                if (owners[slot] == owner && dayDims[slot] == key) {
                    return slot;
                }
            }
            if (size >= maxKeys) {
                complete = false;
                size = 0;
                allocate(0);
                return -1;
            }
            if ((size + 1) * 4L > owners.length * 3L) {
                grow();
                return slotFor(owner, key);
            }
            owners[slot] = owner;
            dayDims[slot] = key;
            size++;
            return slot;
        }

        private void grow() {
            long[] oldOwners = owners;
            long[] oldKeys = dayDims;
            int[] oldSums = sums;
            allocate(owners.length * 2);
            for (int old = 0; old < oldOwners.length; old++) {
                if (oldKeys[old] != EMPTY) {
                    int slot = hash(oldOwners[old], oldKeys[old]);
                    while (dayDims[slot] != EMPTY) {
                        slot = (slot + 1) & (owners.length - 1);
                    }
                    owners[slot] = oldOwners[old];
                    dayDims[slot] = oldKeys[old];
                    System.arraycopy(oldSums, old * 5, sums, slot * 5, 5);
                }
            }
        }

        private void allocate(int capacity) {
            owners = new long[capacity];
            dayDims = new long[capacity];
            Arrays.fill(dayDims, EMPTY);
            sums = new int[capacity * 5];
        }
    }
}
