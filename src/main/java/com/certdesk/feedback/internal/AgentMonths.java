package com.certdesk.feedback.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The agents' counted ratings packed per agent, measure and calendar month (feedback_agent_month, V27): one row holds
 * the month's days and channels with their number of ratings and the measure's sum (CSAT satisfied, NPS promoters
 * minus detractors, CES the scores), as feedback_daily has them summed over the team at rating time and the scale.
 * What the training-impact estimate reads: every agent's day series of one measure. Read from feedback_daily that was
 * a million rows of 2 M ratings (1.5-3.8 s on H2); from here it is 57,000 (20-400 ms). Kept equal to feedback_daily
 * by {@link DailyRollup}: every change it makes to the agents' rows it applies here too, from the same sums, in the
 * same transaction (so under the same lock); V27 built it from feedback_daily once.
 */
class AgentMonths {

    static final String TABLE = "feedback_agent_month";
    private static final int WRITE_BATCH = 5_000;
    /** Agents whose changed months are read and merged at a time (their months' changes are held meanwhile). */
    private static final int AGENTS_AT_ONCE = 500;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    AgentMonths(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.streaming.setFetchSize(5_000);
    }

    /** Whether a rollup row of this measure and scale counts in the figures (CES only on its 1-7 scale). */
    static boolean counted(String kind, int scaleMax) {
        return !"CES".equals(kind) || scaleMax == FeedbackFiguresService.CES_SCALE;
    }

    /** The measure's sum of a rollup row, from its satisfied (promoters), detractors and score sums. */
    static long value(String kind, long satisfied, long detractors, long scoreSum) {
        return switch (kind) {
            case "CSAT" -> satisfied;
            case "NPS" -> satisfied - detractors;
            default -> scoreSum;
        };
    }

    interface DayVisitor {
        void accept(String channel, long userId, int epochDay, long n, long value);
    }

    /**
     * Every agent's days of the measure in [from, to) (of the channel, or all), one call per day and channel, agents
     * in ascending order and each agent's days in ascending order.
     */
    void read(String kind, LocalDate from, LocalDate to, @Nullable String channel, DayVisitor visitor) {
        int first = Math.toIntExact(from.toEpochDay());
        int end = Math.toIntExact(to.toEpochDay());
        streaming.query("select user_id, first_day, data from " + TABLE
                + " where kind = ? and first_day >= ? and first_day < ? order by user_id, first_day", rs -> {
                    long user = rs.getLong(1);
                    int monthStart = Math.toIntExact(rs.getObject(2, LocalDate.class).toEpochDay()) - 1;
                    ByteBuffer data = ByteBuffer.wrap(rs.getBytes(3));
                    String[] channels = Pack.channels(data);
                    int wanted = channel == null ? -1 : java.util.Arrays.asList(channels).indexOf(channel);
                    if (channel != null && wanted < 0) {
                        return;
                    }
                    while (data.hasRemaining()) {
                        int day = monthStart + data.get();
                        int c = data.getShort();
                        long n = data.getInt();
                        long value = data.getLong();
                        if (day >= first && day < end && (channel == null || c == wanted)) {
                            visitor.accept(channels[c], user, day, n, value);
                        }
                    }
                }, kind, from.withDayOfMonth(1), to);
    }

    /**
     * Adds the agents' sums (what {@link DailyRollup} just added to or, negative, took out of feedback_daily) to their
     * months: each agent's months in the sums' days are read by the index on (user_id, first_day), changed and
     * written back; a month left without ratings is deleted. Taking out ({@code insertMissing} false) never inserts.
     */
    void apply(DailyRollup.Sums agents, boolean insertMissing) {
        Writes writes = new Writes();
        Map<Long, Map<MonthKey, Pack>> changes = new HashMap<>();
        agents.forEachOwner((user, slots) -> {
            for (long daySlot : slots) {
                int slot = DailyRollup.Sums.slot(daySlot);
                DailyRollup.Dims d = agents.dims(slot);
                if (counted(d.kind(), d.scaleMax())) {
                    int[] v = agents.values(slot);
                    LocalDate day = LocalDate.ofEpochDay(agents.epochDay(slot));
                    changes.computeIfAbsent(user, u -> new TreeMap<>())
                            .computeIfAbsent(new MonthKey(d.kind(), day.withDayOfMonth(1)), k -> new Pack())
                            .add(day.getDayOfMonth(), d.channel(), v[0], value(d.kind(), v[1], v[2], v[3]));
                }
            }
            if (changes.size() >= AGENTS_AT_ONCE) {
                apply(changes, insertMissing, writes);
            }
        });
        apply(changes, insertMissing, writes);
        writes.flush(jdbc);
    }

