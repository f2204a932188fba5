package com.certdesk.notification.internal;

/** A notification with an e-mail copy was stored; the outbox sends it once the transaction has committed. */
public record EmailQueued(long notificationId) {
}
