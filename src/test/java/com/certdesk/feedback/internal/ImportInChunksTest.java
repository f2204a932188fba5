package com.certdesk.feedback.internal;

import static com.certdesk.feedback.TestRatings.rating;
import static com.certdesk.feedback.TestRatings.readerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.BatchStatus;
import com.certdesk.feedback.BatchSummary;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.FigureScope;
import com.certdesk.feedback.ImportCheck;
import com.certdesk.feedback.ImportProgress;
import com.certdesk.feedback.ImportResult;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingsBusyException;
import com.certdesk.security.SystemAuthentication;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file's ratings are stored in chunks, each committed, while the batch is IMPORTING: nobody sees them until the
 * batch is imported, a failure removes them, a dead server's import is cleaned up, and the rollup kept in memory is
 * the one its rows add up to.
 */
@ServiceTest
class ImportInChunksTest {

    private static final LocalDate NOV = LocalDate.of(2026, 11, 1);

    @Autowired
    FeedbackImports imports;
    @Autowired
    FeedbackFigures figures;
    @Autowired
    StaleImports stale;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordWriter writer;
    @Autowired
    DailyRollup rollup;
    @Autowired
    TransactionTemplate tx;

    /** Rows per transaction of an import (1,000 on H2, 5,000 on PostgreSQL), and more than two chunks of them. */
    private int chunk;
    private int total;

    @BeforeEach
    void chunks() {
        chunk = writer.rowsPerTransaction();
        total = chunk * 13 / 5;
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private record Agent(long id, String username, String external) {
    }

    private Agent agent() {
        String external = Fixtures.unique("ext");
        long id = fixtures.agentWithExternalId("chunk", fixtures.team("Chunks"), external);
        return new Agent(id, fixtures.userName(id), external);
    }

    /** CSAT, NPS and CES over several days and two channels, every third with a comment. */
    private List<RatingInput> ratings(String prefix, String agent) {
        List<RatingInput> list = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Instant at = Instant.parse("2026-11-02T08:00:00Z").plusSeconds(i * 517L * 2_600 / total);
            Metric metric = switch (i % 3) {
                case 0 -> Metric.CSAT;
                case 1 -> Metric.NPS;
                default -> Metric.CES;
            };
            int max = switch (metric) {
                case NPS -> 10;
                case CES -> 7;
                default -> 5;
            };
            int min = metric == Metric.NPS ? 0 : 1;
            Integer score = i % 17 == 0 ? null : min + (i * 7) % (max - min + 1);
            RatingInput r = rating(prefix + "-" + i, metric, min, max, score, agent, at,
                    i % 3 == 0 ? "comment " + i : null);
            list.add(new RatingInput(r.sourceSystem(), r.sourceRecordId(), r.questionId(), r.metric(), r.scaleMin(),
                    r.scaleMax(), r.sourceScoreRaw(), r.score(), r.respondedAt(), r.ticketId(), r.agentId(),
                    r.agentEmail(), r.teamId(), i % 2 == 0 ? "Chat " : "email", r.surveyId(), r.comment(),
                    r.reason(), r.language()));
        }
        return list;
    }

