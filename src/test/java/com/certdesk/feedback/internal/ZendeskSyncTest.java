package com.certdesk.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.ServiceTest;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.TestRatings;
import com.certdesk.feedback.ZendeskConnector;
import com.certdesk.feedback.ZendeskSettingsDraft;
import com.certdesk.feedback.ZendeskStatus;
import com.certdesk.feedback.ZendeskSyncStatus;
import com.certdesk.feedback.ZendeskTestServer;
import com.certdesk.feedback.ZendeskTestServer.Answer;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.security.Roles;
import com.certdesk.security.SecretCipher;
import com.certdesk.security.SystemAuthentication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The connector against a local server shaped like Zendesk's satisfaction ratings API: what each sync asks, what
 * it stores through the core, and how it comes back after a rate limit, a failure mid-sync and a refused token.
 */
@ServiceTest
class ZendeskSyncTest {

    static final String TOKEN = "zt0k3nS3cretValue4242";
    static final String EMAIL = "admin@acme.test";

    @Autowired ZendeskSync sync;
    @Autowired ZendeskConnector connector;
    @Autowired ZendeskStore store;
    @Autowired ZendeskSchedule schedule;
    @Autowired SecretCipher cipher;
    @Autowired UserAdminService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired FeedbackImports imports;
    @Autowired ConfigurableEnvironment environment;

    ZendeskTestServer server;
    FakeZendesk zendesk;
    long agentA;
    long agentB;
    String subdomain;

    @BeforeEach
    void connect() throws IOException {
        server = new ZendeskTestServer();
        server.pointAt(environment);
        zendesk = new FakeZendesk(2);
        server.answer(zendesk::answer);
        agentA = agent();
        agentB = agent();
        subdomain = "acme-" + ZendeskTestServer.uniqueId();
        SystemAuthentication.runAsSystem(() -> connector.save(new ZendeskSettingsDraft(subdomain, EMAIL, TOKEN,
                false)));
    }

    @AfterEach
    void disconnect() {
        server.close();
        ZendeskTestServer.unpoint(environment);
    }

    @Test
    void first_sync_stores_good_and_bad_ratings_and_skips_offered_and_unoffered() {
        long good = zendesk.add(agentA, "good", "2025-03-04T10:15:00Z");
        long bad = zendesk.add(agentB, "bad", "2025-03-04T11:02:10Z");
        long offered = zendesk.add(agentA, "offered", "2025-03-05T10:00:00Z");
        long unoffered = zendesk.add(agentB, "unoffered", "2025-03-05T10:05:00Z");
        long good2 = zendesk.add(agentB, "good", "2025-03-06T09:00:00Z");

        ZendeskSync.Outcome outcome = sync.runOnce();

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ZendeskSyncStatus.OK);
        assertThat(storedScores(good, bad, offered, unoffered, good2))
                .containsExactlyInAnyOrderEntriesOf(Map.of(good, 1, bad, 0, good2, 1));
        List<ZendeskTestServer.Request> asked = server.requests();
        assertThat(asked).hasSize(3);  // 5 entries, 2 a page
        assertThat(asked.getFirst().path()).isEqualTo("/api/v2/satisfaction_ratings");
        assertThat(asked.getFirst().query()).containsEntry("start_time", "0").containsEntry("page[size]", "100")
                .doesNotContainKey("page[after]");
        assertThat(asked.get(1).query()).containsEntry("page[after]", "2").containsEntry("start_time", "0");
        assertThat(asked.get(2).query()).containsEntry("page[after]", "4");
        assertThat(asked.getFirst().authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (EMAIL + "/token:" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        ZendeskStatus status = status();
        assertThat(status.lastStatus()).isEqualTo(ZendeskSyncStatus.OK);
        assertThat(status.pages()).isEqualTo(3);
        assertThat(status.ratingsStored()).isEqualTo(3);
        assertThat(status.notRatings()).isEqualTo(2);
        assertThat(status.syncedUpTo()).isEqualTo(Instant.parse("2025-03-06T09:00:00Z"));
        assertThat(status.resumePending()).isFalse();
        assertThat(jdbc.queryForList("select distinct description from feedback_batch where format = 'ZENDESK_API' "
                + "and description like ?", String.class, "Zendesk " + subdomain + " page %")).isNotEmpty();
    }

    @Test
    void second_sync_asks_from_the_remembered_start_time_and_adds_nothing_new() {
        zendesk.add(agentA, "good", "2025-03-04T10:15:00Z");
        long last = zendesk.add(agentB, "bad", "2025-03-07T08:00:00Z");
        assertThat(sync.runOnce().status()).isEqualTo(ZendeskSyncStatus.OK);
        int before = server.requests().size();

        ZendeskSync.Outcome again = sync.runOnce();

        assertThat(again.status()).isEqualTo(ZendeskSyncStatus.OK);
        ZendeskTestServer.Request asked = server.requests().get(before);
        assertThat(asked.query()).containsEntry("start_time",
                String.valueOf(Instant.parse("2025-03-07T08:00:00Z").getEpochSecond()));
        ZendeskStatus status = status();
        assertThat(status.ratingsStored()).isZero();
        assertThat(status.duplicates()).isEqualTo(1);  // the newest rating is asked for again, and skipped
        assertThat(storedScores(last)).hasSize(1);
    }

    @Test
    void rate_limit_with_a_short_retry_after_is_waited_out_then_the_page_is_fetched() {
        long good = zendesk.add(agentA, "good", "2025-03-04T10:15:00Z");
        AtomicInteger calls = new AtomicInteger();
        server.answer(r -> calls.incrementAndGet() == 1
                ? new Answer(429, Map.of("Retry-After", "1"), "{\"error\":\"TooManyRequests\"}")
                : zendesk.answer(r));
        long started = System.nanoTime();

        ZendeskSync.Outcome outcome = sync.runOnce();

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ZendeskSyncStatus.OK);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(server.requests()).hasSize(2);
        assertThat(storedScores(good)).containsEntry(good, 1);
    }

