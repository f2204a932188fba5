package com.certdesk.feedback.internal;

import com.certdesk.feedback.AgentDays;
import com.certdesk.feedback.CustomerComment;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FeedbackMath;
import com.certdesk.feedback.FigureScope;
import com.certdesk.feedback.Granularity;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.NegativeRatings;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.feedback.Periods;
import com.certdesk.feedback.RatingRules;
import com.certdesk.feedback.Tally;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures from the agent x day rollup (team and organization figures from its sum per team and day): sums of tallies over the days and slice asked for, then the formulas of
 * {@link FeedbackMath}. CES counts only the 1-7 scale (the rollup keeps other CES scales apart; they are never
 * mixed into the 1-7 mean). Authorization as {@link FeedbackFigures} describes, in {@link #checkScope}.
 */
@Service
@Transactional(readOnly = true)
class FeedbackFiguresService implements FeedbackFigures {

    /** The CES scale the figure reports. */
    static final int CES_SCALE = 7;
    private static final int CHUNK = 500;
    private static final String SUMS = "sum(n), sum(satisfied), sum(detractors), sum(score_sum), sum(score_sq)";
    /**
     * An answered rating that counts against the agent ({@link NegativeRatings}): CSAT not satisfied, NPS detractor
     * (the stored positive / negative flags of RatingRules), CES below its scale's midpoint.
     */
    private static final String NEGATIVE = "r.score is not null and ((r.kind = 'CSAT' and r.positive = 0) "
            + "or (r.kind = 'NPS' and r.negative = 1) or (r.kind = 'CES' and 2 * r.score < r.scale_min + r.scale_max))";
    private static final String COUNTED = "(kind <> 'CES' or scale_max = " + CES_SCALE + ")";

    private final JdbcTemplate jdbc;
    private final PeopleDirectory people;
    private final CurrentUser currentUser;
    private final int minimum;
    private final DailyRollup rollup;
    private final AgentMonths months;

    FeedbackFiguresService(JdbcTemplate jdbc, PeopleDirectory people, CurrentUser currentUser, DailyRollup rollup,
            @Value("${certdesk.feedback.minimum-responses:10}") int minimum) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.months = new AgentMonths(jdbc);
        this.people = people;
        this.currentUser = currentUser;
        this.minimum = Math.max(1, minimum);
    }

    @Override
    public Map<Long, AgentDays> dailyByAgent(Measure measure, LocalDate from, LocalDate to,
            @Nullable String channel) {
        return daily(measure, from, to, channel, false).getOrDefault("", Map.of());
    }

    @Override
    public long dataVersion() {
        return rollup.version();
    }

    @Override
    public Map<String, Map<Long, AgentDays>> dailyByChannelAndAgent(Measure measure, LocalDate from, LocalDate to) {
        return daily(measure, from, to, null, true);
    }

    /** Per channel ("" for all when not split) and agent, the measure's day sums. */
    private Map<String, Map<Long, AgentDays>> daily(Measure measure, LocalDate from, LocalDate to,
            @Nullable String channel, boolean splitByChannel) {
        // the agents' months packed (AgentMonths): a twentieth of feedback_daily's rows for the same days
        Map<String, Map<Long, DaySums>> read = new HashMap<>();
        months.read(measure.name(), from, to, channel, (rowChannel, user, day, n, sum) -> read
                .computeIfAbsent(splitByChannel ? rowChannel : "", k -> new HashMap<>())
                .computeIfAbsent(user, k -> new DaySums()).add(day, n, sum));
        // channels and agents in order, as the grouped query gave them: callers draw bootstrap samples in this order
        Map<String, Map<Long, AgentDays>> out = new LinkedHashMap<>();
        new java.util.TreeMap<>(read).forEach((key, byUser) -> {
            Map<Long, AgentDays> agents = new LinkedHashMap<>();
            new java.util.TreeMap<>(byUser).forEach((user, sums) -> agents.put(user, sums.days()));
            out.put(key, agents);
        });
        return out;
    }

    /** One agent's rollup rows of one measure, added up per day. */
    private static final class DaySums {

        private int size;
        private int[] days = new int[16];
        private long[] counts = new long[16];
        private double[] sums = new double[16];

        void add(int day, long n, double sum) {
            if (size == days.length) {
                days = java.util.Arrays.copyOf(days, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
                sums = java.util.Arrays.copyOf(sums, size * 2);
            }
            days[size] = day;
            counts[size] = n;
            sums[size++] = sum;
        }

        /** By day, each day once. */
        AgentDays days() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (x, y) -> Integer.compare(days[x], days[y]));
            int[] d = new int[size];
            long[] n = new long[size];
            double[] s = new double[size];
            int k = -1;
            for (int i : order) {
                if (k < 0 || d[k] != days[i]) {
                    d[++k] = days[i];
                }
                n[k] += counts[i];
                s[k] += sums[i];
            }
            return new AgentDays(java.util.Arrays.copyOf(d, k + 1), java.util.Arrays.copyOf(n, k + 1),
                    java.util.Arrays.copyOf(s, k + 1));
        }
    }

    @Override
    public int minimumResponses() {
        return minimum;
    }

    @Override
    public PeriodFigures figures(FigureScope scope, LocalDate from, LocalDate to) {
        checkScope(scope);
        Where where = where(scope, from, to);
        Map<Measure, Tally> tallies = new EnumMap<>(Measure.class);
        jdbc.query("select kind, " + SUMS + " from " + where.table + " where " + where.sql + " group by kind",
                rs -> {
                    Measure m = Measure.valueOf(rs.getString(1));
                    tallies.put(m, tally(m, rs, 2));
                }, where.args.toArray());
        return periodFigures(from, to, tallies);
    }

    @Override
    public List<PeriodFigures> trend(FigureScope scope, Granularity granularity, LocalDate from, LocalDate to) {
        checkScope(scope);
        LocalDate first = Periods.start(from, granularity);
        LocalDate end = to.isAfter(Periods.start(to, granularity)) ? Periods.next(Periods.start(to, granularity),
                granularity) : to;
        TreeMap<LocalDate, Map<Measure, Tally>> buckets = new TreeMap<>();
        for (LocalDate p = first; p.isBefore(end); p = Periods.next(p, granularity)) {
            buckets.put(p, new EnumMap<>(Measure.class));
        }
        Where where = where(scope, first, end);
        jdbc.query("select local_day, kind, " + SUMS + " from " + where.table + " where " + where.sql
                + " group by local_day, kind", rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    Measure m = Measure.valueOf(rs.getString(2));
                    Map<Measure, Tally> bucket = buckets.floorEntry(day).getValue();
                    bucket.merge(m, tally(m, rs, 3), Tally::plus);
                }, where.args.toArray());
        List<PeriodFigures> result = new ArrayList<>();
        for (var entry : buckets.entrySet()) {
            result.add(periodFigures(entry.getKey(), Periods.next(entry.getKey(), granularity), entry.getValue()));
        }
        return result;
    }

    @Override
    public Map<Long, PeriodFigures> perAgent(Collection<Long> userIds, LocalDate from, LocalDate to) {
        people.checkCanViewAll(userIds);
        Map<Long, Map<Measure, Tally>> tallies = new HashMap<>();
        List<Long> ids = List.copyOf(userIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.add(from);
            args.add(to);
            // a join with the ids as a table: one index range (user_id, local_day) per agent; "user_id in (...)"
            // would read every day of every agent on H2 and then filter the dates
            jdbc.query("select d.user_id, d.kind, " + SUMS + " from (values "
                    + "(cast(? as bigint)), ".repeat(chunk.size() - 1) + "(cast(? as bigint))) as u(id) "
                    + "join feedback_daily d on d.user_id = u.id and d.local_day >= ? and d.local_day < ? "
                    + "where " + COUNTED + " group by d.user_id, d.kind", rs -> {
                        Measure m = Measure.valueOf(rs.getString(2));
                        tallies.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(Measure.class))
                                .put(m, tally(m, rs, 3));
                    }, args.toArray());
        }
        Map<Long, PeriodFigures> result = new LinkedHashMap<>();
        for (Long id : ids) {
            result.put(id, periodFigures(from, to, tallies.getOrDefault(id, Map.of())));
        }
        return result;
    }

    @Override
    public Map<Long, NegativeRatings> negativeRatings(Collection<Long> userIds, LocalDate from, LocalDate to) {
        people.checkCanViewAll(userIds);
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(userIds));
        Map<Long, Long> totals = new HashMap<>();
        Map<Long, Map<NegativeKey, Long>> negative = new HashMap<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.add(from);
            args.add(to);
            String agents = "(values " + "(cast(? as bigint)), ".repeat(chunk.size() - 1) + "(cast(? as bigint))) as u(id)";
            // every answered rating, from the rollup (it holds the ratings of imported batches only, as below)
            jdbc.query("select d.user_id, sum(d.n) from " + agents + " join feedback_daily d on d.user_id = u.id "
                    + "and d.local_day >= ? and d.local_day < ? group by d.user_id",
                    rs -> {
                        totals.put(rs.getLong(1), rs.getLong(2));
                    }, args.toArray());
            // the negative ones, grouped in the database: reasons are few (codes, a survey's answers) next to ratings
            jdbc.query("select r.user_id, r.kind, r.reason, count(*) from " + agents
                    + " join feedback_record r on r.user_id = u.id and r.local_day >= ? and r.local_day < ? "
                    + "join feedback_batch b on b.id = r.batch_id where b.status = 'IMPORTED' and " + NEGATIVE
                    + " group by r.user_id, r.kind, r.reason", rs -> {
                        var key = new NegativeKey(Measure.valueOf(rs.getString(2)),
                                RatingRules.reasonKey(rs.getString(3)));
                        negative.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .merge(key, rs.getLong(4), Long::sum);
                    }, args.toArray());
        }
        Map<Long, NegativeRatings> result = new LinkedHashMap<>();
        for (Long id : ids) {
            List<NegativeRatings.Group> groups = new ArrayList<>();
            negative.getOrDefault(id, Map.of()).forEach((key, count) ->
                    groups.add(new NegativeRatings.Group(key.measure(), key.reason(), count)));
            result.put(id, new NegativeRatings(id, totals.getOrDefault(id, 0L), groups));
        }
        return result;
    }

    /** Reasons that differ only in case or spaces are one group ({@link RatingRules#reasonKey}). */
    private record NegativeKey(Measure measure, @Nullable String reason) {
    }

    @Override
    public List<String> channels(FigureScope scope) {
        FigureScope all = new FigureScope(scope.userId(), scope.teamId(), null);
        checkScope(all);
        Where where = where(all, null, null);
        return jdbc.query("select channel, sum(n) from " + where.table + " where " + where.sql
                + " group by channel order by sum(n) desc, channel", (rs, i) -> rs.getString(1), where.args.toArray())
                .stream().filter(c -> !c.isEmpty()).toList();
    }

    @Override
    public List<CustomerComment> latestComments(long userId, int limit) {
        if (!canReadComments(userId)) {
            throw new AccessDeniedException("Only the agent and their manager may read what customers wrote about them");
        }
        int n = Math.clamp(limit, 1, 200);
        return jdbc.query("""
                select r.id, r.user_id, r.responded_at, r.metric, r.score, r.scale_min, r.scale_max, r.channel,
                       r.comment_text, r.reason
                from feedback_record r join feedback_batch b on b.id = r.batch_id
                where r.user_id = ? and r.comment_text is not null and b.status = 'IMPORTED'
                order by r.responded_at desc, r.id desc
                fetch first %d rows only""".formatted(n),
                (rs, i) -> new CustomerComment(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), Metric.valueOf(rs.getString(4)),
                        (Integer) rs.getObject(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getString(9),
                        rs.getString(10)), userId);
    }

    @Override
    public boolean canReadComments(long userId) {
        return currentUser.is(userId) || people.managesUser(userId);
    }

    /** Agent scope: whoever may see the agent. Team scope: who may see the team, and its own members. Org: HR etc. */
    private void checkScope(FigureScope scope) {
        if (scope.userId() != null) {
            people.checkCanView(scope.userId());
        }
        if (scope.teamId() != null) {
            long teamId = scope.teamId();
            boolean member = currentUser.userId().map(me -> Objects.equals(people.person(me).teamId(), teamId))
                    .orElse(false);
            if (!member) {
                people.checkCanViewTeam(teamId);
            }
        }
        if (scope.userId() == null && scope.teamId() == null
                && !currentUser.hasAnyRole(Roles.MANAGER, Roles.HR, Roles.ADMIN)) {
            throw new AccessDeniedException("Organization-wide figures are for managers, HR and administrators");
        }
    }

    /** The rollup a scope reads (agent scopes the agent rollup, team and organization the team rollup) and its filter. */
    private record Where(String table, String sql, List<Object> args) {
    }

    private static Where where(FigureScope scope, @Nullable LocalDate from, @Nullable LocalDate to) {
        StringBuilder sql = new StringBuilder(COUNTED);
        List<Object> args = new ArrayList<>();
        if (scope.userId() != null) {
            sql.append(" and user_id = ?");
            args.add(scope.userId());
        }
        if (scope.teamId() != null) {
            sql.append(" and team_id = ?");
            args.add(scope.teamId());
        }
        if (scope.channel() != null) {
            sql.append(" and channel = ?");
            args.add(scope.channel().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (from != null) {
            sql.append(" and local_day >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" and local_day < ?");
            args.add(to);
        }
        return new Where(scope.userId() != null ? "feedback_daily" : "feedback_team_daily", sql.toString(), args);
    }

    private static Tally tally(Measure m, java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        return new Tally(m, rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
                rs.getLong(first + 4));
    }

    private PeriodFigures periodFigures(LocalDate from, LocalDate to, Map<Measure, Tally> tallies) {
        return new PeriodFigures(from, to,
                FeedbackMath.figure(tallies.getOrDefault(Measure.CSAT, Tally.empty(Measure.CSAT)), minimum),
                FeedbackMath.figure(tallies.getOrDefault(Measure.NPS, Tally.empty(Measure.NPS)), minimum),
                FeedbackMath.figure(tallies.getOrDefault(Measure.CES, Tally.empty(Measure.CES)), minimum));
    }
}
