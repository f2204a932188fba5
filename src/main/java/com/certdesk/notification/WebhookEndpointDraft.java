package com.certdesk.notification;

import java.util.Set;

/**
 * What an administrator enters for an endpoint. {@code version} is the version the form loaded (0 for a new one), so
 * a stale edit is refused.
 */
public record WebhookEndpointDraft(String name, String url, Set<WebhookEventType> eventTypes, boolean active,
        long version) {

    public WebhookEndpointDraft {
        eventTypes = Set.copyOf(eventTypes);
    }

    public static WebhookEndpointDraft of(String name, String url, Set<WebhookEventType> eventTypes) {
        return new WebhookEndpointDraft(name, url, eventTypes, true, 0);
    }
}