    @Test
    void a_long_retry_after_ends_the_run_and_the_next_run_waits_until_then() {
        long good = zendesk.add(agentA, "good", "2025-03-04T10:15:00Z");
        server.answer(r -> new Answer(429, Map.of("Retry-After", "7200"), "{}"));

        ZendeskSync.Outcome outcome = sync.runOnce();

        assertThat(outcome.status()).isEqualTo(ZendeskSyncStatus.RATE_LIMITED);
        assertThat(server.requests()).hasSize(1);  // no sleeping for two hours on the scheduler thread
        ZendeskStatus status = status();
        assertThat(status.lastStatus()).isEqualTo(ZendeskSyncStatus.RATE_LIMITED);
        assertThat(status.rateLimitedUntil()).isBetween(Instant.now().plusSeconds(7000),
                Instant.now().plusSeconds(7300));
        assertThat(status.lastMessage()).contains("HTTP 429");

        server.answer(zendesk::answer);
        assertThat(sync.runOnce().status()).isEqualTo(ZendeskSyncStatus.RATE_LIMITED);
        assertThat(server.requests()).hasSize(1);
        assertThat(storedScores(good)).isEmpty();
        assertThat(SystemAuthentication.callAsSystem(connector::syncNow).started()).isFalse();
    }

    @Test
    void sync_stopped_after_page_one_continues_from_the_stored_cursor_and_loses_nothing() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(zendesk.add(i % 2 == 0 ? agentA : agentB, i % 3 == 0 ? "bad" : "good",
                    "2025-04-0" + (i + 1) + "T12:00:00Z"));
        }
        // page 2 fails every time: retried, then the run gives up (like a restart in the middle of the sync)
        server.answer(r -> r.query().containsKey("page[after]") ? Answer.status(503) : zendesk.answer(r));

        ZendeskSync.Outcome failed = sync.runOnce();

        assertThat(failed.status()).isEqualTo(ZendeskSyncStatus.FAILED);
        assertThat(failed.message()).contains("HTTP 503", "continues with page 2");
        assertThat(server.requests()).hasSize(1 + 4);  // page 1, then page 2 tried 1 + 3 times
        assertThat(storedScoresOf(ids)).hasSize(2);
        assertThat(status().resumePending()).isTrue();
        assertThat(status().syncedUpTo()).isNull();  // the sync is not done: the next one must not skip ahead

        server.answer(zendesk::answer);
        int before = server.requests().size();
        ZendeskSync.Outcome resumed = sync.runOnce();

        assertThat(resumed.status()).as(resumed.message()).isEqualTo(ZendeskSyncStatus.OK);
        assertThat(server.requests().get(before).query()).containsEntry("page[after]", "2")
                .containsEntry("start_time", "0");
        assertThat(server.requests()).hasSize(before + 2);  // pages 2 and 3 only: page 1 is not asked again
        assertThat(storedScoresOf(ids)).hasSize(5);
        ZendeskStatus status = status();
        assertThat(status.pages()).isEqualTo(3);
        assertThat(status.ratingsStored()).isEqualTo(5);
        assertThat(status.duplicates()).isZero();
        assertThat(status.syncedUpTo()).isEqualTo(Instant.parse("2025-04-05T12:00:00Z"));
    }

    @Test
    void a_page_a_file_import_is_storing_waits_and_the_next_sync_stores_it() {
        long good = zendesk.add(agentA, "good", "2025-05-01T10:00:00Z");
        long bad = zendesk.add(agentB, "bad", "2025-05-01T11:00:00Z");
        // a file import under way (ADR 008) has stored the bad rating's key, not yet imported
        long fileBatch = TestRatings.fileImportHolding(imports, jdbc, ZendeskRatings.SOURCE_SYSTEM,
                String.valueOf(bad), ZendeskRatings.QUESTION_ID, agentB);

        ZendeskSync.Outcome waiting = sync.runOnce();

        assertThat(waiting.status()).as(waiting.message()).isEqualTo(ZendeskSyncStatus.WAITING);
        assertThat(waiting.message()).contains("file import", "continues with page 1");
        assertThat(status().lastStatus()).isEqualTo(ZendeskSyncStatus.WAITING);
        assertThat(connectorScores(good, bad)).as("nothing of the page").isEmpty();

        // the file import failed and what it stored is gone: the next sync stores the whole page
        jdbc.update("delete from feedback_record where batch_id = ?", fileBatch);
        jdbc.update("update feedback_batch set status = 'DISCARDED' where id = ?", fileBatch);
        ZendeskSync.Outcome resumed = sync.runOnce();

        assertThat(resumed.status()).as(resumed.message()).isEqualTo(ZendeskSyncStatus.OK);
        assertThat(connectorScores(good, bad)).containsExactlyInAnyOrderEntriesOf(Map.of(good, 1, bad, 0));
    }

    /** The scores of these Zendesk ratings that the connector stored (not another import's). */
    private Map<Long, Integer> connectorScores(long... ids) {
        Map<Long, Integer> scores = new java.util.HashMap<>();
        for (long id : ids) {
            jdbc.query("select r.score from feedback_record r join feedback_batch b on b.id = r.batch_id "
                    + "where r.source_system = 'zendesk' and r.source_record_id = ? and b.origin = 'CONNECTOR'", rs -> {
                        scores.put(id, rs.getInt(1));
                    }, String.valueOf(id));
        }
        return scores;
    }

    @Test
    void a_sync_left_running_by_a_node_that_died_is_taken_over_but_a_live_one_is_not() {
        long good = zendesk.add(agentA, "good", "2025-03-04T10:15:00Z");
        Instant now = Instant.now();
        assertThat(store.acquire("live-node", now, now.minusSeconds(1))).isTrue();

        assertThat(sync.runOnce().status()).isEqualTo(ZendeskSyncStatus.RUNNING);
        assertThat(server.requests()).isEmpty();

        store.release("live-node");
        assertThat(store.acquire("dead-node", now.minus(Duration.ofMinutes(30)), now)).isTrue();
        ZendeskSync.Outcome outcome = sync.runOnce();

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ZendeskSyncStatus.OK);
        assertThat(storedScores(good)).containsEntry(good, 1);
        assertThat(store.state().runningSince()).isNull();
    }

    @Test
    void a_refused_token_stops_the_sync_with_a_clear_status() {
        zendesk.add(agentA, "good", "2025-03-04T10:15:00Z");
        server.answer(r -> Answer.status(401));

        ZendeskSync.Outcome outcome = sync.runOnce();

        assertThat(outcome.status()).isEqualTo(ZendeskSyncStatus.AUTH_REFUSED);
        assertThat(server.requests()).hasSize(1);  // not retried
        ZendeskStatus status = status();
        assertThat(status.lastStatus()).isEqualTo(ZendeskSyncStatus.AUTH_REFUSED);
        assertThat(status.lastStatus().label()).isEqualTo("Zendesk refused the token");
        assertThat(status.lastMessage()).contains("Zendesk refused the token (HTTP 401)");
    }

    @Test
    void ratings_of_unknown_agents_are_skipped_and_listed_and_fetched_again_once_the_agent_is_known() {
        long stranger = ZendeskTestServer.uniqueId();
        long known = zendesk.add(agentA, "good", "2025-05-01T10:00:00Z");
        long unknown1 = zendesk.add(stranger, "bad", "2025-05-01T11:00:00Z");
        long unknown2 = zendesk.add(stranger, "good", "2025-05-02T11:00:00Z");
        long later = zendesk.add(agentB, "good", "2025-05-03T11:00:00Z");

        ZendeskSync.Outcome outcome = sync.runOnce();

        assertThat(outcome.status()).as(outcome.message()).isEqualTo(ZendeskSyncStatus.OK);
        assertThat(storedScores(known, unknown1, unknown2, later)).containsOnlyKeys(known, later);
        ZendeskStatus status = status();
        assertThat(status.skippedUnknown()).isEqualTo(2);
        assertThat(status.unknownAgentRatings()).isEqualTo(2);
        assertThat(status.unknownAgents()).containsExactly(new ZendeskStatus.SkippedAgent(String.valueOf(stranger),
                2, Instant.parse("2025-05-01T11:00:00Z")));
        assertThat(outcome.message()).contains("2 skipped (agents unknown to Certdesk)");

        agentWithId(stranger);
        assertThat(SystemAuthentication.callAsSystem(connector::fetchSkippedAgain).started()).isTrue();
        awaitSyncEnd();

        assertThat(storedScores(known, unknown1, unknown2, later)).containsOnlyKeys(known, unknown1, unknown2, later);
        assertThat(server.requests().getLast().query()).containsKey("start_time");
        assertThat(server.requests().stream().filter(r -> !r.query().containsKey("page[after]")).toList().getLast()
                .query()).containsEntry("start_time", String.valueOf(Instant.parse("2025-05-01T11:00:00Z")
                .getEpochSecond()));
        assertThat(status().unknownAgentRatings()).isZero();
        assertThat(status().unknownAgents()).isEmpty();
    }

    @Test
    void the_token_is_stored_encrypted_and_never_in_plain_text() {
        String stored = jdbc.queryForObject("select token_cipher from zendesk_connection where id = 1", String.class);
        assertThat(stored).startsWith(SecretCipher.PREFIX).doesNotContain(TOKEN)
                .doesNotContain(Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8)));
        assertThat(cipher.decrypt(stored, ZendeskSync.TOKEN_PURPOSE)).isEqualTo(TOKEN);
        String row = jdbc.queryForList("select * from zendesk_connection").toString();
        assertThat(row).doesNotContain(TOKEN);
        assertThat(status().toString()).doesNotContain(TOKEN).doesNotContain(stored);

        SystemAuthentication.runAsSystem(() -> connector.save(new ZendeskSettingsDraft(subdomain, EMAIL, TOKEN,
                false)));
        String again = jdbc.queryForObject("select token_cipher from zendesk_connection where id = 1", String.class);
        assertThat(again).isNotEqualTo(stored);  // a fresh nonce for every encryption
        assertThat(cipher.decrypt(again, ZendeskSync.TOKEN_PURPOSE)).isEqualTo(TOKEN);
    }

    @Test
    void saving_without_a_new_token_keeps_the_stored_one_and_removing_it_stops_the_sync() {
        String stored = jdbc.queryForObject("select token_cipher from zendesk_connection where id = 1", String.class);
        SystemAuthentication.runAsSystem(() -> connector.save(new ZendeskSettingsDraft(subdomain, EMAIL, "", true)));
        assertThat(jdbc.queryForObject("select token_cipher from zendesk_connection where id = 1", String.class))
                .isEqualTo(stored);
        assertThat(status().enabled()).isTrue();

        ZendeskStatus removed = SystemAuthentication.callAsSystem(connector::removeToken);

        assertThat(removed.tokenSavedAt()).isNull();
        assertThat(removed.enabled()).isFalse();
        assertThat(jdbc.queryForObject("select token_cipher from zendesk_connection where id = 1", String.class))
                .isNull();
        assertThat(sync.runOnce().status()).isEqualTo(ZendeskSyncStatus.NEVER);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void the_scheduled_sync_runs_only_while_the_connection_is_enabled() {
        long good = zendesk.add(agentA, "good", "2025-03-04T10:15:00Z");

        schedule.scheduledSync();
        assertThat(server.requests()).isEmpty();
        assertThat(storedScores(good)).isEmpty();

        SystemAuthentication.runAsSystem(() -> connector.save(new ZendeskSettingsDraft(subdomain, EMAIL, null, true)));
        Instant before = Instant.now();
        schedule.scheduledSync();

        assertThat(server.requests()).hasSize(1);
        assertThat(storedScores(good)).containsEntry(good, 1);
        ZendeskStatus status = status();
        assertThat(status.lastStatus()).isEqualTo(ZendeskSyncStatus.OK);
        assertThat(status.nextRunAt()).isAfterOrEqualTo(before.plus(status.syncEvery()));
    }

    // ---- helpers

    private ZendeskStatus status() {
        return SystemAuthentication.callAsSystem(connector::status);
    }

    private void awaitSyncEnd() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !status().running());
    }

    /** An agent whose external helpdesk id is a fresh Zendesk agent id; returns that id. */
    private long agent() {
        long id = ZendeskTestServer.uniqueId();
        agentWithId(id);
        return id;
    }

    private void agentWithId(long zendeskId) {
        String username = "zd" + zendeskId;
        SystemAuthentication.runAsSystem(() -> users.create(new UserDraft(username, "Agent " + zendeskId,
                username + "@example.test", Set.of(Roles.AGENT), null, null, String.valueOf(zendeskId), true),
                "correct-horse-42"));
    }

    /** Stored Zendesk ratings among these ids: id -> score. */
    private Map<Long, Integer> storedScoresOf(List<Long> ids) {
        Map<Long, Integer> scores = new java.util.HashMap<>();
        for (Long id : ids) {
            jdbc.query("select score from feedback_record where source_system = 'zendesk' and source_record_id = ?",
                    rs -> {
                        scores.put(id, rs.getInt(1));
                    }, String.valueOf(id));
        }
        return scores;
    }

    private Map<Long, Integer> storedScores(long... ids) {
        return storedScoresOf(java.util.Arrays.stream(ids).boxed().toList());
    }

    /**
     * Zendesk as far as the connector sees it: ratings filtered by start_time (created_at at or after it), in
     * pages of {@code pageSize} with an after_cursor that is the index of the next entry.
     */
    static final class FakeZendesk {
        private final int pageSize;
        private final List<String> ratings = new ArrayList<>();
        private final List<Instant> created = new ArrayList<>();

        FakeZendesk(int pageSize) {
            this.pageSize = pageSize;
        }

        long add(long agent, String score, String createdAt) {
            long id = ZendeskTestServer.uniqueId();
            ratings.add(ZendeskTestServer.rating(id, agent, score, createdAt, "Comment on " + id));
            created.add(Instant.parse(createdAt));
            return id;
        }

        Answer answer(ZendeskTestServer.Request request) {
            if (!request.path().equals("/api/v2/satisfaction_ratings")) {
                return Answer.status(404);
            }
            long start = Long.parseLong(request.query().getOrDefault("start_time", "0"));
            List<String> matching = new ArrayList<>();
            for (int i = 0; i < ratings.size(); i++) {
                if (created.get(i).getEpochSecond() >= start) {
                    matching.add(ratings.get(i));
                }
            }
            int from = Integer.parseInt(request.query().getOrDefault("page[after]", "0"));
            int to = Math.min(matching.size(), from + pageSize);
            String cursor = to < matching.size() ? String.valueOf(to) : null;
            return Answer.json(ZendeskTestServer.page(matching.subList(from, to), cursor, null));
        }
    }
}
