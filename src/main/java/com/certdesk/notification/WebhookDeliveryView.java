package com.certdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event's delivery to one endpoint: when it was queued, its status, how many attempts were made, the last answer
 * (HTTP status or error) and when the next attempt is due. {@code eventId} is the id receivers see and dedupe by;
 * {@code eventKey} names what happened ({@code certificate-issued:42}), once per event.
 */
public record WebhookDeliveryView(long id, long endpointId, String endpointName, String eventId, String eventKey,
        WebhookEventType type, Instant createdAt, WebhookDeliveryStatus status, int attempts,
        @Nullable Instant lastAttemptAt, @Nullable Integer lastStatusCode, @Nullable String lastError,
        @Nullable Instant nextAttemptAt, @Nullable Instant deliveredAt) {

    /** The last answer in a few words: "HTTP 500", the error, or nothing yet. */
    public String lastResponse() {
        if (lastStatusCode != null) {
            return "HTTP " + lastStatusCode + (lastError == null ? "" : " \u00b7 " + lastError);
        }
        return lastError == null ? "" : lastError;
    }
}
