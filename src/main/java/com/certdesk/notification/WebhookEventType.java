package com.certdesk.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a webhook endpoint can be told about, with the name receivers see in the body's {@code type}. {@link #PING} is
 * the administrator's test delivery and goes only to the endpoint it was sent to; it cannot be subscribed to.
 */
public enum WebhookEventType {
    CERTIFICATE_ISSUED("certificate.issued", "Certificate issued"),
    CERTIFICATE_EXPIRED("certificate.expired", "Certificate expired"),
    CERTIFICATE_REVOKED("certificate.revoked", "Certificate revoked"),
    PROGRAM_COMPLETED("program.completed", "Program completed"),
    ASSIGNMENT_OVERDUE("assignment.overdue", "Assignment overdue"),
    PING("ping", "Test ping");

    private final String wireName;
    private final String label;

    WebhookEventType(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    /** The type as the body carries it, e.g. {@code certificate.issued}. */
    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    /** Whether an endpoint can choose to receive it (every type but the test ping). */
    public boolean subscribable() {
        return this != PING;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
