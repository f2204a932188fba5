package com.certdesk.engagement;

/** Where a survey is in its life. */
public enum SurveyStatus {
    /** Being written: everything may change, nobody has been asked yet. */
    DRAFT("Draft"),
    /** Its waves open on their dates; its statements are fixed so that waves can be compared. */
    ACTIVE("Active"),
    /** No further waves open; the results of past waves stay. */
    ENDED("Ended");

    private final String label;

    SurveyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
