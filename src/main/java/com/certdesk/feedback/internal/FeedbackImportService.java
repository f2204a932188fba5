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
import com.certdesk.feedback.RatingsBusyException;
import com.certdesk.feedback.RatingsRejectedException;
import com.certdesk.people.AgentMatcher;
import com.certdesk.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ratings in. A file is read twice, one record at a time (constant memory whatever its size, apart from 16 bytes
 * per rating to find the same key twice in the file, see {@link KeyLines}, and the rollup sums of an import), each
 * time by a reading thread (parse, validate, match agents) handing chunks to the calling one (look-ups, inserts).
 * The check validates every rating ({@link RatingRules}), matches its agent and their team at rating time, asks in
 * chunks which keys are stored already, and keeps the counts, the problems with their line numbers and the unknown
 * agents on the batch. The import (ADR 008) makes the batch IMPORTING, reads the same file again and stores its new
 * ratings in chunks of their own transactions, seen by nobody until the last transaction adds them to the rollup and
 * makes the batch IMPORTED; it refuses the file when its ratings are not the ones checked (a fingerprint), and any
 * failure removes what it stored. The unique key makes a repeated import add nothing. JDBC rather than JPA: a million
 * rows would not fit in a persistence context, and every statement is plain SQL that runs on H2 and PostgreSQL.
 */
@Service
class FeedbackImportService implements FeedbackImports {

    private static final Logger log = LoggerFactory.getLogger(FeedbackImportService.class);
    private static final int CHUNK = 1_000;
    /** Chunks read ahead of the inserts, at most. */
    private static final int CHUNKS_AHEAD = 4;
    private static final String HEARTBEAT_LAPSED = "Nothing was imported: the import took too long to say it was "
            + "alive and was stopped. Upload the file again to import it.";
    private static final long WAIT_STEP_MILLIS = 200;
    /** How often an import says it is alive (heartbeat_at), at most. */
    static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(10);
    /** Problems kept per batch for the preview (all are counted). */
    private static final int PROBLEMS_KEPT = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AgentMatcher matcher;
    private final DailyRollup rollup;
    private final OrganizationTime organization;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StaleImports stale;
    private final RecordWriter writer;

    private final com.certdesk.security.AuditLog audit;
    private final io.micrometer.core.instrument.MeterRegistry meters;

    FeedbackImportService(JdbcTemplate jdbc, TransactionTemplate tx, AgentMatcher matcher, DailyRollup rollup,
            OrganizationTime organization, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            StaleImports stale, RecordWriter writer, com.certdesk.security.AuditLog audit,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.audit = audit;
        this.meters = meters;
        this.jdbc = jdbc;
        this.tx = tx;
        this.matcher = matcher;
        this.rollup = rollup;
        this.organization = organization;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.stale = stale;
        this.writer = writer;
    }

    // ---------------------------------------------------------------------------------------------- files

    @Override
    public ImportCheck check(FeedbackFormat format, String description, RatingReader reader,
            ImportProgress progress) {
        long batchId = createBatch(BatchOrigin.FILE, format.name(), description, BatchStatus.CHECKING);
        jdbc.update("update feedback_batch set checked_newest_record = ? where id = ?", BatchRecords.newestId(jdbc),
                batchId);
        Pass pass = new Pass(batchId, false, format.agentFromTicket());
        try (reader) {
            pass.read(reader, progress);
        } catch (RuntimeException e) {
            // a file that cannot be read at all: the batch is listed as discarded, with nothing of it kept
            jdbc.update("update feedback_batch set status = ?, finished_at = ? where id = ?",
                    BatchStatus.DISCARDED.name(), now(), batchId);
            throw e;
        }
        tx.executeWithoutResult(s -> pass.saveCheck());
        progress.update(1, "Checked");
        return preview(batchId);
    }

