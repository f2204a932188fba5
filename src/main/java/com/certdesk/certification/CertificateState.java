package com.certdesk.certification;

/** Where a certificate stands on a day: valid, expired (past its last valid day), or revoked. */
public enum CertificateState {
    VALID("Valid"),
    EXPIRED("Expired"),
    REVOKED("Revoked");

    private final String label;

    CertificateState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The state of a certificate on {@code day}; one that has not started yet counts as valid. */
    public static CertificateState of(CertificateView c, java.time.LocalDate day) {
        return c.revoked() ? REVOKED : c.expiredOn(day) ? EXPIRED : VALID;
    }
}