    private ImportCheck check(List<RatingInput> ratings) {
        return SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.CANONICAL_CSV, "chunks.csv",
                readerOf(ratings), ImportProgress.NONE));
    }

    private ImportResult confirm(long batchId, List<RatingInput> ratings, ImportProgress progress) {
        return SystemAuthentication.callAsSystem(() -> imports.confirm(batchId, readerOf(ratings), false, progress));
    }

    /** Imports beat, and the clean-up judges them, by the database's clock. */
    private OffsetDateTime databaseNow() {
        return jdbc.queryForObject("select current_timestamp", OffsetDateTime.class);
    }

    private BatchSummary batch(long batchId) {
        return SystemAuthentication.callAsSystem(() -> imports.batch(batchId));
    }

    private long csatCount(long userId) {
        return SystemAuthentication.callAsSystem(() -> figures.figures(FigureScope.agent(userId), NOV,
                NOV.plusMonths(1)).csat().n());
    }

    private int commentsSeenBy(Agent agent) throws Exception {
        // on a thread of its own: the import's reading thread must keep the identity it runs under
        return CompletableFuture.supplyAsync(() -> {
            fixtures.signIn(agent.username());
            try {
                return figures.latestComments(agent.id(), 200).size();
            } finally {
                fixtures.signOut();
            }
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void ratings_being_imported_are_seen_by_no_figure_list_or_look_up_until_the_batch_is_imported() throws Exception {
        Agent agent = agent();
        List<RatingInput> ratings = ratings(Fixtures.unique("r"), agent.external());
        long batchId = check(ratings).batchId();
        AtomicBoolean looked = new AtomicBoolean();
        AtomicReference<Object[]> midway = new AtomicReference<>();
        ImportProgress progress = (fraction, stage) -> {
            if (!stage.startsWith("Importing") || looked.get() || !stage.contains((2 * chunk) + " rows")) {
                return;
            }
            looked.set(true);
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (batch(batchId).stored() < chunk && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                BatchSummary now = batch(batchId);
                String busy;
                try {
                    SystemAuthentication.callAsSystem(() -> imports.store(BatchOrigin.API, "API", "t",
                            List.of(ratings.getFirst())));
                    busy = "stored";
                } catch (RatingsBusyException e) {
                    busy = "busy";
                }
                midway.set(new Object[] {now.status(), now.stored(), csatCount(agent.id()), commentsSeenBy(agent),
                    busy});
            } catch (Exception e) {
                midway.set(new Object[] {e});
            }
        };

        ImportResult result = confirm(batchId, ratings, progress);

        Object[] seen = midway.get();
        assertThat(seen).as("looked while importing").isNotNull().hasSize(5);
        assertThat(seen[0]).isEqualTo(BatchStatus.IMPORTING);
        assertThat((long) seen[1]).as("chunks committed before the end").isGreaterThanOrEqualTo(chunk);
        assertThat(seen[2]).as("figures while importing").isEqualTo(0L);
        assertThat(seen[3]).as("comments while importing").isEqualTo(0);
        assertThat(seen[4]).as("the API sending a rating the file is storing").isEqualTo("busy");
        assertThat(result.imported()).isEqualTo(total);
        BatchSummary done = batch(batchId);
        assertThat(done.status()).isEqualTo(BatchStatus.IMPORTED);
        assertThat(done.stored()).isEqualTo(total);
        assertThat(csatCount(agent.id())).isEqualTo(ratings.stream()
                .filter(r -> r.metric() == Metric.CSAT && r.score() != null).count());
        assertThat(commentsSeenBy(agent)).isEqualTo(200);
        assertRollupIsTheSumOfTheRows(agent.id());

        // a second file over the same days adds to the rollup rows the first one made
        List<RatingInput> more = ratings(Fixtures.unique("m"), agent.external());
        confirm(check(more).batchId(), more, ImportProgress.NONE);
        assertRollupIsTheSumOfTheRows(agent.id());

        // V27 builds the months of an existing database from feedback_daily: the same bytes the rollup kept
        String packed = "select concat_ws('|', kind, user_id, first_day, data) from feedback_agent_month "
                + "order by kind, user_id, first_day";
        List<String> kept = jdbc.queryForList(packed, String.class);
        tx.executeWithoutResult(s -> jdbc.execute((java.sql.Connection c) -> {
            AgentMonths.rebuild(c);
            return null;
        }));
        assertThat(jdbc.queryForList(packed, String.class)).hasSizeGreaterThan(2).isEqualTo(kept);
    }

    /**
     * feedback_daily and feedback_team_daily as the imports kept them in memory equal the same sums read from the
     * stored rows of imported batches: the agent's, and, for the team its ratings count in, everyone's.
     */
    private void assertRollupIsTheSumOfTheRows(long userId) {
        String sums = """
                select r.local_day, coalesce(r.team_id, 0) as team_id, coalesce(r.channel, '') as channel, r.kind,
                       case when r.kind = 'CES' then r.scale_max else 0 end as scale_max, count(*) as n,
                       sum(r.positive) as satisfied, sum(r.negative) as detractors, sum(r.score) as score_sum,
                       sum(r.score * r.score) as score_sq
                from feedback_record r join feedback_batch b on b.id = r.batch_id
                where %s and r.score is not null and b.status = 'IMPORTED'
                group by r.local_day, coalesce(r.team_id, 0), coalesce(r.channel, ''), r.kind,
                         case when r.kind = 'CES' then r.scale_max else 0 end
                order by local_day, channel, kind, scale_max""";
        String columns = "local_day, team_id, channel, kind, scale_max, n, satisfied, detractors, score_sum, score_sq";
        assertSameRows(jdbc.queryForList("select " + columns + " from feedback_daily where user_id = ? "
                + "order by local_day, channel, kind, scale_max", userId),
                jdbc.queryForList(sums.formatted("r.user_id = ?"), userId));
        long team = jdbc.queryForObject("select max(coalesce(team_id, 0)) from feedback_record where user_id = ?",
                Long.class, userId);
        assertSameRows(jdbc.queryForList("select " + columns + " from feedback_team_daily where team_id = ? "
                + "order by local_day, channel, kind, scale_max", team),
                jdbc.queryForList(sums.formatted("coalesce(r.team_id, 0) = ?"), team));
        AgentMonthsCheck.assertPackedAsTheRollup(jdbc);
    }

    private static void assertSameRows(List<Map<String, Object>> rollup, List<Map<String, Object>> rows) {
        assertThat(rollup).hasSizeGreaterThan(20).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            for (String column : rows.get(i).keySet()) {
                Object expected = rows.get(i).get(column);
                Object actual = rollup.get(i).get(column);
                assertThat(String.valueOf(actual instanceof Number n ? n.longValue() : actual))
                        .as("row %d %s", i, column)
                        .isEqualTo(String.valueOf(expected instanceof Number n ? n.longValue() : expected));
            }
        }
    }

    @Test
    void an_import_that_fails_after_storing_chunks_removes_them_and_can_be_confirmed_again() {
        Agent agent = agent();
        List<RatingInput> ratings = ratings(Fixtures.unique("r"), agent.external());
        long batchId = check(ratings).batchId();
        List<RatingInput> changed = new ArrayList<>(ratings);
        RatingInput last = changed.removeLast();
        changed.add(rating(last.sourceRecordId(), Metric.CSAT, 1, 5, 1, agent.external()));

        assertThatThrownBy(() -> confirm(batchId, changed, ImportProgress.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not the one that was checked");

        BatchSummary failed = batch(batchId);
        assertThat(failed.status()).isEqualTo(BatchStatus.CHECKED);
        assertThat(failed.stored()).isZero();
        assertThat(csatCount(agent.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from feedback_daily where user_id = ?", Long.class,
                agent.id())).isZero();

        assertThat(confirm(batchId, ratings, ImportProgress.NONE).imported()).isEqualTo(total);
        assertThat(batch(batchId).stored()).isEqualTo(total);
    }

    @Test
    void two_confirmations_at_once_store_the_file_once() throws Exception {
        Agent agent = agent();
        List<RatingInput> ratings = ratings(Fixtures.unique("r"), agent.external());
        long batchId = check(ratings).batchId();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<ImportResult>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return confirm(batchId, ratings, ImportProgress.NONE);
            }));
        }
        go.countDown();
        for (CompletableFuture<ImportResult> one : both) {
            assertThat(one.get(60, TimeUnit.SECONDS).imported()).isEqualTo(total);
        }
        assertThat(batch(batchId).stored()).isEqualTo(total);
        assertThat(csatCount(agent.id())).isEqualTo(ratings.stream()
                .filter(r -> r.metric() == Metric.CSAT && r.score() != null).count());
    }

    /** What a node that died mid-import leaves behind: the batch IMPORTING, an old heartbeat, some of its ratings. */
    private long interruptedImport(Agent agent, OffsetDateTime heartbeat) {
        List<RatingInput> ratings = ratings(Fixtures.unique("r"), agent.external()).subList(0, 20);
        long batchId = check(ratings).batchId();
        jdbc.update("update feedback_batch set status = 'IMPORTING', heartbeat_at = ? where id = ?", heartbeat,
                batchId);
        for (int i = 0; i < 3; i++) {
            jdbc.update("""
                    insert into feedback_record (batch_id, source_system, source_record_id, question_id, metric,
                        scale_min, scale_max, score, responded_at, local_day, kind, positive, negative, user_id,
                        comment_text)
                    values (?, 'test', ?, 'q', 'CSAT', 1, 5, 5, ?, ?, 'CSAT', 1, 0, ?, 'left behind')""", batchId,
                    ratings.get(i).sourceRecordId(), OffsetDateTime.of(2026, 11, 3, 9, 0, 0, 0, ZoneOffset.UTC),
                    LocalDate.of(2026, 11, 3), agent.id());
        }
        // as the import's chunks do: the ids it stores come after records_after, and it counts them
        jdbc.update("update feedback_batch set records_after = (select max(id) - 3 from feedback_record), "
                + "stored_count = 3 where id = ?", batchId);
        return batchId;
    }

    @Test
    void an_import_whose_server_stopped_is_discarded_with_a_note_and_what_it_stored_is_removed() throws Exception {
        Agent agent = agent();
        OffsetDateTime now = databaseNow();
        long dead = interruptedImport(agent, now.minusMinutes(10));
        long alive = interruptedImport(agent(), now.plusDays(3650));
        assertThat(commentsSeenBy(agent)).as("an unfinished import's ratings").isZero();

        stale.cleanUp();

        BatchSummary discarded = batch(dead);
        assertThat(discarded.status()).isEqualTo(BatchStatus.DISCARDED);
        assertThat(discarded.note()).contains("interrupted");
        assertThat(discarded.stored()).isZero();
        assertThatThrownBy(() -> confirm(dead, List.of(), ImportProgress.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("discarded");
        assertThat(batch(alive).status()).as("an import still beating").isEqualTo(BatchStatus.IMPORTING);
        assertThat(batch(alive).stored()).isEqualTo(3);
    }

    @Test
    void a_checked_batch_with_ratings_left_by_a_failed_attempt_is_confirmed_only_once_they_are_removed() {
        Agent agent = agent();
        long batchId = interruptedImport(agent, databaseNow());
        jdbc.update("update feedback_batch set status = 'CHECKED', heartbeat_at = null where id = ?", batchId);
        List<RatingInput> ratings = ratings(Fixtures.unique("x"), agent.external()).subList(0, 20);

        assertThatThrownBy(() -> confirm(batchId, ratings, ImportProgress.NONE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("still being removed");

        stale.cleanUp();
        assertThat(batch(batchId).stored()).isZero();
        assertThat(batch(batchId).status()).isEqualTo(BatchStatus.CHECKED);
    }

    @Test
    void a_file_with_more_agent_days_than_kept_in_memory_is_added_from_its_rows_and_taken_out_again() {
        readBack(rollup);
    }

    /** The same when the batch has more ratings than the read-back holds: read agent by agent, written in parts. */
    @Test
    void a_batch_read_back_in_parts_agent_by_agent_adds_and_takes_out_the_same() {
        readBack(new DailyRollup(jdbc, writer, 2));
    }

    private void readBack(DailyRollup readingBack) {
        Agent agent = agent();
        Agent other = agent();
        List<RatingInput> ratings = new ArrayList<>(ratings(Fixtures.unique("r"), agent.external()));
        ratings.addAll(ratings(Fixtures.unique("o"), other.external()));
        long batchId = confirm(check(ratings).batchId(), ratings, ImportProgress.NONE).batchId();
        assertRollupIsTheSumOfTheRows(agent.id());

        // as a file too large for DailyRollup.Sums leaves it: its rows stored, its sums not in the rollup yet
        tx.executeWithoutResult(s -> readingBack.subtract(batchId));
        assertThat(csatCount(agent.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from feedback_daily where user_id in (?, ?)", Long.class,
                agent.id(), other.id())).as("emptied rollup rows are dropped").isZero();
        DailyRollup.Sums tooMany = new DailyRollup.Sums(0);
        tooMany.add(new RatingRow(ratings.get(1), NOV, agent.id(), null)); // one with a score
        assertThat(tooMany.complete()).isFalse();
        tx.executeWithoutResult(s -> readingBack.add(batchId, tooMany));

        assertRollupIsTheSumOfTheRows(agent.id());
        assertRollupIsTheSumOfTheRows(other.id());
        assertThat(csatCount(agent.id())).isEqualTo(ratings.stream().limit(total)
                .filter(r -> r.metric() == Metric.CSAT && r.score() != null).count());

        assertThat(SystemAuthentication.callAsSystem(() -> imports.deleteBatch(batchId))).isEqualTo(2L * total);
        assertThat(jdbc.queryForObject("select count(*) from feedback_daily where user_id in (?, ?)", Long.class,
                agent.id(), other.id())).as("no empty rollup row left").isZero();
        assertThat(jdbc.queryForObject("select count(*) from feedback_agent_month where user_id in (?, ?)",
                Long.class, agent.id(), other.id())).as("no empty month left").isZero();
    }

    @Test
    void sums_too_many_to_keep_fall_back_to_the_rows() {
        DailyRollup.Sums sums = new DailyRollup.Sums(2);
        for (int day = 1; day <= 3; day++) {
            RatingInput r = rating("s" + day, Metric.CSAT, 1, 5, 5, "a", Instant.parse("2026-11-0" + day + "T10:00:00Z"),
                    null);
            sums.add(new RatingRow(r, LocalDate.of(2026, 11, day), 1L, 2L));
            assertThat(sums.complete()).isEqualTo(day <= 2);
        }
    }
}
