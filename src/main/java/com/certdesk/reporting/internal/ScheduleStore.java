package com.certdesk.reporting.internal;

import com.certdesk.reporting.DateRule;
import com.certdesk.reporting.ExportFormat;
import com.certdesk.reporting.ReportKind;
import com.certdesk.reporting.RunStatus;
import com.certdesk.reporting.ScheduleFrequency;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled reports and their runs (V32), in plain SQL that H2 and PostgreSQL both run. The lists never read a
 * run's file; only {@link #file} does.
 */
@Repository
public class ScheduleStore {

    private static final String SCHEDULE_COLUMNS = "id, owner_id, report, name, format, frequency, run_day, "
            + "filter_json, filter_version, date_rule, date_from, date_to, email, next_run_on, paused, paused_reason, "
            + "created_at";
    private static final String RUN_COLUMNS = "r.id, r.schedule_id, s.name, r.owner_id, r.period_key, r.status, "
            + "r.started_at, r.finished_at, r.row_count, r.file_name, r.size_bytes, r.message";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    ScheduleStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A schedule as stored. */
    public record Schedule(long id, long ownerId, ReportKind report, String name, ExportFormat format,
            ScheduleFrequency frequency, int day, String filterJson, int filterVersion, DateRule dateRule,
            @Nullable LocalDate from, @Nullable LocalDate to, boolean email, @Nullable LocalDate nextRunOn,
            boolean paused, @Nullable String pausedReason, Instant createdAt) {
    }

    /** A run as the lists show it (no file). */
    public record Run(long id, long scheduleId, String scheduleName, long ownerId, String period, RunStatus status,
            Instant startedAt, @Nullable Instant finishedAt, @Nullable Long rows, @Nullable String fileName,
            @Nullable Long sizeBytes, @Nullable String message) {
    }

    /** A run's file. */
    public record StoredFile(long ownerId, String fileName, ExportFormat format, byte[] content) {
    }

