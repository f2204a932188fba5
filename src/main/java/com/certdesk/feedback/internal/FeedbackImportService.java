package com.certdesk.feedback.internal;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.BatchStatus;
import com.certdesk.feedback.BatchSummary;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FeedbackImported;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.ImportCheck;
import com.certdesk.feedback.ImportProgress;
import com.certdesk.feedback.ImportResult;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingReader;
import com.certdesk.feedback.RatingRules;
import com.certdesk.feedback.RatingsRejectedException;
import com.certdesk.people.AgentMatcher;
import com.certdesk.security.CurrentUser;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ratings in. A file is read once to its end: every record is checked ({@link RatingRules}), matched to its agent
 * and their team at rating time, and staged in feedback_staging in chunks (constant memory whatever the file's
 * size); the problems of bad rows are kept with their line numbers. The checks that need every row (the same key
 * twice in the file, keys already stored, agents Certdesk does not know) are then answered in SQL over the staged
 * rows. Confirming moves the staged rows into feedback_record in one transaction (all or nothing) and recomputes the
 * rollup; the unique key makes a repeated import add nothing. JDBC rather than JPA: a million rows would not fit in a
 * persistence context, and every statement is plain SQL that runs on H2 and PostgreSQL.
 */
@Service
class FeedbackImportService implements FeedbackImports {

