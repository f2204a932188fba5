package com.certdesk.feedback.internal;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.ImportResult;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingRules;
import com.certdesk.feedback.RatingsBusyException;
import com.certdesk.feedback.RatingsRejectedException;
import com.certdesk.feedback.ZendeskSyncStatus;
import com.certdesk.security.SecretCipher;
import com.certdesk.security.SystemAuthentication;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * One sync of Zendesk satisfaction ratings: {@code GET /api/v2/satisfaction_ratings?start_time=…&page[size]=100}
 * and the cursor pages after it, each page stored through {@link FeedbackImports#store} as the system and recorded
 * in the sync state (next page, newest time seen, counts) before the next page is asked for. A run that stops
 * (restart, failure, rate limit) leaves its next page in the state and the next run continues there; a page stored
 * twice (stopped between storing and recording) is harmless, the core skips stored ratings as duplicates.
 * Ratings the core refuses because their agent is unknown are left out of the page and recorded (ADR 006).
 */
@Component
public class ZendeskSync {

    static final String BASE_URL_PROPERTY = "certdesk.feedback.zendesk.base-url";
    static final String TOKEN_PURPOSE = "zendesk-api-token";
    static final String FORMAT = "ZENDESK_API";
    static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private static final Logger log = LoggerFactory.getLogger(ZendeskSync.class);

    /** How a run ended. */
    public record Outcome(ZendeskSyncStatus status, String message) {
    }

    private final ZendeskStore store;
    private final SecretCipher cipher;
    private final ObjectProvider<FeedbackImports> imports;
    private final ZendeskProperties properties;
    private final Environment environment;
    private final ObjectMapper json;
    private final Clock clock;

    ZendeskSync(ZendeskStore store, SecretCipher cipher, ObjectProvider<FeedbackImports> imports, ZendeskProperties properties,
            Environment environment, ObjectMapper json, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.imports = imports;
        this.properties = properties;
        this.environment = environment;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Where the connector sends its requests: {@code https://SUB.zendesk.com}, or the override
     * {@value #BASE_URL_PROPERTY} (a proxy, a test server), read at every sync.
     */
    String baseUrl(String subdomain) {
        String override = environment.getProperty(BASE_URL_PROPERTY);
        if (override != null && !override.isBlank()) {
            String b = override.strip();
            return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        }
        return "https://" + subdomain + ".zendesk.com";
    }

    /**
     * Runs one sync unless one is running on any node, the connection is incomplete, or Zendesk asked to wait.
     * Blocks until the run ends; the caller decides on which thread (scheduler, "Sync now" executor).
     */
    public Outcome runOnce() {
        Optional<ZendeskStore.Connection> found = store.connection();
        if (found.isEmpty() || found.get().tokenCipher() == null) {
            return new Outcome(ZendeskSyncStatus.NEVER, "The Zendesk connection is not set up.");
        }
        ZendeskStore.Connection connection = found.get();
        Instant now = clock.instant();
        ZendeskStore.State state = store.state();
        if (state.rateLimitedUntil() != null && now.isBefore(state.rateLimitedUntil())) {
            return new Outcome(ZendeskSyncStatus.RATE_LIMITED, "Rate limited by Zendesk until "
                    + state.rateLimitedUntil());
        }
        String owner = UUID.randomUUID().toString();
        if (!store.acquire(owner, now, now.minus(properties.staleAfter()))) {
            return new Outcome(ZendeskSyncStatus.RUNNING, "A sync is already running.");
        }
        try (ZendeskHttp http = new ZendeskHttp(properties.connectTimeout(), properties.requestTimeout())) {
            return run(connection, owner, http);
        } catch (RuntimeException e) {
            log.warn("Zendesk sync failed", e);
            String message = "The sync stopped: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            store.finish(owner, clock.instant(), ZendeskSyncStatus.FAILED, message, null);
            return new Outcome(ZendeskSyncStatus.FAILED, message);
        } finally {
            store.release(owner);
        }
    }

    private Outcome run(ZendeskStore.Connection connection, String owner, ZendeskHttp http) {
        String token;
        try {
            token = cipher.decrypt(connection.tokenCipher(), TOKEN_PURPOSE);
        } catch (ValidationException e) {
            return end(owner, ZendeskSyncStatus.FAILED, e.getMessage(), null);
        }
        String base = baseUrl(connection.subdomain());
        String authorization = ZendeskHttp.authorization(connection.agentEmail(), token);
        ZendeskStore.State state = store.state();
        URI next;
        long startTime;
        long newest;
        int page;
        if (state.runNextUrl() != null && state.runStartTime() != null && sameOrigin(state.runNextUrl(), base)) {
            next = URI.create(state.runNextUrl());
            startTime = state.runStartTime();
            newest = state.runNewest() == null ? startTime : state.runNewest();
            page = state.pages() + 1;
            store.resume(owner, "Continuing the sync that stopped after page " + state.pages() + ".");
        } else {
            startTime = state.syncedUpTo() == null ? 0 : state.syncedUpTo();
            next = firstPage(base, startTime);
            newest = startTime;
            page = 1;
            store.beginFresh(owner, clock.instant(), startTime);
        }
        String subdomain = connection.subdomain();
        while (true) {
            ZendeskHttp.Response response = fetch(http, next, authorization);
            switch (response) {
                case ZendeskHttp.Response.RateLimited limited -> {
                    Instant until = limited.until() == null ? clock.instant().plus(properties.maxRetryWait())
                            : limited.until();
                    return end(owner, ZendeskSyncStatus.RATE_LIMITED, "Zendesk asked Certdesk to wait (HTTP 429) "
                            + "until " + until + "; the sync continues with page " + page + " after that.", until);
                }
                case ZendeskHttp.Response.Refused refused -> {
                    return end(owner, ZendeskSyncStatus.AUTH_REFUSED, "Zendesk refused the token (HTTP "
                            + refused.status() + "). Check the agent e-mail and the API token, and that token "
                            + "access is turned on in Zendesk (Admin Center > Apps and integrations > Zendesk API).",
                            null);
                }
                case ZendeskHttp.Response.Failed failed -> {
                    return end(owner, ZendeskSyncStatus.FAILED, failed.message() + (page > 1
                            ? "; the next sync continues with page " + page + "." : "."), null);
                }
                case ZendeskHttp.Response.Ok ok -> {
                    JsonNode body;
                    try {
                        body = json.readTree(ok.body());
                    } catch (JacksonException e) {
                        return end(owner, ZendeskSyncStatus.FAILED, "Zendesk sent page " + page
                                + " that is not JSON.", null);
                    }
                    JsonNode ratings = body.get("satisfaction_ratings");
                    if (ratings == null || !ratings.isArray()) {
                        return end(owner, ZendeskSyncStatus.FAILED, "Zendesk sent page " + page
                                + " without satisfaction_ratings.", null);
                    }
                    PageResult result;
                    try {
                        result = storePage(subdomain, page, ratings);
                    } catch (RatingsBusyException busy) {
                        // a file import holds some of these keys until it ends: nothing of the page was stored
                        return end(owner, ZendeskSyncStatus.WAITING, "A file import is storing some of the ratings "
                                + "of page " + page + " right now; the next sync continues with page " + page + ".",
                                null);
                    }
                    newest = Math.max(newest, result.newest());
                    URI following = nextPage(body, base, startTime);
                    if (following != null && following.equals(next)) {
                        return end(owner, ZendeskSyncStatus.FAILED, "Zendesk sent the same cursor twice after page "
                                + page + ".", null);
                    }
                    boolean recorded = store.pageDone(owner, clock.instant(),
                            following == null ? null : following.toString(), newest, result.counts(),
                            result.skipped(), result.storedIds());
                    if (!recorded) {
                        log.warn("Zendesk sync lost its run guard after page {}; stopping", page);
                        return new Outcome(ZendeskSyncStatus.FAILED, "Another node took over the sync.");
                    }
                    if (following == null) {
                        ZendeskStore.State done = store.state();
                        String message = "Synced " + done.pages() + (done.pages() == 1 ? " page: " : " pages: ")
                                + done.ratingsStored() + " new ratings, " + done.duplicates() + " already stored"
                                + (done.skippedUnknown() > 0 ? ", " + done.skippedUnknown()
                                + " skipped (agents unknown to Certdesk)" : "")
                                + (done.skippedInvalid() > 0 ? ", " + done.skippedInvalid() + " unreadable" : "")
                                + ".";
                        return end(owner, ZendeskSyncStatus.OK, message, null);
                    }
                    next = following;
                    page++;
                }
            }
        }
    }

    private Outcome end(String owner, ZendeskSyncStatus status, String message, @Nullable Instant rateLimitedUntil) {
        store.finish(owner, clock.instant(), status, message, rateLimitedUntil);
        return new Outcome(status, message);
    }

    /**
     * One page with bounded retries: 5xx and network errors after a doubling backoff; 429 after its Retry-After
     * when that is at most {@code maxRetryWait} (a longer wait ends the run, the scheduler thread never sleeps long).
     */
    private ZendeskHttp.Response fetch(ZendeskHttp http, URI uri, String authorization) {
        Duration backoff = properties.retryBackoff();
        for (int attempt = 0; ; attempt++) {
            Instant now = clock.instant();
            ZendeskHttp.Response response = http.get(uri, authorization, now);
            boolean last = attempt >= properties.retries();
            Duration wait;
            if (response instanceof ZendeskHttp.Response.RateLimited limited) {
                wait = limited.until() == null ? backoff : Duration.between(now, limited.until());
                if (last || wait.compareTo(properties.maxRetryWait()) > 0) {
                    return limited.until() == null ? new ZendeskHttp.Response.RateLimited(now.plus(wait)) : limited;
                }
            } else if (response instanceof ZendeskHttp.Response.Failed failed && failed.retryable() && !last) {
                wait = backoff;
                backoff = backoff.multipliedBy(2);
            } else {
                return response;
            }
            log.info("Zendesk page {}: waiting {} ms before trying again", uri, wait.toMillis());
            try {
                Thread.sleep(Math.max(0, wait.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ZendeskHttp.Response.Failed("The sync was interrupted", false);
            }
        }
    }

    record PageResult(ZendeskStore.PageCounts counts, List<ZendeskStore.Skipped> skipped, List<String> storedIds,
            long newest) {
    }

    /** Maps a page (through {@link ZendeskRatings}, the one mapping) and stores it, leaving out refused ratings. */
    PageResult storePage(String subdomain, int page, JsonNode ratings) {
        List<RatingInput> toStore = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<ZendeskStore.Skipped> skipped = new ArrayList<>();
        int notRatings = 0;
        long newest = 0;
        for (JsonNode element : ratings) {
            Instant created = time(element, "created_at");
            newest = Math.max(newest, seconds(created));
            newest = Math.max(newest, seconds(time(element, "updated_at")));
            switch (ZendeskRatings.fromJson(element)) {
                case ZendeskRatings.Outcome.Rating r -> {
                    // the same rating twice in one page (Zendesk sent it twice): the first one counts
                    if (keys.add(r.rating().sourceRecordId() + "\u0000" + r.rating().questionKey())) {
                        toStore.add(r.rating());
                    }
                }
                case ZendeskRatings.Outcome.NotARating n -> notRatings++;
                case ZendeskRatings.Outcome.Problem p -> skipped.add(new ZendeskStore.Skipped(
                        Optional.ofNullable(ZendeskRatings.text(element, "id")).orElse("page " + page + " #"
                                + skipped.size()), false, ZendeskRatings.text(element, "assignee_id"), p.message(),
                        created));
            }
        }
        String description = "Zendesk " + subdomain + " page " + page;
        long imported = 0;
        long duplicates = 0;
        int unknown = 0;
        int invalid = skipped.size();
        // store is all or nothing: leave out what it refused and store the rest (at most twice more)
        for (int attempt = 0; !toStore.isEmpty(); attempt++) {
            List<RatingInput> batch = List.copyOf(toStore);
            try {
                ImportResult result = SystemAuthentication.callAsSystem(() -> imports.getObject().store(BatchOrigin.CONNECTOR,
                        FORMAT, description, batch));
                imported += result.imported();
                duplicates += result.duplicates();
                break;
            } catch (RatingsRejectedException e) {
                if (attempt >= 2) {
                    throw e;
                }
                Set<Integer> refused = new HashSet<>();
                Instant now = clock.instant();
                for (RatingsRejectedException.ItemProblem problem : e.problems()) {
                    if (!refused.add(problem.index()) || problem.index() < 0 || problem.index() >= batch.size()) {
                        continue;
                    }
                    RatingInput r = batch.get(problem.index());
                    // what RatingRules finds wrong is the rating's own fault; with keys unique in the page (above),
                    // the only other reason the core has is an agent that matches no user
                    boolean unknownAgent = RatingRules.problems(r, now).isEmpty();
                    if (unknownAgent) {
                        unknown++;
                    } else {
                        invalid++;
                    }
                    skipped.add(new ZendeskStore.Skipped(r.sourceRecordId(), unknownAgent, r.agentId(),
                            String.join("; ", problem.reasons()), r.respondedAt()));
                }
                toStore = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    if (!refused.contains(i)) {
                        toStore.add(batch.get(i));
                    }
                }
            }
        }
        List<String> storedIds = toStore.stream().map(RatingInput::sourceRecordId).toList();
        return new PageResult(new ZendeskStore.PageCounts((int) imported, (int) duplicates, notRatings, unknown,
                invalid), skipped, storedIds, newest);
    }

    URI firstPage(String base, long startTime) {
        return URI.create(base + "/api/v2/satisfaction_ratings?start_time=" + startTime + "&page%5Bsize%5D="
                + properties.pageSize());
    }

    /**
     * The page after this one: none unless meta.has_more; built from meta.after_cursor (with the run's start_time),
     * else links.next when it points at the same server (credentials never go to another host).
     */
    @Nullable URI nextPage(JsonNode body, String base, long startTime) {
        JsonNode meta = body.path("meta");
        if (!meta.path("has_more").asBoolean(false)) {
            return null;
        }
        String after = ZendeskRatings.text(meta, "after_cursor");
        if (after != null) {
            return URI.create(firstPage(base, startTime) + "&page%5Bafter%5D="
                    + URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        String link = ZendeskRatings.text(body.path("links"), "next");
        if (link != null && sameOrigin(link, base)) {
            return URI.create(link);
        }
        throw new ValidationException("Zendesk said there are more pages but gave no cursor for them.");
    }

    static boolean sameOrigin(String url, String base) {
        try {
            URI a = URI.create(url);
            URI b = URI.create(base);
            return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
                    && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static @Nullable Instant time(JsonNode element, String field) {
        String text = ZendeskRatings.text(element, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long seconds(@Nullable Instant instant) {
        return instant == null ? 0 : instant.getEpochSecond();
    }
}
