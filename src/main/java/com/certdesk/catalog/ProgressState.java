package com.certdesk.catalog;

/** Where a learner stands in a module. */
public enum ProgressState {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    COMPLETED("Completed");

    private final String label;

    ProgressState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
