package com.certdesk.security;

/** Whether an API token still opens the API. */
public enum ApiTokenStatus {
    ACTIVE("Active"), EXPIRED("Expired"), REVOKED("Revoked");

    private final String label;

    ApiTokenStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
