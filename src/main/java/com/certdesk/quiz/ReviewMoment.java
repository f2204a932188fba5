package com.certdesk.quiz;

/**
 * A moment from which part of a finished attempt's review is shown to the agent, after Moodle's review options.
 * A part with several moments is shown as soon as any of them has come; with none it is never shown.
 */
public enum ReviewMoment {
    IMMEDIATELY("Right after each attempt"),
    AFTER_PASSING("Once the agent has passed"),
    OUT_OF_ATTEMPTS("Once the agent has used every allowed attempt"),
    AFTER_CLOSE("After the quiz closes");

    private final String label;

    ReviewMoment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