    public long insert(long ownerId, ReportKind report, String name, ExportFormat format, ScheduleFrequency frequency,
            int day, String filterJson, int filterVersion, DateRule rule, @Nullable LocalDate from,
            @Nullable LocalDate to, boolean email, LocalDate nextRunOn, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into report_schedule (owner_id, report, name, "
                    + "format, frequency, run_day, filter_json, filter_version, date_rule, date_from, date_to, email, "
                    + "next_run_on, paused, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)",
                    new String[] {"id"});
            ps.setLong(1, ownerId);
            ps.setString(2, report.name());
            ps.setString(3, name);
            ps.setString(4, format.name());
            ps.setString(5, frequency.name());
            ps.setInt(6, day);
            ps.setString(7, filterJson);
            ps.setInt(8, filterVersion);
            ps.setString(9, rule.name());
            ps.setObject(10, from == null ? null : Date.valueOf(from), java.sql.Types.DATE);
            ps.setObject(11, to == null ? null : Date.valueOf(to), java.sql.Types.DATE);
            ps.setBoolean(12, email);
            ps.setDate(13, Date.valueOf(nextRunOn));
            ps.setTimestamp(14, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Schedule> schedule(long id) {
        return jdbc.query("select " + SCHEDULE_COLUMNS + " from report_schedule where id = ?", SCHEDULE, id).stream()
                .findFirst();
    }

    /** Schedules of one owner (null: everyone's), newest first. */
    public List<Schedule> schedules(@Nullable Long ownerId, long offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (ownerId != null) {
            where = " where owner_id = ?";
            args.add(ownerId);
        }
        args.add(offset);
        args.add(limit);
        return jdbc.query("select " + SCHEDULE_COLUMNS + " from report_schedule" + where
                + " order by id desc offset ? rows fetch next ? rows only", SCHEDULE, args.toArray());
    }

    public long countSchedules(@Nullable Long ownerId) {
        Long n = ownerId == null ? jdbc.queryForObject("select count(*) from report_schedule", Long.class)
                : jdbc.queryForObject("select count(*) from report_schedule where owner_id = ?", Long.class, ownerId);
        return n == null ? 0 : n;
    }

    /** Schedules that run and are due on or before {@code day}, oldest due first. */
    public List<Schedule> due(LocalDate day) {
        return jdbc.query("select " + SCHEDULE_COLUMNS + " from report_schedule where paused = false and "
                + "next_run_on <= ? order by next_run_on, id", SCHEDULE, Date.valueOf(day));
    }

    /** Pauses it; {@code reason} says why when Certdesk paused it (null when a person did). */
    public void pause(long id, @Nullable String reason) {
        jdbc.update("update report_schedule set paused = true, next_run_on = null, paused_reason = ? where id = ?",
                reason, id);
    }

    public void resume(long id, LocalDate nextRunOn) {
        jdbc.update("update report_schedule set paused = false, next_run_on = ?, paused_reason = null where id = ?",
                Date.valueOf(nextRunOn), id);
    }

    /** Deletes the schedule and its runs. */
    public boolean delete(long id) {
        return jdbc.update("delete from report_schedule where id = ?", id) == 1;
    }

    /**
     * Claims the run of a schedule for a period: inserts it as RUNNING, and for a due run moves the schedule's next
     * day on, in one transaction. The unique (schedule, period) decides: when the period already has a run (a second
     * run of the job, another node), nothing is inserted or moved and the result is empty.
     *
     * @param dueOn the due day the run is for, whose schedule then moves to {@code nextRunOn}; null for Run now
     */
    public OptionalLong claim(long scheduleId, long ownerId, String period, Instant now, @Nullable LocalDate dueOn,
            @Nullable LocalDate nextRunOn) {
        try {
            Long id = tx.execute(status -> {
                var keys = new GeneratedKeyHolder();
                jdbc.update(con -> {
                    PreparedStatement ps = con.prepareStatement("insert into report_run (schedule_id, owner_id, "
                            + "period_key, status, started_at) values (?, ?, ?, ?, ?)", new String[] {"id"});
                    ps.setLong(1, scheduleId);
                    ps.setLong(2, ownerId);
                    ps.setString(3, period);
                    ps.setString(4, RunStatus.RUNNING.name());
                    ps.setTimestamp(5, Timestamp.from(now));
                    return ps;
                }, keys);
                if (dueOn != null && nextRunOn != null) {
                    jdbc.update("update report_schedule set next_run_on = ? where id = ? and next_run_on = ?",
                            Date.valueOf(nextRunOn), scheduleId, Date.valueOf(dueOn));
                }
                return keys.getKeyAs(Number.class).longValue();
            });
            return id == null ? OptionalLong.empty() : OptionalLong.of(id);
        } catch (DuplicateKeyException alreadyThere) {
            return OptionalLong.empty();
        }
    }

    /** Moves a schedule whose period already has a run on to its next day (the run that claimed it did not). */
    public void moveOn(long scheduleId, LocalDate dueOn, LocalDate nextRunOn) {
        jdbc.update("update report_schedule set next_run_on = ? where id = ? and next_run_on = ?",
                Date.valueOf(nextRunOn), scheduleId, Date.valueOf(dueOn));
    }

    /** Stores a run's file and marks it ready. */
    public void done(long runId, long rows, String fileName, byte[] content, Instant now) {
        jdbc.update("update report_run set status = ?, finished_at = ?, row_count = ?, file_name = ?, content = ?, "
                + "size_bytes = ?, message = null where id = ?", RunStatus.DONE.name(), Timestamp.from(now), rows,
                fileName, content, (long) content.length, runId);
    }

    /** Ends a run without a file: FAILED or SKIPPED, and why. */
    public void ended(long runId, RunStatus status, String message, Instant now) {
        jdbc.update("update report_run set status = ?, finished_at = ?, message = ? where id = ?", status.name(),
                Timestamp.from(now), message.length() > 1000 ? message.substring(0, 999) + "\u2026" : message, runId);
    }

    public Optional<Run> run(long runId) {
        return jdbc.query("select " + RUN_COLUMNS + " from report_run r join report_schedule s on s.id = "
                + "r.schedule_id where r.id = ?", RUN, runId).stream().findFirst();
    }

    /** Runs of one owner's schedules (null: everyone's), of one schedule or all, newest first. */
    public List<Run> runs(@Nullable Long ownerId, @Nullable Long scheduleId, long offset, int limit) {
        Where w = runWhere(ownerId, scheduleId);
        List<Object> args = new ArrayList<>(w.args());
        args.add(offset);
        args.add(limit);
        return jdbc.query("select " + RUN_COLUMNS + " from report_run r join report_schedule s on s.id = "
                + "r.schedule_id" + w.sql() + " order by r.id desc offset ? rows fetch next ? rows only", RUN,
                args.toArray());
    }

    public long countRuns(@Nullable Long ownerId, @Nullable Long scheduleId) {
        Where w = runWhere(ownerId, scheduleId);
        Long n = jdbc.queryForObject("select count(*) from report_run r" + w.sql(), Long.class, w.args().toArray());
        return n == null ? 0 : n;
    }

    public Optional<StoredFile> file(long runId) {
        return jdbc.query("select r.owner_id, r.file_name, s.format, r.content from report_run r join "
                + "report_schedule s on s.id = r.schedule_id where r.id = ? and r.status = ? and r.content is not "
                + "null", (rs, n) -> new StoredFile(rs.getLong(1), rs.getString(2),
                        ExportFormat.valueOf(rs.getString(3)), rs.getBytes(4)), runId, RunStatus.DONE.name())
                .stream().findFirst();
    }

    /** Deletes the runs (and their files) started before {@code cutoff}. */
    public int deleteRunsBefore(Instant cutoff) {
        return jdbc.update("delete from report_run where started_at < ?", Timestamp.from(cutoff));
    }

    /** Fails runs still RUNNING that started before {@code cutoff}: their server stopped while writing them. */
    public int failAbandoned(Instant cutoff, String message, Instant now) {
        return jdbc.update("update report_run set status = ?, finished_at = ?, message = ? where status = ? and "
                + "started_at < ?", RunStatus.FAILED.name(), Timestamp.from(now), message, RunStatus.RUNNING.name(),
                Timestamp.from(cutoff));
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where runWhere(@Nullable Long ownerId, @Nullable Long scheduleId) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (ownerId != null) {
            parts.add("r.owner_id = ?");
            args.add(ownerId);
        }
        if (scheduleId != null) {
            parts.add("r.schedule_id = ?");
            args.add(scheduleId);
        }
        return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), args);
    }

    private static final RowMapper<Schedule> SCHEDULE = (rs, n) -> new Schedule(rs.getLong("id"),
            rs.getLong("owner_id"), ReportKind.valueOf(rs.getString("report")), rs.getString("name"),
            ExportFormat.valueOf(rs.getString("format")), ScheduleFrequency.valueOf(rs.getString("frequency")),
            rs.getInt("run_day"), rs.getString("filter_json"), rs.getInt("filter_version"),
            DateRule.valueOf(rs.getString("date_rule")), date(rs, "date_from"), date(rs, "date_to"),
            rs.getBoolean("email"), date(rs, "next_run_on"), rs.getBoolean("paused"), rs.getString("paused_reason"),
            rs.getTimestamp("created_at").toInstant());

    private static final RowMapper<Run> RUN = (rs, n) -> new Run(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getLong(4), rs.getString(5), RunStatus.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant(),
            instant(rs, 8), number(rs, 9), rs.getString(10), number(rs, 11), rs.getString(12));

    private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Long number(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
