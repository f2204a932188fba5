package com.certdesk.notification;

/** Where a delivery stands. */
public enum WebhookDeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING("Pending"),
    /** The endpoint answered 2xx. */
    DELIVERED("Delivered"),
    /** Every attempt failed (or the endpoint was deactivated); an administrator can retry it. */
    FAILED("Failed");

    private final String label;

    WebhookDeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
