package com.certdesk.feedback;

/** How the last Zendesk sync went, as the connector page shows it. */
public enum ZendeskSyncStatus {
    NEVER("Never synced"),
    RUNNING("Sync running"),
    OK("Up to date"),
    RATE_LIMITED("Rate limited by Zendesk"),
    /** A file import under way holds some of a page's ratings: the next sync stores that page. */
    WAITING("Waiting for a file import"),
    AUTH_REFUSED("Zendesk refused the token"),
    FAILED("Sync failed");

    private final String label;

    ZendeskSyncStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
