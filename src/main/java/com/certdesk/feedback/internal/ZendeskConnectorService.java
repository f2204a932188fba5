package com.certdesk.feedback.internal;

import com.certdesk.base.HasDisplayName;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.ZendeskConnector;
import com.certdesk.feedback.ZendeskSettingsDraft;
import com.certdesk.feedback.ZendeskStatus;
import com.certdesk.feedback.ZendeskSyncStatus;
import com.certdesk.security.SecretCipher;
import com.certdesk.security.SystemAuthentication;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The connector's settings and its "sync now". Authorization is on {@link ZendeskConnector}'s methods (admins only);
 * the token is encrypted here before it reaches the database and never leaves this class in plain text.
 */
@Service
class ZendeskConnectorService implements ZendeskConnector {

    private static final Logger log = LoggerFactory.getLogger(ZendeskConnectorService.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_TOKEN = 500;

    private final ZendeskStore store;
    private final ZendeskSync sync;
    private final SecretCipher cipher;
    private final ZendeskProperties properties;
    private final ZendeskSchedule schedule;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("zendesk-sync-now").daemon().factory());
    /** A "sync now" queued or running on this node: a double click starts one sync. */
    private final AtomicBoolean requested = new AtomicBoolean();

    ZendeskConnectorService(ZendeskStore store, ZendeskSync sync, SecretCipher cipher, ZendeskProperties properties,
            ZendeskSchedule schedule, Clock clock) {
        this.store = store;
        this.sync = sync;
        this.cipher = cipher;
        this.properties = properties;
        this.schedule = schedule;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public ZendeskStatus status() {
        Optional<ZendeskStore.Connection> connection = store.connection();
        ZendeskStore.State s = store.state();
        Instant now = clock.instant();
        Instant runningSince = s.runningSince() != null && s.runningSince().isAfter(now.minus(properties.staleAfter()))
                ? s.runningSince() : null;
        if (runningSince == null && requested.get()) {
            runningSince = now;  // queued on this node, about to take the guard
        }
        boolean enabled = connection.map(ZendeskStore.Connection::enabled).orElse(false);
        boolean hasToken = connection.map(c -> c.tokenCipher() != null).orElse(false);
        Instant next = null;
        if (enabled && hasToken) {
            next = schedule.nextRunAt();
            if (s.rateLimitedUntil() != null && s.rateLimitedUntil().isAfter(next)) {
                next = s.rateLimitedUntil();
            }
        }
        ZendeskSyncStatus status = runningSince != null ? ZendeskSyncStatus.RUNNING
                : s.lastStatus() == ZendeskSyncStatus.RUNNING ? ZendeskSyncStatus.FAILED : s.lastStatus();
        String message = status == ZendeskSyncStatus.FAILED && s.lastStatus() == ZendeskSyncStatus.RUNNING
                ? "The sync stopped without finishing (the server restarted?); the next sync continues after page "
                + s.pages() + "." : s.lastMessage();
        return new ZendeskStatus(connection.map(ZendeskStore.Connection::subdomain).orElse(null),
                connection.map(ZendeskStore.Connection::agentEmail).orElse(null),
                connection.map(ZendeskStore.Connection::tokenSavedAt).orElse(null), enabled,
                connection.map(c -> sync.baseUrl(c.subdomain())).orElse(null), cipher.keyProblem(), status, message,
                s.lastStartedAt(), s.lastFinishedAt(), runningSince, s.rateLimitedUntil(),
                s.syncedUpTo() == null ? null : Instant.ofEpochSecond(s.syncedUpTo()), s.runNextUrl() != null,
                s.pages(), s.ratingsStored(), s.duplicates(), s.notRatings(), s.skippedUnknown(), s.skippedInvalid(),
                store.skippedCount(true), store.unknownAgents(ZendeskStatus.AGENTS_LISTED), store.skippedCount(false),
                next, properties.syncEvery());
    }

    @Override
    public ZendeskStatus save(ZendeskSettingsDraft draft) {
        String subdomain = subdomain(draft.subdomain());
        String email = draft.agentEmail() == null ? "" : draft.agentEmail().strip();
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            throw new ValidationException("Enter the e-mail address of the Zendesk agent the API token belongs to.");
        }
        Optional<ZendeskStore.Connection> existing = store.connection();
        String newToken = draft.newToken() == null ? null : draft.newToken().strip();
        String tokenCipher = existing.map(ZendeskStore.Connection::tokenCipher).orElse(null);
        Instant tokenSavedAt = existing.map(ZendeskStore.Connection::tokenSavedAt).orElse(null);
        Instant now = clock.instant();
        if (newToken != null && !newToken.isEmpty()) {
            if (newToken.length() > MAX_TOKEN || newToken.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
                throw new ValidationException("That does not look like a Zendesk API token (letters and digits, "
                        + "no spaces).");
            }
            tokenCipher = cipher.encrypt(newToken, ZendeskSync.TOKEN_PURPOSE);  // refuses without a key
            tokenSavedAt = now;
        }
        if (tokenCipher == null) {
            throw new ValidationException("Enter the Zendesk API token (Admin Center > Apps and integrations > "
                    + "Zendesk API > Add API token).");
        }
        boolean otherAccount = existing.isPresent() && !existing.get().subdomain().equals(subdomain);
        if (otherAccount) {
            if (store.state().runningSince() != null) {
                throw new ValidationException("A sync is running; change the subdomain when it has finished.");
            }
            store.resetState();
        }
        store.saveConnection(subdomain, email, tokenCipher, tokenSavedAt, draft.enabled(), now, caller());
        log.info("Zendesk connection saved by {}: subdomain {}, enabled {}, token {}", caller(), subdomain,
                draft.enabled(), newToken != null && !newToken.isEmpty() ? "replaced" : "kept");
        return status();
    }