    @Override
    public ImportCheck preview(long batchId) {
        BatchSummary batch = batch(batchId);
        Map<String, Object> counts = jdbc.queryForMap("select csat_found, csat_binary_found, nps_found, ces_found, "
                + "not_ratings, problems, new_ratings from feedback_batch where id = ?", batchId);
        Map<Metric, Long> perMetric = new EnumMap<>(Metric.class);
        perMetric.put(Metric.CSAT, number(counts.get("csat_found")));
        perMetric.put(Metric.CSAT_BINARY, number(counts.get("csat_binary_found")));
        perMetric.put(Metric.NPS, number(counts.get("nps_found")));
        perMetric.put(Metric.CES, number(counts.get("ces_found")));
        perMetric.values().removeIf(n -> n == 0);
        List<ImportCheck.LineProblem> problems = jdbc.query("select line_no, reason from feedback_problem "
                + "where batch_id = ? order by line_no, id fetch first " + ImportCheck.PROBLEMS_LISTED + " rows only",
                (rs, i) -> new ImportCheck.LineProblem(rs.getLong(1), rs.getString(2)), batchId);
        List<ImportCheck.UnknownAgent> unknown = jdbc.query("""
                select source_system, agent, ratings from feedback_unknown_agent where batch_id = ?
                order by ratings desc, agent fetch first %d rows only""".formatted(ImportCheck.UNKNOWN_AGENTS_LISTED),
                (rs, i) -> new ImportCheck.UnknownAgent(rs.getString(1), rs.getString(2), rs.getLong(3)), batchId);
        return new ImportCheck(batchId, batch.format(), batch.description(), batch.rowsRead(), batch.ratingsFound(),
                perMetric, number(counts.get("not_ratings")), batch.duplicates(), number(counts.get("problems")),
                problems, batch.unknownAgentRatings(), unknown, number(counts.get("new_ratings")));
    }

