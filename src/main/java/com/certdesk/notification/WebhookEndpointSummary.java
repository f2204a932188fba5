package com.certdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An endpoint with how its deliveries are going, as the administrators' list shows it.
 *
 * @param health its newest delivery and failure counts; null while nothing has been queued for it
 */
public record WebhookEndpointSummary(WebhookEndpointView endpoint, @Nullable Health health) {

    /**
     * @param lastStatus    the newest delivery's status
     * @param lastAttempts  how many attempts it has had
     * @param lastAt        its last attempt, or when it was queued if not tried yet
     * @param lastStatusCode the HTTP status it last got, if any
     * @param lastError     the error it last got, if any
     * @param failed        deliveries whose attempts are used up (they wait for Retry)
     * @param retrying      deliveries that failed at least once and wait for their next attempt
     */
    public record Health(WebhookDeliveryStatus lastStatus, int lastAttempts, Instant lastAt,
            @Nullable Integer lastStatusCode, @Nullable String lastError, long failed, long retrying) {

        public Health withCounts(long failed, long retrying) {
            return new Health(lastStatus, lastAttempts, lastAt, lastStatusCode, lastError, failed, retrying);
        }
    }

    public long failed() {
        return health == null ? 0 : health.failed();
    }

    public long retrying() {
        return health == null ? 0 : health.retrying();
    }
}
