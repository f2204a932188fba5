package com.certdesk.notification;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.notification.internal.WebhookAttemptRequested;
import com.certdesk.notification.internal.WebhookOutbox;
import com.certdesk.notification.internal.WebhookSignatures;
import com.certdesk.notification.internal.WebhookStore;
import com.certdesk.notification.internal.WebhookUrls;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import com.certdesk.security.SecretCipher;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook endpoints and their deliveries, for administrators only: register an endpoint (its signing secret is
 * generated here and returned once), change, deactivate or delete it, rotate its secret, send it a test ping, see
 * the deliveries and retry a failed one. Every change is in the audit log.
 */
@Service
@Transactional(readOnly = true)
public class WebhookService {

    public static final int MAX_NAME = 100;
    /** An organization has a few receivers; a cap keeps the endpoint list one short page. */
    public static final int MAX_ENDPOINTS = 50;
    private static final String CIPHER_PURPOSE = WebhookOutbox.CIPHER_PURPOSE;
    private static final String NOT_FOUND = "This webhook endpoint does not exist (was it deleted?).";

    private final WebhookStore store;
    private final Webhooks webhooks;
    private final SecretCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookService(WebhookStore store, Webhooks webhooks, SecretCipher cipher, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.webhooks = webhooks;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why no endpoint can be registered (no secrets key configured), or null when they can. */
    @PreAuthorize(Roles.IS_ADMIN)
    public @Nullable String unavailableBecause() {
        return cipher.keyProblem();
    }

    /** Every endpoint, by name (there are at most {@value #MAX_ENDPOINTS}). */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<WebhookEndpointView> endpoints() {
        return store.endpoints();
    }

    /** Every endpoint, by name, with its newest delivery and how many failed or are being retried. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<WebhookEndpointSummary> summaries() {
        var health = store.health();
        return store.endpoints().stream().map(e -> new WebhookEndpointSummary(e, health.get(e.id()))).toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public WebhookEndpointView endpoint(long id) {
        return store.endpoint(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /**
     * Registers an endpoint with a new signing secret, returned this once.
     *
     * @throws ValidationException for a blank, too long or taken name, an address {@link WebhookUrls} refuses, no
     *         event type, too many endpoints, or no secrets key to store the secret with
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public CreatedWebhookSecret create(WebhookEndpointDraft draft) {
        String name = name(draft.name(), 0);
        String url = WebhookUrls.check(draft.url()).toString();
        var types = types(draft);
        if (store.endpoints().size() >= MAX_ENDPOINTS) {
            throw new ValidationException("There are already " + MAX_ENDPOINTS + " endpoints; delete one you no "
                    + "longer use first.");
        }
        String secret = WebhookSignatures.newSecret();
        String encrypted = cipher.encrypt(secret, CIPHER_PURPOSE);
        long id = store.insertEndpoint(name, url, types, draft.active(), encrypted, now(), caller());
        WebhookEndpointView created = endpoint(id);
        audit.record(AuditKind.WEBHOOK_CREATED, "webhook endpoint '" + name + "' (" + id + ") " + url + " for ["
                + wireNames(created) + "]" + (created.active() ? "" : ", inactive"));
        return new CreatedWebhookSecret(created, secret);
    }

    /**
     * Changes an endpoint's name, address, event types or active flag (its secret stays).
     *
     * @throws ValidationException as for {@link #create}, or a {@link StaleEditException} when someone changed it since
     *         the form loaded version {@code draft.version()}
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public WebhookEndpointView update(long id, WebhookEndpointDraft draft) {
        WebhookEndpointView before = endpoint(id);
        StaleEditException.check("the webhook endpoint " + before.name(), draft.version(), before.version());
        String name = name(draft.name(), id);
        String url = WebhookUrls.check(draft.url()).toString();
        var types = types(draft);
        if (!store.updateEndpoint(id, draft.version(), name, url, types, draft.active(), now())) {
            throw new StaleEditException("the webhook endpoint " + before.name());
        }
        WebhookEndpointView after = endpoint(id);
        audit.record(AuditKind.WEBHOOK_CHANGED, "webhook endpoint '" + name + "' (" + id + "): " + changes(before,
                after));
        return after;
    }

    /** Deletes an endpoint with its deliveries; nothing more is sent to it. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void delete(long id) {
        WebhookEndpointView endpoint = endpoint(id);
        store.deleteEndpoint(id);
        audit.record(AuditKind.WEBHOOK_DELETED, "webhook endpoint '" + endpoint.name() + "' (" + id + ") "
                + endpoint.url());
    }

    /**
     * Replaces the endpoint's signing secret with a new one, returned this once; deliveries from now on (retries of
     * older ones too) are signed with it.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public CreatedWebhookSecret rotateSecret(long id) {
        WebhookEndpointView endpoint = endpoint(id);
        String secret = WebhookSignatures.newSecret();
        store.replaceSecret(id, cipher.encrypt(secret, CIPHER_PURPOSE), now());
        audit.record(AuditKind.WEBHOOK_SECRET_ROTATED, "webhook endpoint '" + endpoint.name() + "' (" + id + ")");
        return new CreatedWebhookSecret(endpoint(id), secret);
    }

    /**
     * Queues a test event ({@code ping}) for this endpoint alone, signed and retried like any other and tried at once
     * after the commit (not at the next poll); returns the delivery's id.
     *
     * @throws ValidationException when the endpoint is deactivated
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public long ping(long endpointId) {
        WebhookEndpointView endpoint = endpoint(endpointId);
        if (!endpoint.active()) {
            throw new ValidationException("The endpoint is deactivated: activate it to send it a test ping.");
        }
        Instant now = now();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", endpoint.id());
        data.put("endpointName", endpoint.name());
        data.put("message", "A test delivery from Certdesk: if the signature checks out, this endpoint is set up.");
        long eventId = webhooks.event(WebhookEventType.PING, "ping:" + UUID.randomUUID(), now, data);
        store.enqueue(eventId, endpointId, now);
        long deliveryId = store.deliveries(endpointId, null, 0, 1).getFirst().id();
        events.publishEvent(new WebhookAttemptRequested(deliveryId));
        return deliveryId;
    }

    /** Deliveries, newest first, of one endpoint or all ({@code null}), of one status or all. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Page<WebhookDeliveryView> deliveries(@Nullable Long endpointId, @Nullable WebhookDeliveryStatus status,
            Pageable pageable) {
        long total = store.countDeliveries(endpointId, status);
        if (pageable.isUnpaged()) {
            throw new IllegalArgumentException("deliveries are read a page at a time");
        }
        List<WebhookDeliveryView> rows = pageable.getOffset() >= total ? List.of()
                : store.deliveries(endpointId, status, pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(rows, pageable, total);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public long countDeliveries(@Nullable Long endpointId, @Nullable WebhookDeliveryStatus status) {
        return store.countDeliveries(endpointId, status);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public WebhookDeliveryView delivery(long id) {
        return store.delivery(id).orElseThrow(() -> new NotFoundException("This delivery does not exist."));
    }

    /**
     * Sends a failed delivery again, at once after the commit (one more attempt; if that fails too it is failed again).
     *
     * @throws ValidationException when it is not failed (pending or delivered)
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public WebhookDeliveryView retry(long deliveryId) {
        WebhookDeliveryView delivery = delivery(deliveryId);
        if (!store.retry(deliveryId, now())) {
            throw new ValidationException(delivery.status() == WebhookDeliveryStatus.DELIVERED
                    ? "This delivery was delivered; there is nothing to retry."
                    : "This delivery is still pending: it is retried on its own.");
        }
        events.publishEvent(new WebhookAttemptRequested(deliveryId));
        return delivery(deliveryId);
    }

    private String name(String text, long id) {
        String name = text.strip();
        if (name.isEmpty()) {
            throw new ValidationException("Give the endpoint a name that says which system receives the events.");
        }
        if (name.length() > MAX_NAME) {
            throw new ValidationException("The name is longer than " + MAX_NAME + " characters.");
        }
        if (store.nameTaken(name, id)) {
            throw new ValidationException("An endpoint named \"" + name + "\" already exists; choose another name.");
        }
        return name;
    }

    private static EnumSet<WebhookEventType> types(WebhookEndpointDraft draft) {
        if (draft.eventTypes().isEmpty()) {
            throw new ValidationException("Choose at least one event the endpoint receives.");
        }
        if (draft.eventTypes().contains(WebhookEventType.PING)) {
            throw new ValidationException("The test ping is sent with the Ping button, it cannot be subscribed to.");
        }
        return EnumSet.copyOf(draft.eventTypes());
    }

    private static String wireNames(WebhookEndpointView e) {
        return e.eventTypes().stream().sorted().map(WebhookEventType::wireName).collect(Collectors.joining(" "));
    }

    private static String changes(WebhookEndpointView before, WebhookEndpointView after) {
        List<String> parts = new java.util.ArrayList<>();
        if (!before.name().equals(after.name())) {
            parts.add("name was '" + before.name() + "'");
        }
        if (!before.url().equals(after.url())) {
            parts.add("address " + before.url() + " \u2192 " + after.url());
        }
        if (!before.eventTypes().equals(after.eventTypes())) {
            parts.add("events [" + wireNames(before) + "] \u2192 [" + wireNames(after) + "]");
        }
        if (before.active() != after.active()) {
            parts.add(after.active() ? "activated" : "deactivated");
        }
        return parts.isEmpty() ? "saved unchanged" : String.join(", ", parts);
    }

    private static String caller() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? SystemAuthentication.SYSTEM : auth.getName();
    }

    /** The clock's time as the database keeps it (microseconds). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
