package com.certdesk.feedback;

/** A figure shown to people: CSAT (share satisfied over every CSAT scale), NPS, CES mean. */
public enum Measure {
    CSAT("CSAT", "share of satisfied customers"),
    NPS("NPS", "promoters minus detractors"),
    CES("CES", "mean effort score, 1-7, higher is easier");

    private final String label;
    private final String meaning;

    Measure(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
