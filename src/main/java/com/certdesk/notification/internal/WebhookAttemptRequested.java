package com.certdesk.notification.internal;

/**
 * An administrator asked for a delivery to be tried now (a test ping, a retry): the outbox makes the attempt once the
 * transaction that queued it has committed, instead of waiting for the next poll.
 */
public record WebhookAttemptRequested(long deliveryId) {
}
