package com.certdesk.notification.internal;

import com.certdesk.notification.WebhookDeliveryStatus;
import com.certdesk.security.SecretCipher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Delivers webhook events. Every {@code certdesk.webhooks.poll-interval} the poller claims due pending deliveries (a
 * conditional update with a lease, see {@link WebhookStore#claim}), POSTs each signed body with the JDK HTTP client
 * (connect and request timeouts, no redirects) and records the outcome: a 2xx answer delivers it; any other answer, a
 * timeout or a network error schedules the next attempt after the configured back-off, until the attempts are used up
 * and it is failed. Nothing is held in memory between polls: a restart, or a node that died mid-attempt (its lease
 * runs out), loses nothing, and a receiver may see a delivery twice, never none (they dedupe by the event id).
 */
@Component
public class WebhookOutbox {

    /** Purpose bound into the encrypted signing secret (see {@link SecretCipher}). */
    public static final String CIPHER_PURPOSE = "webhook-signing-secret";
    private static final Logger log = LoggerFactory.getLogger(WebhookOutbox.class);

    private final WebhookStore store;
    private final SecretCipher cipher;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final Executor executor;
    /** This poller's name in claimed_by: unique per process, so a restarted node does not think it holds old leases. */
    private final String pollerId = "poller-" + UUID.randomUUID();

    WebhookOutbox(WebhookStore store, SecretCipher cipher, WebhookProperties properties, Clock clock,
            @Qualifier("applicationTaskExecutor") Executor executor, io.micrometer.core.instrument.MeterRegistry meters) {
        this.meters = meters;
        this.store = store;
        this.executor = executor;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The scheduled poll: on one node at a time (the lock row {@code webhooks.deliver}). */
    @Scheduled(fixedDelayString = "${certdesk.webhooks.poll-interval:10s}",
            initialDelayString = "${certdesk.webhooks.poll-interval:10s}")
    @SchedulerLock(name = "webhooks.deliver", lockAtMostFor = "PT15M")
    void scheduledDelivery() {
        deliverDue();
    }

    /** One poll: every due delivery gets an attempt; returns how many attempts were made. */
    public int deliverDue() {
        int attempts = 0;
        List<Long> due = store.due(clock.instant(), properties.batch());
        for (long id : due) {
            try {
                if (attempt(id)) {
                    attempts++;
                }
            } catch (RuntimeException e) {
                // a bad row never stops the others
                log.error("Could not process webhook delivery {}", id, e);
            }
        }
        return attempts;
    }

    /**
     * A test ping or a retry is tried at once, on a worker thread after the commit, so the administrator sees the
     * answer in seconds; the claim keeps the poller from sending it a second time meanwhile.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRequested(WebhookAttemptRequested event) {
        executor.execute(() -> {
            try {
                attempt(event.deliveryId());
            } catch (RuntimeException e) {
                log.error("Could not process webhook delivery {}", event.deliveryId(), e);
            }
        });
    }

    /** One attempt at the delivery if this poller can claim it; false when it was not due or someone else has it. */
    boolean attempt(long id) {
        Instant now = clock.instant();
        if (!claim(id, now)) {
            return false;
        }
        Optional<WebhookStore.Attempt> found = store.attempt(id);
        if (found.isEmpty()) {
            return false;
        }
        WebhookStore.Attempt a = found.get();
        if (!a.active()) {
            store.fail(id, pollerId, "Not sent: the endpoint is deactivated.");
            return false;
        }
        long timestamp = now.getEpochSecond();
        Integer status = null;
        String error = null;
        try {
            String secret = cipher.decrypt(store.secret(a.endpointId()).orElseThrow(), CIPHER_PURPOSE);
            HttpRequest request = HttpRequest.newBuilder(URI.create(a.url())).timeout(properties.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Certdesk-Webhooks/1")
                    .header(WebhookSignatures.ID_HEADER, a.publicId())
                    .header(WebhookSignatures.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(WebhookSignatures.SIGNATURE_HEADER, WebhookSignatures.signature(secret, timestamp, a.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(a.body())).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status >= 200 && status < 300) {
                store.recordAttempt(id, pollerId, WebhookDeliveryStatus.DELIVERED, clock.instant(), status, null, null);
                count("delivered");
                log.debug("Webhook delivery {} ({}) delivered: HTTP {}", id, a.publicId(), status);
                return true;
            }
            error = status >= 300 && status < 400 ? "redirects are not followed" : null;
        } catch (HttpTimeoutException e) {
            error = "Timed out: " + e.getMessage();
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted (shutting down); will retry";
        } catch (com.certdesk.base.ValidationException e) {
            // the secret cannot be read (no key, or another key): retrying later may work once the key is back
            error = e.getMessage();
        }
        failed(a, status, error);
        return true;
    }

    /**
     * {@code certdesk.webhook.deliveries}: delivery attempts by outcome: delivered, retrying (failed, tried again
     * later), failed (the last attempt failed).
     */
    private void count(String outcome) {
        io.micrometer.core.instrument.Counter.builder("certdesk.webhook.deliveries")
                .description("Webhook delivery attempts").tag("outcome", outcome)
                .register(meters).increment();
    }

    private void failed(WebhookStore.Attempt a, @Nullable Integer status, @Nullable String error) {
        Instant at = clock.instant();
        int attempt = a.attempts() + 1;
        if (attempt >= properties.maxAttempts()) {
            store.recordAttempt(a.id(), pollerId, WebhookDeliveryStatus.FAILED, at, status, error, null);
            count("failed");
            log.warn("Webhook delivery {} ({}) to endpoint {} failed after {} attempts: {}", a.id(), a.publicId(),
                    a.endpointId(), attempt, status != null ? "HTTP " + status : error);
        } else {
            Instant next = at.plus(backoff(attempt));
            store.recordAttempt(a.id(), pollerId, WebhookDeliveryStatus.PENDING, at, status, error, next);
            count("retrying");
            log.info("Webhook delivery {} ({}) attempt {} failed ({}); next attempt at {}", a.id(), a.publicId(),
                    attempt, status != null ? "HTTP " + status : error, next);
        }
    }

    /** The wait after the n-th failed attempt (1-based). */
    Duration backoff(int failedAttempts) {
        List<Duration> waits = properties.backoff();
        return waits.get(Math.min(failedAttempts, waits.size()) - 1);
    }

    private boolean claim(long id, Instant now) {
        try {
            return store.claim(id, pollerId, now, now.plus(properties.lease()));
        } catch (DataAccessException concurrentClaim) {
            // another poller holds the row lock: it is delivering this one
            return false;
        }
    }
}
