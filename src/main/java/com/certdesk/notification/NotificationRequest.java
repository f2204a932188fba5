package com.certdesk.notification;

import org.jspecify.annotations.Nullable;

/**
 * Something to tell one user.
 *
 * @param recipientId the user to tell
 * @param dedupeKey   identifies the event, e.g. {@code assignment-due-soon:42:2026-12-01}; a user is told about
 *                    one key only once, however often it is sent
 * @param title       one line, also the e-mail's subject
 * @param message     plain text, may have several lines (a digest lists one item a line)
 * @param link        an in-app route without a leading slash, e.g. {@code certificates}, or {@code null}
 * @param alsoEmail   also send it by e-mail when the recipient has an address and SMTP is configured
 */
public record NotificationRequest(long recipientId, String dedupeKey, String title, String message,
        @Nullable String link, boolean alsoEmail) {
}
