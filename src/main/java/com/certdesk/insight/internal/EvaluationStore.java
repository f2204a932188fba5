package com.certdesk.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Planned evaluations as registered, in plain SQL that runs on H2 and PostgreSQL. Rows are inserted once and never
 * updated: there is no update statement here on purpose. A withdrawal is a row of its own.
 */
@Repository
public class EvaluationStore {

    private static final String COLUMNS = "e.id, e.request_key, e.title, e.program_id, e.measure, e.pre_days, "
            + "e.washout_days, e.post_days, e.minimum_ratings, e.minimum_agents, e.replicates, e.waves, e.wave_gap_days, "
            + "e.first_due_on, e.seed, e.registered_by, e.registered_at, e.version, e.within_channel, w.withdrawn_by, "
            + "w.withdrawn_at, w.reason, w.assignments_removed";
    private static final String FROM = " from impact_evaluation e left join impact_evaluation_withdrawal w "
            + "on w.evaluation_id = e.id";
    /** Evaluations all of whose agents were, at registration, in one of the teams :teams. */
    private static final String WITHIN_TEAMS = " where not exists (select 1 from impact_evaluation_agent a "
            + "where a.evaluation_id = e.id and a.team_id not in (:teams))";

    private final JdbcClient jdbc;

    EvaluationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An evaluation's registered row ({@code id} and {@code withdrawal} are unused when inserting).
     *
     * @param withdrawal null unless the plan was withdrawn
     */
    public record Stored(long id, String requestKey, String title, long programId, String measure, int preDays,
            int washoutDays, int postDays, int minimumRatings, int minimumAgents, int replicates, int waves,
            int waveGapDays, LocalDate firstDueOn, long seed, long registeredBy, Instant registeredAt, long version,
            boolean withinChannel, @Nullable Withdrawal withdrawal) {
    }

    /** Who withdrew a plan, when, why, and how many of its assignments were removed with it. */
    public record Withdrawal(long by, Instant at, String reason, int assignmentsRemoved) {
    }

    /** One agent of an evaluation: their team at registration, wave (0 = first) and due date. */
    public record StoredAgent(long userId, long teamId, int wave, LocalDate dueOn) {
    }

    public long insert(Stored e, List<StoredAgent> agents) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into impact_evaluation (request_key, title, program_id, measure, pre_days, washout_days, "
                + "post_days, minimum_ratings, minimum_agents, replicates, waves, wave_gap_days, first_due_on, seed, "
                + "registered_by, registered_at, version, within_channel) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(e.requestKey(), e.title(), e.programId(), e.measure(), e.preDays(), e.washoutDays(),
                        e.postDays(), e.minimumRatings(), e.minimumAgents(), e.replicates(), e.waves(),
                        e.waveGapDays(), e.firstDueOn(), e.seed(), e.registeredBy(), Timestamp.from(e.registeredAt()),
                        e.withinChannel())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (StoredAgent a : agents) {
            jdbc.sql("insert into impact_evaluation_agent (evaluation_id, user_id, team_id, wave, due_on) "
                    + "values (?, ?, ?, ?, ?)").params(id, a.userId(), a.teamId(), a.wave(), a.dueOn()).update();
        }
        return id;
    }

    /**
     * Records a withdrawal, once: a second one (another tab, another node) finds the first and writes nothing.
     *
     * @return whether this call wrote it
     */
    public boolean withdraw(long id, Withdrawal w) {
        return jdbc.sql("insert into impact_evaluation_withdrawal (evaluation_id, withdrawn_by, withdrawn_at, reason, "
                + "assignments_removed) select ?, ?, ?, ?, ? from impact_evaluation where id = ? and not exists "
                + "(select 1 from impact_evaluation_withdrawal where evaluation_id = ?)")
                .params(id, w.by(), Timestamp.from(w.at()), w.reason(), w.assignmentsRemoved(), id, id).update() == 1;
    }

    public Optional<Long> idOfRequest(String requestKey) {
        return jdbc.sql("select id from impact_evaluation where request_key = ?").param(requestKey)
                .query(Long.class).optional();
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where e.id = ?").param(id)
                .query(EvaluationStore::row).optional();
    }

    /** The agents of an evaluation, by wave and id. */
    public List<StoredAgent> agents(long id) {
        return jdbc.sql("select user_id, team_id, wave, due_on from impact_evaluation_agent where evaluation_id = ? "
                + "order by wave, user_id").param(id)
                .query((rs, n) -> new StoredAgent(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    /** Agents per wave and team (at registration), by wave and team, counted in SQL. */
    public List<long[]> groups(long id) {
        return jdbc.sql("select wave, team_id, count(*) from impact_evaluation_agent where evaluation_id = ? "
                + "group by wave, team_id order by wave, team_id").param(id)
                .query((rs, n) -> new long[] {rs.getInt(1), rs.getLong(2), rs.getLong(3)}).list();
    }

    /**
     * Evaluations, newest first, a page at a time: all of them ({@code teams} null), or those whose agents were all
     * in these teams at registration.
     */
    public List<Stored> page(@Nullable Collection<Long> teams, int offset, int limit) {
        var sql = jdbc.sql("select " + COLUMNS + FROM + (teams == null ? "" : WITHIN_TEAMS)
                + " order by e.registered_at desc, e.id desc offset :offset rows fetch next :limit rows only")
                .param("offset", offset).param("limit", limit);
        return (teams == null ? sql : sql.param("teams", teams)).query(EvaluationStore::row).list();
    }

    public long count(@Nullable Collection<Long> teams) {
        var sql = jdbc.sql("select count(*) from impact_evaluation e" + (teams == null ? "" : WITHIN_TEAMS));
        return (teams == null ? sql : sql.param("teams", teams)).query(Long.class).single();
    }

    private static Stored row(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("request_key"), rs.getString("title"),
                rs.getLong("program_id"), rs.getString("measure"), rs.getInt("pre_days"), rs.getInt("washout_days"),
                rs.getInt("post_days"), rs.getInt("minimum_ratings"), rs.getInt("minimum_agents"),
                rs.getInt("replicates"), rs.getInt("waves"), rs.getInt("wave_gap_days"),
                rs.getObject("first_due_on", LocalDate.class), rs.getLong("seed"), rs.getLong("registered_by"),
                rs.getTimestamp("registered_at").toInstant(), rs.getLong("version"), rs.getBoolean("within_channel"),
                rs.getTimestamp("withdrawn_at") == null ? null : new Withdrawal(rs.getLong("withdrawn_by"),
                        rs.getTimestamp("withdrawn_at").toInstant(), rs.getString("reason"),
                        rs.getInt("assignments_removed")));
    }
}
