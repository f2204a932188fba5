package com.certdesk.engagement;

/** How often a survey opens a new wave; each wave has its own results. */
public enum Repetition {
    ONCE("Once", 0),
    MONTHLY("Every month", 1),
    QUARTERLY("Every quarter", 3);

    private final String label;
    private final int months;

    Repetition(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    /** Months between the opening days of two waves; 0 for a survey that runs once. */
    public int months() {
        return months;
    }

    public static Repetition ofMonths(int months) {
        for (Repetition r : values()) {
            if (r.months == months) {
                return r;
            }
        }
        throw new IllegalArgumentException("No repetition every " + months + " months");
    }
}
