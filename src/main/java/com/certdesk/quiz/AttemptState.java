package com.certdesk.quiz;

/** An attempt is open until it is submitted or its time runs out; then it is graded once and never changes. */
public enum AttemptState {
    IN_PROGRESS("In progress"),
    FINISHED("Finished");

    private final String label;

    AttemptState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
