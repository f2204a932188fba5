package com.certdesk.insight;

/**
 * What a skill signal mapping matches in customer feedback: a rating's reason (a Zendesk reason code, a survey's
 * reason answer), or every negative rating of one measure (a low CES points at low-effort service).
 */
public enum SignalKind {
    REASON("Feedback reason"),
    LOW_SCORE("Low score");

    private final String label;

    SignalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
