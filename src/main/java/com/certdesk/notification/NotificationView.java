package com.certdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notification as its recipient sees it. */
public record NotificationView(long id, String title, String message, @Nullable String link, Instant createdAt,
        boolean read) {
}