    /**
     * Merges the agents' changes into their stored months, read in one query joining the agents' ids as a table (one
     * query per agent cost an API batch of 1,000 ratings of 1,000 agents more than the rest of its rollup step).
     */
    private void apply(Map<Long, Map<MonthKey, Pack>> changes, boolean insertMissing, Writes writes) {
        if (changes.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>(changes.keySet());
        args.add(changes.values().stream().flatMap(m -> m.keySet().stream()).map(MonthKey::firstDay)
                .min(LocalDate::compareTo).orElseThrow());
        args.add(changes.values().stream().flatMap(m -> m.keySet().stream()).map(MonthKey::firstDay)
                .max(LocalDate::compareTo).orElseThrow());
        Map<Long, Map<MonthKey, Pack>> stored = new HashMap<>();
        jdbc.query("select m.user_id, m.kind, m.first_day, m.data from (values "
                + "(cast(? as bigint)), ".repeat(changes.size() - 1) + "(cast(? as bigint))) as u(id) join " + TABLE
                + " m on m.user_id = u.id and m.first_day between ? and ?", rs -> {
                    long user = rs.getLong(1);
                    MonthKey key = new MonthKey(rs.getString(2), rs.getObject(3, LocalDate.class));
                    if (changes.get(user).containsKey(key)) {
                        stored.computeIfAbsent(user, u -> new HashMap<>()).put(key, Pack.of(rs.getBytes(4)));
                    }
                }, args.toArray());
        changes.forEach((user, months) -> months.forEach((key, change) -> {
            Pack old = stored.getOrDefault(user, Map.of()).get(key);
            Pack merged = old == null ? change : old.addAll(change);
            if (old == null && insertMissing && !merged.isEmpty()) {
                writes.inserts.add(new Object[] {key.kind(), user, key.firstDay(), merged.bytes()});
            } else if (old != null && merged.isEmpty()) {
                writes.deletes.add(new Object[] {key.kind(), user, key.firstDay()});
            } else if (old != null) {
                writes.updates.add(new Object[] {merged.bytes(), key.kind(), user, key.firstDay()});
            }
        }));
        changes.clear();
        writes.flushIfFull(jdbc);
    }

    /**
     * Rebuilds the whole table from feedback_daily (V27 on an existing database): the rows read in the order of the
     * unique key's leading columns, an agent's months written when the next agent starts.
     */
    static void rebuild(Connection connection) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        jdbc.setFetchSize(5_000);
        jdbc.update("delete from " + TABLE);
        Writes writes = new Writes();
        Map<MonthKey, Pack> months = new TreeMap<>();
        long[] current = {Long.MIN_VALUE};
        jdbc.query("select user_id, local_day, kind, scale_max, channel, n, satisfied, detractors, score_sum"
                + " from feedback_daily order by user_id, local_day", rs -> {
                    long user = rs.getLong(1);
                    if (user != current[0]) {
                        writes.insertAll(current[0], months);
                        writes.flushIfFull(jdbc);
                        current[0] = user;
                    }
                    String kind = rs.getString(3);
                    if (counted(kind, rs.getInt(4))) {
                        LocalDate day = rs.getObject(2, LocalDate.class);
                        months.computeIfAbsent(new MonthKey(kind, day.withDayOfMonth(1)), k -> new Pack())
                                .add(day.getDayOfMonth(), rs.getString(5), rs.getLong(6),
                                        value(kind, rs.getLong(7), rs.getLong(8), rs.getLong(9)));
                    }
                });
        writes.insertAll(current[0], months);
        writes.flush(jdbc);
    }

    private record MonthKey(String kind, LocalDate firstDay) implements Comparable<MonthKey> {
        @Override
        public int compareTo(MonthKey o) {
            int c = kind.compareTo(o.kind);
            return c != 0 ? c : firstDay.compareTo(o.firstDay);
        }
    }

