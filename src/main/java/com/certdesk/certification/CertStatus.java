package com.certdesk.certification;

/** An agent's standing in a certification program, always derived from records and today's date. */
public enum CertStatus {
    NOT_ASSIGNED("Not assigned"),
    ASSIGNED("Not started"),
    IN_PROGRESS("In progress"),
    CERTIFIED("Certified"),
    EXPIRING_SOON("Expiring soon"),
    EXPIRED("Expired"),
    OVERDUE("Overdue");

    private final String label;

    CertStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A CSS class name for the status colour, e.g. {@code status-expiring-soon}. */
    public String cssClass() {
        return "status-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether the agent holds a certificate valid today. */
    public boolean certified() {
        return this == CERTIFIED || this == EXPIRING_SOON;
    }
}
