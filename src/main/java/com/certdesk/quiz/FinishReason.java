package com.certdesk.quiz;

/** Why an attempt was closed. */
public enum FinishReason {
    SUBMITTED("Submitted"),
    TIME_UP("Time ran out");

    private final String label;

    FinishReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
