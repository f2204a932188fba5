package com.certdesk.notification.internal;

/** Where a notification's e-mail copy stands. A notification without an e-mail copy has no status. */
public enum EmailStatus {
    /** Waiting to be sent (also while a send is under way, and after a restart in the middle of one). */
    PENDING,
    SENT,
    /** The last attempt failed; retried until {@link MailOutbox#MAX_ATTEMPTS} attempts were made. */
    FAILED,
    /** No SMTP server was configured when it was to be sent: kept in the app only, never sent later. */
    NOT_CONFIGURED
}