    @Override
    public ImportResult confirm(long batchId, RatingReader reader, boolean skipUnknownAgents,
            ImportProgress progress) {
        try (reader) {
            BatchSummary batch = begin(batchId, skipUnknownAgents);
            if (batch.status() == BatchStatus.IMPORTED) {
                return new ImportResult(batchId, batch.imported(), batch.duplicates(), 0);
            }
            ImportResult result;
            try {
                result = store(batch, reader, skipUnknownAgents, progress);
            } catch (RuntimeException | Error e) {
                countBatch(BatchOrigin.FILE, "failed", 0);
                boolean interrupted = Thread.interrupted(); // JDBC and H2's file channels fail on an interrupted thread
                try {
                    undo(batchId);
                } finally {
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
                if (e instanceof DuplicateKeyException) {
                    throw new ValidationException("Nothing was imported: some of these ratings were stored by another "
                            + "import or the API since the file was checked, or are being stored right now. Upload the "
                            + "file again to check it.");
                }
                throw e;
            }
            progress.update(1, "Imported");
            countBatch(BatchOrigin.FILE, "imported", result.imported());
            return result;
        }
    }

    /**
     * Makes a checked batch IMPORTING (its row locked meanwhile, so one confirmation wins), or, when another
     * confirmation of it is under way (a double click, a second tab or node), waits for that one and returns the
     * batch it left: IMPORTED, or CHECKED again when it failed, which this one then tries.
     */
    private BatchSummary begin(long batchId, boolean skipUnknownAgents) {
        while (true) {
            Begun begun = Objects.requireNonNull(tx.execute(s -> {
                List<String> status = jdbc.queryForList("select status from feedback_batch where id = ? for update",
                        String.class, batchId);
                if (status.isEmpty()) {
                    throw new NotFoundException("There is no import batch " + batchId + ".");
                }
                BatchSummary b = batch(batchId);
                if (b.status() == BatchStatus.IMPORTED || b.status() == BatchStatus.IMPORTING) {
                    return new Begun(b, false);
                }
                if (b.status() != BatchStatus.CHECKED) {
                    throw new ValidationException("This file was " + b.status().label().toLowerCase(Locale.ROOT)
                            + "; upload it again to import it.");
                }
                if (count("select problems from feedback_batch where id = ?", batchId) > 0) {
                    throw new ValidationException("Nothing was imported: the file has rows that cannot be imported. "
                            + "Fix them and upload the file again.");
                }
                if (b.unknownAgentRatings() > 0 && !skipUnknownAgents) {
                    throw new ValidationException("Nothing was imported: " + b.unknownAgentRatings()
                            + " ratings name agents Certdesk does not know. Map those agent ids to users, or choose "
                            + "to skip their ratings.");
                }
                if (b.stored() > 0) {
                    throw new ValidationException("The ratings a failed attempt stored are still being removed; "
                            + "try again in a minute.");
                }
                // the database's clock, not this node's: StaleImports on another node compares with the same one
                jdbc.update("update feedback_batch set status = ?, heartbeat_at = current_timestamp, note = null "
                        + "where id = ?", BatchStatus.IMPORTING.name(), batchId);
                return new Begun(batch(batchId), true);
            }));
            if (begun.started() || begun.batch().status() == BatchStatus.IMPORTED) {
                return begun.batch();
            }
            waitWhileImporting(batchId);
        }
    }

    private record Begun(BatchSummary batch, boolean started) {
    }

    /** Until another confirmation of the batch ends; refused when that one stopped saying it is alive. */
    private void waitWhileImporting(long batchId) {
        while (true) {
            record Alive(String status, @Nullable OffsetDateTime heartbeat) {
            }
            Alive row = Objects.requireNonNull(jdbc.queryForObject("select status, heartbeat_at from feedback_batch "
                    + "where id = ?", (rs, i) -> new Alive(rs.getString(1), rs.getObject(2, OffsetDateTime.class)),
                    batchId));
            if (!BatchStatus.IMPORTING.name().equals(row.status())) {
                return;
            }
            OffsetDateTime heartbeat = row.heartbeat();
            if (heartbeat == null || stale.isStale(heartbeat)) {
                throw new ValidationException("An import of this file stopped without finishing; what it stored is "
                        + "being removed. Upload the file again to import it.");
            }
            try {
                Thread.sleep(WAIT_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while another import of batch " + batchId + " ran", e);
            }
        }
    }

    /**
     * Stores the file's new ratings in chunks, each its own transaction (a million rows in one transaction take H2
     * longer to commit than to insert), while the batch is IMPORTING and so seen by no figure, list or look-up; then,
     * in one transaction, adds them to the rollup and makes the batch IMPORTED. Whatever goes wrong before that, the
     * caller removes what was stored ({@link #undo}).
     */
    private ImportResult store(BatchSummary batch, RatingReader reader, boolean skipUnknownAgents,
            ImportProgress progress) {
        long batchId = batch.id();
        Pass pass = new Pass(batchId, true, agentFromTicket(batch.format()));
        long newest = BatchRecords.newestId(jdbc);
        // the check found no stored duplicate and nothing was stored since: no need to ask again per chunk
        pass.lookups = batch.duplicates() > 0 || newest != count(
                "select coalesce(checked_newest_record, -1) from feedback_batch where id = ?", batchId);
        // every id it stores is larger than any given so far (BatchRecords)
        jdbc.update("update feedback_batch set records_after = ?, records_upto = null, stored_count = 0 where id = ?",
                newest, batchId);
        long started = System.nanoTime();
        pass.read(reader, progress);
        long read = System.nanoTime();
        if (pass.unknown > 0 && !skipUnknownAgents) {
            // an answer that takes its agent from another source's rating of its ticket finds none now (that batch
            // was deleted since the check): never skip what the administrator did not choose to skip
            throw new ValidationException("Nothing was imported: " + pass.unknown + " ratings name agents or "
                    + "tickets Certdesk no longer finds since the check. Check the file again.");
        }
        String fingerprint = jdbc.queryForObject("select fingerprint from feedback_batch where id = ?",
                String.class, batchId);
        if (pass.problems > 0 || !pass.fingerprint().equals(fingerprint)) {
            throw new ValidationException("Nothing was imported: the file is not the one that was checked. "
                    + "Upload it again to check it.");
        }
        progress.update(0.95, "Updating the figures");
        long[] committing = {0};
        ImportResult result = Objects.requireNonNull(tx.execute(s -> {
            String status = jdbc.queryForObject("select status from feedback_batch where id = ? for update",
                    String.class, batchId);
            if (!BatchStatus.IMPORTING.name().equals(status)) {
                throw new ValidationException(HEARTBEAT_LAPSED);
            }
            jdbc.update("update feedback_batch set records_upto = ? where id = ?", BatchRecords.newestId(jdbc),
                    batchId);
            rollup.add(batchId, pass.sums);
            jdbc.update("""
                    update feedback_batch set status = ?, imported = ?, duplicates = ?, skip_unknown_agents = ?,
                           finished_at = ?, heartbeat_at = null where id = ?""", BatchStatus.IMPORTED.name(),
                    pass.imported, pass.duplicates, skipUnknownAgents, now(), batchId);
            if (pass.firstDay != null) {
                events.publishEvent(new FeedbackImported(batchId, pass.imported, pass.firstDay, pass.lastDay));
            }
            committing[0] = System.nanoTime();
            return new ImportResult(batchId, pass.imported, pass.duplicates, pass.unknown);
        }));
        long done = System.nanoTime();
        log.info("Feedback batch {}: {} ratings read and stored in {} ms (key look-ups {} ms, inserts and commits {} "
                + "ms), figures updated in {} ms ({}), committed in {} ms", batchId, pass.imported,
                (read - started) / 1_000_000, pass.lookupNanos / 1_000_000, pass.insertNanos / 1_000_000,
                (committing[0] - read) / 1_000_000, pass.sums.complete() ? pass.sums.size() + " agent-day rows summed "
                + "while storing" : "summed from the stored rows", (done - committing[0]) / 1_000_000);
        audit.record(com.certdesk.security.AuditKind.IMPORT, "feedback batch " + batchId + " imported from a file: "
                + pass.imported + " ratings, " + pass.duplicates + " duplicates left out");
        return result;
    }

    /**
     * After a failed import: the batch is CHECKED again (it may be confirmed again once what it stored is gone) and
     * what it stored is removed. If that fails too, {@link StaleImports} removes it later.
     */
    private void undo(long batchId) {
        try {
            jdbc.update("update feedback_batch set status = ?, heartbeat_at = null where id = ? and status = ?",
                    BatchStatus.CHECKED.name(), batchId, BatchStatus.IMPORTING.name());
            long removed = stale.removeUnimported(batchId);
            log.info("Feedback batch {}: the import failed; {} ratings it had stored were removed", batchId, removed);
        } catch (RuntimeException e) {
            log.warn("Feedback batch {}: the import failed and what it stored could not be removed yet; the clean-up "
                    + "will", batchId, e);
        }
    }

    @Override
    public void discard(long batchId) {
        tx.executeWithoutResult(s -> {
            BatchSummary batch = batch(batchId);
            if (batch.status() == BatchStatus.IMPORTED) {
                throw new ValidationException("This batch is imported; delete it instead.");
            }
            if (batch.status() == BatchStatus.IMPORTING) {
                throw new ValidationException("This file is being imported; once it is, delete the batch if you do not "
                        + "want its ratings.");
            }
            // only a file still being checked or waiting: an import or a deletion that got there first wins
            int changed = jdbc.update("update feedback_batch set status = ?, finished_at = ? where id = ? "
                    + "and status in (?, ?)", BatchStatus.DISCARDED.name(), now(), batchId,
                    BatchStatus.CHECKING.name(), BatchStatus.CHECKED.name());
            if (changed == 0 && batch(batchId).status() == BatchStatus.IMPORTED) {
                throw new ValidationException("This batch is imported; delete it instead.");
            }
        });
    }

    /**
     * One reading of a file: checking it (counts, problems, unknown agents, fingerprint) or, when {@code storing},
     * inserting its new ratings. Everything it keeps is bounded by the chunk size, the number of distinct agents and
     * the problems kept, except {@link KeyLines}.
     */
    private final class Pass {

        private final long batchId;
        private final boolean storing;
        /** A survey tool's file: a rating naming only its ticket takes the agent of the helpdesk's rating of it. */
        private final boolean agentFromTicket;
        private final AgentResolver agents = new AgentResolver(jdbc, matcher);
        private final Instant now = clock.instant();
        private final KeyLines keys = new KeyLines();
        private final MessageDigest digest;
        private final EnumMap<Metric, Long> perMetric = new EnumMap<>(Metric.class);
        private final Map<String, Long> unknownAgents = new HashMap<>();
        private final List<Object[]> problemRows = new ArrayList<>();
        /** What the stored ratings add to the rollup. */
        final DailyRollup.Sums sums = new DailyRollup.Sums();
        private long lastHeartbeat = System.nanoTime();
        long records;
        long notRatings;
        long problems;
        long ratings;
        long duplicates;
        long unknown;
        long fresh;
        long imported;
        /** Whether to ask which keys are stored already (false: all are known to be new). */
        boolean lookups = true;
        long lookupNanos;
        long insertNanos;
        @Nullable LocalDate firstDay;
        @Nullable LocalDate lastDay;

        Pass(long batchId, boolean storing, boolean agentFromTicket) {
            this.batchId = batchId;
            this.storing = storing;
            this.agentFromTicket = agentFromTicket;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Reads on a thread of its own (parsing, validating, matching agents) while this one asks for stored keys and
         * inserts ({@link ReadAhead}): on two cores the two overlap. At most {@value #CHUNKS_AHEAD} chunks wait.
         */
        void read(RatingReader reader, ImportProgress progress) {
            String stage = storing ? "Importing" : "Checking";
            int size = storing ? writer.rowsPerTransaction() : CHUNK;
            ReadAhead.<Chunk>run("feedback-batch-" + batchId + "-read", CHUNKS_AHEAD, (hand, stopped) -> {
                List<RatingRow> chunk = new ArrayList<>(size);
                RatingReader.ReadRecord record;
                while (!stopped.getAsBoolean() && (record = reader.next()) != null) {
                    accept(record, chunk);
                    if (chunk.size() >= size) {
                        hand.accept(chunk(chunk));
                        chunk = new ArrayList<>(size);
                        progress.update(0.9 * reader.progress(), stage + ": " + records + " rows read");
                    }
                }
                hand.accept(chunk(chunk));
            }, this::flush, this::heartbeat);
        }

        /** On the reading thread: when storing, what the ratings of known agents would insert, made ready here. */
        private Chunk chunk(List<RatingRow> rows) {
            return new Chunk(rows, storing ? writer.prepare(batchId,
                    rows.stream().filter(r -> r.userId() != null).toList()) : null);
        }

        /** While storing, at most every {@link #HEARTBEAT_EVERY}: the batch's import is alive (see StaleImports). */
        private void heartbeat() {
            long now = System.nanoTime();
            if (!storing || now - lastHeartbeat < HEARTBEAT_EVERY.toNanos()) {
                return;
            }
            lastHeartbeat = now;
            if (jdbc.update("update feedback_batch set heartbeat_at = current_timestamp where id = ? and status = ?",
                    batchId, BatchStatus.IMPORTING.name()) == 0) {
                throw new ValidationException(HEARTBEAT_LAPSED);
            }
        }

        private void accept(RatingReader.ReadRecord record, List<RatingRow> pending) {
            records++;
            notRatings += record.notRatings();
            for (String problem : record.problems()) {
                problem(record.line(), problem);
            }
            for (RatingInput rating : record.ratings()) {
                digest.update((record.line() + "\u0000" + rating + "\n").getBytes(StandardCharsets.UTF_8));
                List<String> wrong = RatingRules.problems(rating, now, agentFromTicket);
                if (!wrong.isEmpty()) {
                    wrong.forEach(p -> problem(record.line(), p));
                    continue;
                }
                long first = keys.firstLine(key(rating), record.line());
                if (first != 0) {
                    problem(record.line(), "the same rating (%s %s%s) is also on line %d".formatted(
                            RatingRow.sourceSystem(rating), RatingRow.recordId(rating),
                            RatingRow.questionKey(rating).isEmpty() ? "" : ", question " + RatingRow.questionKey(rating),
                            first));
                    continue;
                }
                ratings++;
                perMetric.merge(rating.metric(), 1L, Long::sum);
                RatingRow row = row(rating, agents);
                if (row.userId() == null) {
                    unknown++;
                    unknownAgents.merge(RatingRow.sourceSystem(rating) + "\u0000" + agentKey(rating), 1L, Long::sum);
                }
                pending.add(row);
            }
        }

        private void problem(long line, String reason) {
            problems++;
            if (problemRows.size() < PROBLEMS_KEPT) {
                problemRows.add(new Object[] {batchId, line, truncate(reason, 2000)});
            }
        }

        /** Asks which of a chunk's ratings are stored already; when storing, inserts the others in a transaction. */
        private void flush(Chunk chunk) {
            List<RatingRow> pending = chunk.rows();
            if (pending.isEmpty()) {
                return;
            }
            long t0 = System.nanoTime();
            // when the check found none stored and nothing else was stored since, every key is new: the unique key
            // then stops a rating stored meanwhile (DuplicateKeyException, see confirm)
            Set<String> stored = lookups ? storedKeys(pending) : Set.of();
            lookupNanos += System.nanoTime() - t0;
            List<RatingRow> insert = new ArrayList<>(pending.size());
            for (RatingRow row : pending) {
                if (stored.contains(key(row.rating()))) {
                    duplicates++;
                } else if (row.userId() != null) {
                    fresh++;
                    insert.add(row);
                }
            }
            if (storing && !insert.isEmpty()) {
                long t1 = System.nanoTime();
                for (RatingRow row : insert) {
                    firstDay = firstDay == null || row.localDay().isBefore(firstDay) ? row.localDay() : firstDay;
                    lastDay = lastDay == null || row.localDay().isAfter(lastDay) ? row.localDay() : lastDay;
                    sums.add(row);
                }
                // what the reading thread made ready, unless some of it turned out to be stored already
                RecordWriter.Prepared ready = chunk.ready() != null && chunk.ready().rows().size() == insert.size()
                        ? chunk.ready() : writer.prepare(batchId, insert);
                tx.executeWithoutResult(s -> {
                    writer.insert(batchId, ready);
                    jdbc.update("update feedback_batch set stored_count = stored_count + ? where id = ?",
                            insert.size(), batchId);
                });
                insertNanos += System.nanoTime() - t1;
                imported += insert.size();
            }
        }

        String fingerprint() {
            return HexFormat.of().formatHex(digest.digest());
        }

        void saveCheck() {
            if (!problemRows.isEmpty()) {
                jdbc.batchUpdate("insert into feedback_problem (batch_id, line_no, reason) values (?, ?, ?)",
                        problemRows);
            }
            List<Object[]> agentsRows = new ArrayList<>();
            unknownAgents.forEach((k, n) -> {
                int cut = k.indexOf('\u0000');
                agentsRows.add(new Object[] {batchId, k.substring(0, cut), truncate(k.substring(cut + 1), 600), n});
            });
            if (!agentsRows.isEmpty()) {
                jdbc.batchUpdate("insert into feedback_unknown_agent (batch_id, source_system, agent, ratings) "
                        + "values (?, ?, ?, ?)", agentsRows);
            }
            jdbc.update("""
                    update feedback_batch set status = ?, rows_read = ?, ratings_found = ?, csat_found = ?,
                           csat_binary_found = ?, nps_found = ?, ces_found = ?, not_ratings = ?, problems = ?,
                           duplicates = ?, unknown_agents = ?, new_ratings = ?, fingerprint = ? where id = ?""",
                    BatchStatus.CHECKED.name(), records, ratings, perMetric.getOrDefault(Metric.CSAT, 0L),
                    perMetric.getOrDefault(Metric.CSAT_BINARY, 0L), perMetric.getOrDefault(Metric.NPS, 0L),
                    perMetric.getOrDefault(Metric.CES, 0L), notRatings, problems, duplicates, unknown, fresh,
                    fingerprint(), batchId);
        }
    }

    private static boolean agentFromTicket(String format) {
        return java.util.Arrays.stream(FeedbackFormat.values()).anyMatch(f -> f.name().equals(format)
                && f.agentFromTicket());
    }

    /** A rating that names no agent (a survey tool's, see {@link FeedbackFormat#agentFromTicket()}) names its ticket. */
    private static boolean namesOnlyTicket(RatingInput rating) {
        return (rating.agentId() == null || rating.agentId().isBlank())
                && (rating.agentEmail() == null || rating.agentEmail().isBlank())
                && rating.ticketId() != null && !rating.ticketId().isBlank();
    }

    private static String agentKey(RatingInput rating) {
        return namesOnlyTicket(rating) ? AgentResolver.ticketKey(rating.ticketId())
                : AgentResolver.agentKey(rating.agentId(), rating.agentEmail());
    }

    private RatingRow row(RatingInput rating, AgentResolver agents) {
        String system = RatingRow.sourceSystem(rating);
        Optional<Long> user = namesOnlyTicket(rating)
                ? agents.byTicket(system, rating.ticketId(), rating.respondedAt())
                : agents.user(system, rating.agentId(), rating.agentEmail());
        Long team = user.map(id -> agents.teamAt(id, rating.respondedAt())).orElse(null);
        return new RatingRow(rating, organization.dayOf(rating.respondedAt()), user.orElse(null), team);
    }

    /** Ratings read, and when storing, those of known agents made ready for insert ({@link RecordWriter#prepare}). */
    private record Chunk(List<RatingRow> rows, RecordWriter.@Nullable Prepared ready) {
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
                    wrong.add("agent " + agentKey(rating)
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
            try {
                return storeRows(origin, format, description, rows);
            } catch (DuplicateKeyException held) {
                // still not stored, yet taken: a file import under way (or being undone) holds these keys
                throw new RatingsBusyException();
            }
        }
    }

    /**
     * {@code certdesk.feedback.import.batches} by origin (FILE, API, CONNECTOR, DEMO) and outcome (imported, failed, nothing
     * new: every rating was stored already) and {@code certdesk.feedback.import.ratings}, the ratings they stored.
     */
    private void countBatch(BatchOrigin origin, String outcome, long ratings) {
        io.micrometer.core.instrument.Counter.builder("certdesk.feedback.import.batches")
                .description("Feedback imports (files confirmed, API requests, connector syncs) by outcome")
                .tag("origin", origin.name()).tag("outcome", outcome).register(meters).increment();
        io.micrometer.core.instrument.Counter.builder("certdesk.feedback.import.ratings")
                .description("Ratings stored by feedback imports").tag("origin", origin.name())
                .register(meters).increment(ratings);
    }

    private ImportResult storeRows(BatchOrigin origin, String format, String description, List<RatingRow> rows) {
        ImportResult result = storeRowsOnce(origin, format, description, rows);
        countBatch(origin, result != null && result.imported() > 0 ? "imported" : "nothing_new",
                result == null ? 0 : result.imported());
        return result;
    }

    private ImportResult storeRowsOnce(BatchOrigin origin, String format, String description, List<RatingRow> rows) {
        return tx.execute(s -> {
            Set<String> stored = storedKeys(rows);
            List<RatingRow> fresh = rows.stream().filter(r -> !stored.contains(key(r.rating()))).toList();
            if (fresh.isEmpty()) {
                return new ImportResult(0, 0, rows.size(), 0);
            }
            long batchId = createBatch(origin, format, description, BatchStatus.IMPORTED);
            long newest = BatchRecords.newestId(jdbc);
            writer.insert(batchId, fresh);
            jdbc.update("""
                    update feedback_batch set rows_read = ?, ratings_found = ?, duplicates = ?, imported = ?,
                           finished_at = ?, records_after = ?, records_upto = ?, stored_count = ? where id = ?""",
                    rows.size(), rows.size(), rows.size() - fresh.size(), fresh.size(), now(), newest,
                    BatchRecords.newestId(jdbc), fresh.size(), batchId);
            rollup.add(batchId);
            publish(batchId, fresh);
            audit.record(com.certdesk.security.AuditKind.IMPORT, "feedback batch " + batchId + " stored (" + origin
                    + ", " + description + "): " + fresh.size() + " ratings, " + (rows.size() - fresh.size())
                    + " already stored");
            return new ImportResult(batchId, fresh.size(), rows.size() - fresh.size(), 0);
        });
    }

    /**
     * The keys of these ratings that imported batches hold already, asked per source system in chunks (unique index).
     */
    private Set<String> storedKeys(List<RatingRow> rows) {
        Set<String> stored = new HashSet<>();
        Map<String, List<String>> idsBySource = new HashMap<>();
        for (RatingRow r : rows) {
            idsBySource.computeIfAbsent(RatingRow.sourceSystem(r.rating()), k -> new ArrayList<>())
                    .add(RatingRow.recordId(r.rating()));
        }
        idsBySource.forEach((source, all) -> {
            List<String> ids = all.stream().distinct().toList();
            for (int i = 0; i < ids.size(); i += 500) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
                List<Object> params = new ArrayList<>(chunk);
                params.add(source);
                // only imported batches' ratings count as stored; a key held by an import under way or one being
                // undone makes the insert fail on the unique key (DuplicateKeyException), never skips a rating
                jdbc.query("select r.source_record_id, r.question_id from feedback_record r join feedback_batch b "
                        + "on b.id = r.batch_id where r.source_record_id in (" + "?, ".repeat(chunk.size() - 1)
                        + "?) and r.source_system = ? and b.status = '" + BatchStatus.IMPORTED.name() + "'",
                        rs -> {
                            stored.add(source + "\u0000" + rs.getString(1) + "\u0000" + rs.getString(2));
                        }, params.toArray());
            }
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

    /** A deletion removes the batch's ratings in slices of this many ids, to tell how far it got. */
    private static final long DELETE_SLICE = 50_000;

    @Override
    public long deleteBatch(long batchId, ImportProgress progress) {
        Long removed = tx.execute(s -> {
            try {
                // not waiting: a deletion of a large batch holds this row for minutes
                jdbc.queryForList("select id from feedback_batch where id = ? for update nowait", Long.class, batchId);
            } catch (DataAccessException e) {
                if (!lockNotAvailable(e)) {
                    throw e;
                }
                throw new ValidationException("This batch is being deleted right now (by another administrator, or "
                        + "by you on another page); the list shows it as deleted once that is done.");
            }
            BatchSummary batch = batch(batchId);
            if (batch.status() == BatchStatus.DELETED) {
                return 0L; // a second click, or a second administrator: deleted already
            }
            if (batch.status() != BatchStatus.IMPORTED) {
                throw new ValidationException("Only an imported batch can be deleted; this one is "
                        + batch.status().label().toLowerCase(Locale.ROOT) + ".");
            }
            progress.update(0, "Taking " + batch.stored() + " ratings out of the figures");
            long started = System.nanoTime();
            rollup.subtract(batchId);
            long subtracted = System.nanoTime();
            BatchRecords range = BatchRecords.of(jdbc, batchId);
            long upto = Math.min(range.upto(), BatchRecords.newestId(jdbc));
            long n = 0;
            for (long from = range.after(); from < upto; from += DELETE_SLICE) {
                progress.update(0.5 + 0.5 * n / Math.max(1, batch.stored()), "Removing the ratings: " + n + " of "
                        + batch.stored());
                n += jdbc.update("delete from feedback_record r where " + BatchRecords.CONDITION,
                        new BatchRecords(batchId, from, Math.min(upto, from + DELETE_SLICE)).args());
            }
            jdbc.update("update feedback_batch set stored_count = 0 where id = ?", batchId);
            // the batch stays listed as a tombstone: who imported it, who deleted it and when
            jdbc.update("update feedback_batch set status = ?, deleted_by_name = ?, deleted_at = ? where id = ?",
                    BatchStatus.DELETED.name(), currentUser.username(), now(), batchId);
            log.info("Feedback batch {} ({}, {}) deleted by {}: {} ratings taken out of the figures in {} ms and "
                    + "removed in {} ms", batchId, batch.origin(), batch.description(), currentUser.username(), n,
                    (subtracted - started) / 1_000_000, (System.nanoTime() - subtracted) / 1_000_000);
            audit.record(com.certdesk.security.AuditKind.IMPORT_DELETED, "feedback batch " + batchId + " ("
                    + batch.origin() + ", " + batch.description() + ") deleted: " + n + " ratings removed");
            return n;
        });
        return removed == null ? 0 : removed;
    }

    /** A lock that NOWAIT did not get: PostgreSQL's 55P03 (Spring leaves it uncategorized), H2's 50200. */
    private static boolean lockNotAvailable(DataAccessException e) {
        if (e instanceof PessimisticLockingFailureException) {
            return true;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql
                    && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200)) {
                return true;
            }
        }
        return false;
    }

    private static final String BATCH_SELECT = """
            select b.id, b.origin, b.format, b.description, b.created_by_name, b.created_at, b.status, b.finished_at,
                   b.rows_read, b.ratings_found, b.duplicates, b.unknown_agents, b.skip_unknown_agents, b.imported,
                   b.stored_count as stored,
                   b.deleted_by_name, b.deleted_at, b.note
            from feedback_batch b""";

    private BatchSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime finished = rs.getObject(8, OffsetDateTime.class);
        OffsetDateTime deleted = rs.getObject(17, OffsetDateTime.class);
        return new BatchSummary(rs.getLong(1), BatchOrigin.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                BatchStatus.valueOf(rs.getString(7)), finished == null ? null : finished.toInstant(), rs.getLong(9),
                rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getBoolean(13), rs.getLong(14), rs.getLong(15),
                rs.getString(16), deleted == null ? null : deleted.toInstant(), rs.getString(18));
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

    /** Tells the other features which days the batch's new ratings fall on (the earliest and the latest). */
    private void publish(long batchId, List<RatingRow> rows) {
        LocalDate first = null;
        LocalDate last = null;
        for (RatingRow row : rows) {
            first = first == null || row.localDay().isBefore(first) ? row.localDay() : first;
            last = last == null || row.localDay().isAfter(last) ? row.localDay() : last;
        }
        if (first != null) {
            events.publishEvent(new FeedbackImported(batchId, rows.size(), first, last));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
