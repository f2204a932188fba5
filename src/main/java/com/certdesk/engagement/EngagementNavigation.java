package com.certdesk.engagement;

/** The in-app routes of the engagement screens, in one place for links from notifications and other pages. */
public final class EngagementNavigation {

    public static final String ANSWER = "pulse";
    public static final String SURVEYS = "engagement/surveys";
    public static final String RESULTS = "engagement/results";
    public static final String SCORES = "engagement/scores";
    public static final String SCORE_IMPORT = "engagement/scores/import";

    private EngagementNavigation() {
    }

    public static String answer(long waveId) {
        return ANSWER + "/" + waveId;
    }
}
