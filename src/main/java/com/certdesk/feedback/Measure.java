package com.certdesk.feedback;

import java.util.Locale;

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

    /**
     * A value of this measure as people read it: CSAT a whole percentage (without the sign: see {@link #unit()}), NPS
     * a signed whole number, CES one decimal (more digits would claim a precision the intervals deny).
     */
    public String format(double value) {
        return switch (this) {
            case CSAT -> Long.toString(Math.round(value));
            case NPS -> (Math.round(value) > 0 ? "+" : "") + Math.round(value);
            case CES -> String.format(Locale.ROOT, "%.1f", value);
        };
    }

    /** "%" for CSAT, nothing for the others. */
    public String unit() {
        return this == CSAT ? "%" : "";
    }
}
