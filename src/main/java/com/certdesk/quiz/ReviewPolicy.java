package com.certdesk.quiz;

/** When a learner may see the correct answers and the feedback of a finished attempt. */
public enum ReviewPolicy {
    NEVER("Never (score only)"),
    AFTER_SUBMIT("After each attempt"),
    AFTER_PASSING("Only after passing");

    private final String label;

    ReviewPolicy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