    /** Inserts, updates and deletes, sent in JDBC batches. */
    private static final class Writes {
        final List<Object[]> inserts = new ArrayList<>();
        final List<Object[]> updates = new ArrayList<>();
        final List<Object[]> deletes = new ArrayList<>();

        void insertAll(long user, Map<MonthKey, Pack> months) {
            months.forEach((key, pack) -> {
                if (!pack.isEmpty()) {
                    inserts.add(new Object[] {key.kind(), user, key.firstDay(), pack.bytes()});
                }
            });
            months.clear();
        }

        void flushIfFull(JdbcTemplate jdbc) {
            if (inserts.size() + updates.size() + deletes.size() >= WRITE_BATCH) {
                flush(jdbc);
            }
        }

        void flush(JdbcTemplate jdbc) {
            if (!inserts.isEmpty()) {
                jdbc.batchUpdate("insert into " + TABLE + " (kind, user_id, first_day, data) values (?, ?, ?, ?)",
                        inserts);
            }
            if (!updates.isEmpty()) {
                jdbc.batchUpdate("update " + TABLE + " set data = ? where kind = ? and user_id = ? and first_day = ?",
                        updates);
            }
            if (!deletes.isEmpty()) {
                jdbc.batchUpdate("delete from " + TABLE + " where kind = ? and user_id = ? and first_day = ?", deletes);
            }
            inserts.clear();
            updates.clear();
            deletes.clear();
        }
    }

    /**
     * One agent's month of one measure: per day of the month and channel, the number of ratings and the sum. Stored
     * as: the number of channels (short), each channel's UTF-8 name (short length, bytes), then per day and channel
     * the day of the month (byte), the channel's number (short), n (int) and the sum (long), in the order of the days.
     */
    static final class Pack {

        private final TreeMap<Integer, TreeMap<String, long[]>> days = new TreeMap<>();

        void add(int dayOfMonth, String channel, long n, long value) {
            TreeMap<String, long[]> channels = days.computeIfAbsent(dayOfMonth, d -> new TreeMap<>());
            long[] sums = channels.computeIfAbsent(channel, c -> new long[2]);
            sums[0] += n;
            sums[1] += value;
            if (sums[0] == 0) {
                channels.remove(channel);
                if (channels.isEmpty()) {
                    days.remove(dayOfMonth);
                }
            }
        }

        Pack addAll(Pack other) {
            other.days.forEach((day, channels) -> channels.forEach((channel, sums) -> add(day, channel, sums[0],
                    sums[1])));
            return this;
        }

        boolean isEmpty() {
            return days.isEmpty();
        }

        byte[] bytes() {
            Map<String, Integer> numbers = new TreeMap<>();
            days.values().forEach(channels -> channels.keySet().forEach(c -> numbers.putIfAbsent(c, 0)));
            List<byte[]> names = new ArrayList<>();
            int size = 2;
            for (Map.Entry<String, Integer> e : numbers.entrySet()) {
                e.setValue(names.size());
                byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
                names.add(name);
                size += 2 + name.length;
            }
            size += days.values().stream().mapToInt(Map::size).sum() * 15;
            ByteBuffer out = ByteBuffer.allocate(size);
            out.putShort((short) names.size());
            for (byte[] name : names) {
                out.putShort((short) name.length).put(name);
            }
            days.forEach((day, channels) -> channels.forEach((channel, sums) -> out.put(day.byteValue())
                    .putShort(numbers.get(channel).shortValue()).putInt(Math.toIntExact(sums[0])).putLong(sums[1])));
            return out.array();
        }

        static Pack of(byte[] bytes) {
            ByteBuffer data = ByteBuffer.wrap(bytes);
            String[] channels = channels(data);
            Pack pack = new Pack();
            while (data.hasRemaining()) {
                int day = data.get();
                String channel = channels[data.getShort()];
                pack.add(day, channel, data.getInt(), data.getLong());
            }
            return pack;
        }

        /** The channels' names at the start of a pack, read past. */
        static String[] channels(ByteBuffer data) {
            String[] channels = new String[data.getShort()];
            for (int i = 0; i < channels.length; i++) {
                byte[] name = new byte[data.getShort()];
                data.get(name);
                channels[i] = new String(name, StandardCharsets.UTF_8);
            }
            return channels;
        }
    }
}
