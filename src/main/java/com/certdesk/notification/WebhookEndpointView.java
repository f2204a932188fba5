package com.certdesk.notification;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An endpoint as administrators see it; never its secret. */
public record WebhookEndpointView(long id, String name, String url, Set<WebhookEventType> eventTypes, boolean active,
        Instant createdAt, String createdBy, Instant updatedAt, @Nullable Instant secretRotatedAt, long version) {

    public WebhookEndpointView {
        eventTypes = Set.copyOf(eventTypes);
    }
}
