package com.certdesk.feedback;

/** The file layouts an administrator can import, each read by its own reader. */
public enum FeedbackFormat {
    CANONICAL_CSV("Certdesk canonical CSV (v1)", "csv"),
    ZENDESK_JSON("Zendesk satisfaction ratings, API pages (JSON, several files at once)", "json"),
    ZENDESK_CSV("Zendesk satisfaction ratings (CSV)", "csv"),
    FRESHDESK_JSON("Freshdesk satisfaction ratings (JSON)", "json"),
    QUALTRICS_CSV("Qualtrics responses (CSV, three header rows, numeric values)", "csv"),
    SURVEYMONKEY_CSV("SurveyMonkey all responses (CSV, two header rows)", "csv");

    private final String label;
    private final String extension;

    FeedbackFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a rating of this format may name no agent but a ticket: survey tools (Qualtrics, SurveyMonkey) often
     * know only the helpdesk ticket, and the agent is then the one the helpdesk's own rating of that ticket names
     * (see {@link RatingRules#problems(RatingInput, java.time.Instant, boolean)}).
     */
    public boolean agentFromTicket() {
        return this == QUALTRICS_CSV || this == SURVEYMONKEY_CSV;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