    private static final Logger log = LoggerFactory.getLogger(FeedbackImportService.class);
    private static final int CHUNK = 2_000;
    private static final String NOT_STORED = "not exists (select 1 from feedback_record r where "
            + "r.source_system = s.source_system and r.source_record_id = s.source_record_id "
            + "and r.question_id = s.question_id)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AgentMatcher matcher;
    private final DailyRollup rollup;
    private final OrganizationTime organization;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackImportService(JdbcTemplate jdbc, TransactionTemplate tx, AgentMatcher matcher, DailyRollup rollup,
            OrganizationTime organization, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.matcher = matcher;
        this.rollup = rollup;
        this.organization = organization;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- files

    @Override
    public ImportCheck check(FeedbackFormat format, String description, RatingReader reader,
            ImportProgress progress) {
        long batchId = createBatch(BatchOrigin.FILE, format.name(), description, BatchStatus.CHECKING);
        try (reader) {
            stageAll(batchId, reader, progress);
        } catch (RuntimeException e) {
            // a file that cannot be read at all: nothing staged stays behind
            tx.executeWithoutResult(s -> {
                jdbc.update("delete from feedback_staging where batch_id = ?", batchId);
                jdbc.update("delete from feedback_problem where batch_id = ?", batchId);
                jdbc.update("update feedback_batch set status = ?, finished_at = ? where id = ?",
                        BatchStatus.DISCARDED.name(), now(), batchId);
            });
            throw e;
        }
        progress.update(0.95, "Looking for duplicates and unknown agents");
        tx.executeWithoutResult(s -> checkStaged(batchId));
        progress.update(1, "Checked");
        return preview(batchId);
    }

    private void stageAll(long batchId, RatingReader reader, ImportProgress progress) {
        AgentResolver agents = new AgentResolver(jdbc, matcher);
        Instant now = clock.instant();
        List<Object[]> problems = new ArrayList<>();
        List<StagedRow> rows = new ArrayList<>(CHUNK);
        long records = 0;
        long notRatings = 0;
        long problemCount = 0;
        RatingReader.ReadRecord record;
        while ((record = reader.next()) != null) {
            records++;
            notRatings += record.notRatings();
            for (String problem : record.problems()) {
                problemCount++;
                problems.add(new Object[] {batchId, record.line(), truncate(problem)});
            }
            for (RatingInput rating : record.ratings()) {
                List<String> wrong = RatingRules.problems(rating, now);
                if (!wrong.isEmpty()) {
                    for (String problem : wrong) {
                        problemCount++;
                        problems.add(new Object[] {batchId, record.line(), truncate(problem)});
                    }
                    continue;
                }
                rows.add(new StagedRow(record.line(), row(rating, agents)));
            }
            if (rows.size() >= CHUNK || problems.size() >= CHUNK) {
                flush(batchId, rows, problems);
                progress.update(0.9 * reader.progress(), "Checking: " + records + " rows read");
            }
        }
        flush(batchId, rows, problems);
        long read = records;
        long skipped = notRatings;
        long bad = problemCount;
        jdbc.update("update feedback_batch set rows_read = ?, not_ratings = ?, problems = ? where id = ?", read,
                skipped, bad, batchId);
    }

    private RatingRow row(RatingInput rating, AgentResolver agents) {
        Optional<Long> user = agents.user(RatingRow.sourceSystem(rating), rating.agentId(), rating.agentEmail());
        Long team = user.map(id -> agents.teamAt(id, rating.respondedAt())).orElse(null);
        return new RatingRow(rating, organization.dayOf(rating.respondedAt()), user.orElse(null), team);
    }

    private record StagedRow(long line, RatingRow row) {
    }

    private void flush(long batchId, List<StagedRow> rows, List<Object[]> problems) {
        if (rows.isEmpty() && problems.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into feedback_staging (batch_id, line_no, agent_key, " + RatingRow.COLUMNS
                        + ") values (?, ?, ?, " + "?, ".repeat(RatingRow.COLUMN_COUNT - 1) + "?)", rows, rows.size(),
                        (ps, staged) -> {
                            ps.setLong(1, batchId);
                            ps.setLong(2, staged.line());
                            RatingInput r = staged.row().rating();
                            ps.setString(3, truncate(AgentResolver.agentKey(r.agentId(), r.agentEmail()), 320));
                            staged.row().bind(ps, 4);
                        });
            }
            if (!problems.isEmpty()) {
                jdbc.batchUpdate("insert into feedback_problem (batch_id, line_no, reason) values (?, ?, ?)", problems);
            }
        });
        rows.clear();
        problems.clear();
    }

    /** The checks that need all rows, in SQL over the staged batch; the counts go onto the batch row. */
    private void checkStaged(long batchId) {
        // the same key twice in one file: every later occurrence is a problem naming the first line
        List<Object[]> repeated = jdbc.query("""
                select s.line_no, f.first_line, s.source_system, s.source_record_id, s.question_id
                from feedback_staging s
                join (select source_system, source_record_id, question_id, min(line_no) as first_line
                      from feedback_staging where batch_id = ?
                      group by source_system, source_record_id, question_id having count(*) > 1) f
                  on f.source_system = s.source_system and f.source_record_id = s.source_record_id
                 and f.question_id = s.question_id
                where s.batch_id = ? and s.line_no > f.first_line
                order by s.line_no
                """, (rs, i) -> new Object[] {batchId, rs.getLong(1), truncate(
                "the same rating (%s %s%s) is also on line %d".formatted(rs.getString(3), rs.getString(4),
                        rs.getString(5).isEmpty() ? "" : ", question " + rs.getString(5), rs.getLong(2)))},
                batchId, batchId);
        if (!repeated.isEmpty()) {
            jdbc.batchUpdate("insert into feedback_problem (batch_id, line_no, reason) values (?, ?, ?)", repeated);
        }
        long ratings = count("select count(*) from feedback_staging where batch_id = ?", batchId);
        long duplicates = count("select count(*) from feedback_staging s where s.batch_id = ? and not " + NOT_STORED,
                batchId);
        long unknown = count("select count(*) from feedback_staging where batch_id = ? and user_id is null", batchId);
        jdbc.update("""
                update feedback_batch set ratings_found = ?, duplicates = ?, unknown_agents = ?,
                       problems = problems + ?, status = ? where id = ?
                """, ratings, duplicates, unknown, repeated.size(), BatchStatus.CHECKED.name(), batchId);
    }

    @Override
    public ImportCheck preview(long batchId) {
        BatchSummary batch = batch(batchId);
        Map<Metric, Long> perMetric = new EnumMap<>(Metric.class);
        long problemCount = count("select count(*) from feedback_problem where batch_id = ?", batchId);
        List<ImportCheck.LineProblem> problems = jdbc.query("select line_no, reason from feedback_problem "
                + "where batch_id = ? order by line_no, id fetch first " + ImportCheck.PROBLEMS_LISTED + " rows only",
                (rs, i) -> new ImportCheck.LineProblem(rs.getLong(1), rs.getString(2)), batchId);
        List<ImportCheck.UnknownAgent> unknown = List.of();
        long newRatings = 0;
        if (batch.status() == BatchStatus.CHECKED) {
            jdbc.query("select metric, count(*) from feedback_staging where batch_id = ? group by metric",
                    rs -> {
                        perMetric.put(Metric.valueOf(rs.getString(1)), rs.getLong(2));
                    }, batchId);
            unknown = jdbc.query("""
                    select source_system, agent_key, count(*) from feedback_staging
                    where batch_id = ? and user_id is null
                    group by source_system, agent_key order by count(*) desc, agent_key
                    fetch first %d rows only""".formatted(ImportCheck.UNKNOWN_AGENTS_LISTED),
                    (rs, i) -> new ImportCheck.UnknownAgent(rs.getString(1), rs.getString(2), rs.getLong(3)),
                    batchId);
            newRatings = count("select count(*) from feedback_staging s where s.batch_id = ? and s.user_id is not null "
                    + "and " + NOT_STORED, batchId);
        }
        return new ImportCheck(batchId, batch.format(), batch.description(), batch.rowsRead(), batch.ratingsFound(),
                perMetric, notRatings(batchId), batch.duplicates(), problemCount, problems,
                batch.unknownAgentRatings(), unknown, newRatings);
    }

    @Override
    public ImportResult confirm(long batchId, boolean skipUnknownAgents, ImportProgress progress) {
        progress.update(0.05, "Importing");
        ImportResult result = tx.execute(s -> {
            // lock the batch: a second confirmation (double click, second tab, second node) waits and then sees it
            // imported
            List<String> status = jdbc.queryForList("select status from feedback_batch where id = ? for update",
                    String.class, batchId);
            if (status.isEmpty()) {
                throw new NotFoundException("There is no import batch " + batchId + ".");
            }
            BatchSummary batch = batch(batchId);
            if (batch.status() == BatchStatus.IMPORTED) {
                return new ImportResult(batchId, batch.imported(), batch.duplicates(), 0);
            }
            if (batch.status() != BatchStatus.CHECKED) {
                throw new ValidationException("This file was " + batch.status().label().toLowerCase()
                        + "; upload it again to import it.");
            }
            if (count("select count(*) from feedback_problem where batch_id = ?", batchId) > 0) {
                throw new ValidationException("Nothing was imported: the file has rows that cannot be imported. "
                        + "Fix them and upload the file again.");
            }
            long unknown = count("select count(*) from feedback_staging where batch_id = ? and user_id is null",
                    batchId);
            if (unknown > 0 && !skipUnknownAgents) {
                throw new ValidationException("Nothing was imported: " + unknown + " ratings name agents Certdesk "
                        + "does not know. Map those agent ids to users, or choose to skip their ratings.");
            }
            long imported = jdbc.update("insert into feedback_record (batch_id, " + RatingRow.COLUMNS + ") select "
                    + "s.batch_id, " + prefixed("s") + " from feedback_staging s where s.batch_id = ? "
                    + "and s.user_id is not null and " + NOT_STORED, batchId);
            rollup.afterInsert(batchId);
            jdbc.update("delete from feedback_staging where batch_id = ?", batchId);
            jdbc.update("""
                    update feedback_batch set status = ?, imported = ?, skip_unknown_agents = ?, finished_at = ?
                    where id = ?""", BatchStatus.IMPORTED.name(), imported, skipUnknownAgents, now(), batchId);
            publish(batchId, imported);
            return new ImportResult(batchId, imported, batch.duplicates(), unknown);
        });
        progress.update(1, "Imported");
        log.info("Feedback batch {} imported: {}", batchId, result);
        return result;
    }

    @Override
    public void discard(long batchId) {
        tx.executeWithoutResult(s -> {
            BatchSummary batch = batch(batchId);
            if (batch.status() == BatchStatus.IMPORTED) {
                throw new ValidationException("This batch is imported; delete it instead.");
            }
            jdbc.update("delete from feedback_staging where batch_id = ?", batchId);
            jdbc.update("update feedback_batch set status = ?, finished_at = ? where id = ?",
                    BatchStatus.DISCARDED.name(), now(), batchId);
        });
    }

    // ----------------------------------------------------------------------------------------- API, connector

    @Override
    public ImportResult store(BatchOrigin origin, String format, String description, List<RatingInput> ratings) {
        if (origin == BatchOrigin.FILE) {
            throw new IllegalArgumentException("files are checked and confirmed, not stored in one step");
        }
        AgentResolver agents = new AgentResolver(jdbc, matcher);
        Instant now = clock.instant();
        List<RatingsRejectedException.ItemProblem> problems = new ArrayList<>();
        List<RatingRow> rows = new ArrayList<>(ratings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ratings.size(); i++) {
            RatingInput rating = ratings.get(i);
            List<String> wrong = new ArrayList<>(RatingRules.problems(rating, now));
            if (wrong.isEmpty()) {
                Integer first = seen.putIfAbsent(key(rating), i);
                if (first != null) {
                    wrong.add("the same rating (source_system, source_record_id, question_id) is also item " + first);
                }
                RatingRow row = row(rating, agents);
                if (row.userId() == null) {
                    wrong.add("agent " + AgentResolver.agentKey(rating.agentId(), rating.agentEmail())
                            + " matches no Certdesk user");
                }
                rows.add(row);
            }
            if (!wrong.isEmpty()) {
                problems.add(new RatingsRejectedException.ItemProblem(i, wrong));
            }
        }
        if (!problems.isEmpty()) {
            throw new RatingsRejectedException(problems);
        }
        try {
            return storeRows(origin, format, description, rows);
        } catch (DuplicateKeyException raced) {
            // another request stored some of these ratings between our check and insert: they are duplicates now
            return storeRows(origin, format, description, rows);
        }
    }

    private ImportResult storeRows(BatchOrigin origin, String format, String description, List<RatingRow> rows) {
        return tx.execute(s -> {
            Set<String> stored = storedKeys(rows);
            List<RatingRow> fresh = rows.stream().filter(r -> !stored.contains(key(r.rating()))).toList();
            if (fresh.isEmpty()) {
                return new ImportResult(0, 0, rows.size(), 0);
            }
            long batchId = createBatch(origin, format, description, BatchStatus.IMPORTED);
            jdbc.batchUpdate("insert into feedback_record (batch_id, " + RatingRow.COLUMNS + ") values (?, "
                    + "?, ".repeat(RatingRow.COLUMN_COUNT - 1) + "?)", fresh, CHUNK, (ps, row) -> {
                        ps.setLong(1, batchId);
                        row.bind(ps, 2);
                    });
            rollup.afterInsert(batchId);
            jdbc.update("""
                    update feedback_batch set rows_read = ?, ratings_found = ?, duplicates = ?, imported = ?,
                           finished_at = ? where id = ?""", rows.size(), rows.size(), rows.size() - fresh.size(),
                    fresh.size(), now(), batchId);
            publish(batchId, fresh.size());
            return new ImportResult(batchId, fresh.size(), rows.size() - fresh.size(), 0);
        });
    }

    private Set<String> storedKeys(List<RatingRow> rows) {
        // one look-up per key through the unique key's index, on one prepared statement: H2 answers
        // "source_system = ? and source_record_id in (...)" by reading every rating of that source, so each batch
        // cost as much as the table held
        Set<String> stored = new HashSet<>();
        Set<String> asked = new HashSet<>();
        jdbc.execute((java.sql.Connection connection) -> {
            try (var ps = connection.prepareStatement("select question_id from feedback_record "
                    + "where source_system = ? and source_record_id = ?")) {
                for (RatingRow row : rows) {
                    String source = RatingRow.sourceSystem(row.rating());
                    String id = RatingRow.recordId(row.rating());
                    if (!asked.add(source + "\u0000" + id)) {
                        continue;
                    }
                    ps.setString(1, source);
                    ps.setString(2, id);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stored.add(source + "\u0000" + id + "\u0000" + rs.getString(1));
                        }
                    }
                }
            }
            return null;
        });
        return stored;
    }

    private static String key(RatingInput r) {
        return RatingRow.sourceSystem(r) + "\u0000" + RatingRow.recordId(r) + "\u0000" + RatingRow.questionKey(r);
    }

    // -------------------------------------------------------------------------------------------- batches

    @Override
    public Page<BatchSummary> batches(Pageable pageable) {
        long total = count("select count(*) from feedback_batch");
        List<BatchSummary> page = jdbc.query(BATCH_SELECT + " order by b.created_at desc, b.id desc offset "
                + pageable.getOffset() + " rows fetch next " + pageable.getPageSize() + " rows only", this::summary);
        return new PageImpl<>(page, pageable, total);
    }

    @Override
    public BatchSummary batch(long batchId) {
        return jdbc.query(BATCH_SELECT + " where b.id = ?", this::summary, batchId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no import batch " + batchId + "."));
    }

    @Override
    public long deleteBatch(long batchId) {
        Long removed = tx.execute(s -> {
            BatchSummary batch = batch(batchId);
            rollup.beforeDelete(batchId);
            long n = jdbc.update("delete from feedback_record where batch_id = ?", batchId);
            jdbc.update("delete from feedback_staging where batch_id = ?", batchId);
            jdbc.update("delete from feedback_problem where batch_id = ?", batchId);
            jdbc.update("delete from feedback_batch where id = ?", batchId);
            log.info("Feedback batch {} ({}, {}) deleted by {}: {} ratings removed", batchId, batch.origin(),
                    batch.description(), currentUser.username(), n);
            return n;
        });
        return removed == null ? 0 : removed;
    }

    private static final String BATCH_SELECT = """
            select b.id, b.origin, b.format, b.description, b.created_by_name, b.created_at, b.status, b.finished_at,
                   b.rows_read, b.ratings_found, b.duplicates, b.unknown_agents, b.skip_unknown_agents, b.imported,
                   (select count(*) from feedback_record r where r.batch_id = b.id) as stored
            from feedback_batch b""";

    private BatchSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime finished = rs.getObject(8, OffsetDateTime.class);
        return new BatchSummary(rs.getLong(1), BatchOrigin.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                BatchStatus.valueOf(rs.getString(7)), finished == null ? null : finished.toInstant(), rs.getLong(9),
                rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getBoolean(13), rs.getLong(14), rs.getLong(15));
    }

    private long notRatings(long batchId) {
        return count("select not_ratings from feedback_batch where id = ?", batchId);
    }

    // -------------------------------------------------------------------------------------------- helpers

    private long createBatch(BatchOrigin origin, String format, String description, BatchStatus status) {
        Optional<Long> userId = currentUser.userId();
        String by = currentUser.username();
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into feedback_batch (origin, format, description, created_by, created_by_name, created_at,
                                                status) values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, origin.name());
            ps.setString(2, truncate(format, 30));
            ps.setString(3, truncate(description, 1000));
            if (userId.isPresent()) {
                ps.setLong(4, userId.get());
            } else {
                ps.setNull(4, java.sql.Types.BIGINT);
            }
            ps.setString(5, truncate(by, 200));
            ps.setObject(6, now());
            ps.setString(7, status.name());
            return ps;
        }, keys);
        Number id = keys.getKey();
        if (id == null) {
            throw new IllegalStateException("no id for the new batch");
        }
        return id.longValue();
    }

    private void publish(long batchId, long imported) {
        if (imported == 0) {
            return;
        }
        Map<String, Object> range = jdbc.queryForMap(
                "select min(local_day) as first_day, max(local_day) as last_day from feedback_record where batch_id = ?",
                batchId);
        events.publishEvent(new FeedbackImported(batchId, imported, day(range.get("first_day")),
                day(range.get("last_day"))));
    }

    private static LocalDate day(@Nullable Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) java.util.Objects.requireNonNull(value);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static String prefixed(String alias) {
        return alias + "." + RatingRow.COLUMNS.replace(", ", ", " + alias + ".");
    }

    private static String truncate(String text) {
        return truncate(text, 2000);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
