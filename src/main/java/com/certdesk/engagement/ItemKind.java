package com.certdesk.engagement;

/** The two kinds of question a pulse asks. */
public enum ItemKind {
    /** A statement answered on a 5-point agreement scale: 1 strongly disagree … 5 strongly agree. */
    AGREEMENT(1, 5),
    /** "How likely are you to recommend … as a place to work?" on 0–10: the employee Net Promoter Score. */
    ENPS(0, 10);

    private final int lowest;
    private final int highest;

    ItemKind(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public boolean accepts(int score) {
        return score >= lowest && score <= highest;
    }
}