    @Override
    public ZendeskStatus removeToken() {
        store.connection().ifPresent(c -> store.saveConnection(c.subdomain(), c.agentEmail(), null, null, false,
                clock.instant(), caller()));
        log.info("Zendesk API token removed by {}", caller());
        return status();
    }

    @Override
    public SyncRequest syncNow() {
        ZendeskStatus status = status();
        if (!status.configured()) {
            return new SyncRequest(false, "Enter the subdomain, agent e-mail and API token first.");
        }
        if (status.running()) {
            return new SyncRequest(false, "A sync is already running.");
        }
        if (status.rateLimitedUntil() != null && status.rateLimitedUntil().isAfter(clock.instant())) {
            return new SyncRequest(false, "Zendesk asked Certdesk to wait until " + status.rateLimitedUntil()
                    + "; the sync continues then.");
        }
        if (!requested.compareAndSet(false, true)) {
            return new SyncRequest(false, "A sync is already running.");
        }
        String by = caller();
        try {
            executor.execute(() -> {
                try {
                    ZendeskSync.Outcome outcome = SystemAuthentication.callAsSystem(sync::runOnce);
                    log.info("Zendesk sync asked for by {}: {} {}", by, outcome.status(), outcome.message());
                } catch (RuntimeException e) {
                    log.warn("Zendesk sync asked for by {} failed", by, e);
                } finally {
                    requested.set(false);
                }
            });
        } catch (RuntimeException e) {
            requested.set(false);
            throw e;
        }
        return new SyncRequest(true, "Sync started.");
    }

    @Override
    public SyncRequest fetchSkippedAgain() {
        Instant earliest = store.earliestUnknownAgentRating();
        if (earliest == null) {
            return new SyncRequest(false, "No ratings were skipped for unknown agents.");
        }
        if (status().running()) {
            return new SyncRequest(false, "A sync is already running; try again when it has finished.");
        }
        store.rewind(earliest.getEpochSecond(), false);
        return syncNow();
    }

    /** The subdomain as typed, or as part of a pasted address (https://acme.zendesk.com/...), lower case. */
    static String subdomain(@Nullable String typed) {
        String s = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("https://") || s.startsWith("http://")) {
            s = s.substring(s.indexOf("//") + 2);
            int slash = s.indexOf('/');
            if (slash >= 0) {
                s = s.substring(0, slash);
            }
        }
        if (s.endsWith(".zendesk.com")) {
            s = s.substring(0, s.length() - ".zendesk.com".length());
        }
        if (!ZendeskSync.SUBDOMAIN.matcher(s).matches()) {
            throw new ValidationException("The subdomain is the NAME in https://NAME.zendesk.com: letters a-z, "
                    + "digits and hyphens only.");
        }
        return s;
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return SystemAuthentication.SYSTEM;
        }
        return auth.getPrincipal() instanceof HasDisplayName named ? named.displayName() : auth.getName();
    }
}
