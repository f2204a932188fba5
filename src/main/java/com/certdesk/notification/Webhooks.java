package com.certdesk.notification;

import com.certdesk.base.ValidationException;
import com.certdesk.notification.internal.WebhookStore;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How features tell webhook endpoints that something happened: {@link #publish} stores the event and one pending
 * delivery for every active endpoint that receives its type, in the caller's transaction (so an action rolled back
 * sends nothing), and the outbox delivers them. Each event has a key naming what happened; an endpoint gets an event
 * once however often it is published (a daily job finding the same expired certificate again enqueues nothing).
 * An endpoint hears of events published from its creation on.
 */
@Service
public class Webhooks {

    static final int MAX_KEY = 200;
    static final int MAX_BODY = 20_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookStore store;
    private final Clock clock;

    Webhooks(WebhookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Queues the event for every active endpoint that receives its type; returns how many deliveries this made (0 when
     * nobody listens or every listener already has it). Values of {@code data} are strings, numbers, booleans, nulls,
     * dates and times (written as ISO-8601: {@code 2026-12-03}, {@code 2026-12-03T09:41:00Z}), lists or nested maps.
     * Callers run as a user allowed the action or as the system.
     *
     * @throws ValidationException for the test ping type (see {@link WebhookService#ping}), a blank or too long key
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public int publish(WebhookEventType type, String key, Instant occurredAt, Map<String, ?> data) {
        if (!type.subscribable()) {
            throw new ValidationException("A test ping is sent with WebhookService.ping, not published.");
        }
        checkKey(key);
        List<Long> endpoints = store.subscribers(type);
        if (endpoints.isEmpty()) {
            return 0;
        }
        long eventId = event(type, key, occurredAt, data);
        Instant now = clock.instant();
        int queued = 0;
        for (long endpoint : endpoints) {
            if (store.enqueue(eventId, endpoint, now)) {
                queued++;
            }
        }
        return queued;
    }

    /** Stores the event (once per key) and returns its row id. */
    long event(WebhookEventType type, String key, Instant occurredAt, Map<String, ?> data) {
        String publicId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String body = body(publicId, type, occurredAt.truncatedTo(ChronoUnit.SECONDS), data);
        if (body.length() > MAX_BODY) {
            throw new ValidationException("A webhook event's body may have at most " + MAX_BODY + " characters.");
        }
        return store.eventId(key, publicId, type, occurredAt, body);
    }

    static void checkKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new ValidationException("A webhook event needs a key of 1 to " + MAX_KEY + " characters.");
        }
    }

    /** {@code {"id","type","occurredAt","data":{...}}}, dates as ISO-8601 text. */
    static String body(String publicId, WebhookEventType type, Instant occurredAt, Map<String, ?> data) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", publicId);
        root.put("type", type.wireName());
        root.put("occurredAt", occurredAt.toString());
        root.set("data", JSON.valueToTree(plain(data)));
        return JSON.writeValueAsString(root);
    }

    /** The data with dates and times as their ISO-8601 text, whatever the mapper's defaults. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), v == null ? null : plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v == null ? null : plain(v)).toList();
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return value.toString();
        }
        return value;
    }
}
