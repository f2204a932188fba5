package com.certdesk.engagement;

/**
 * One question's answers in a group, in three bands: for agreement statements agree (4–5), neutral (3) and disagree
 * (1–2); for the eNPS question promoters (9–10), passives (7–8) and detractors (0–6).
 */
public record ItemFigures(PulseQuestion question, long n, long favourable, long neutral, long unfavourable) {

    public double favourablePercent() {
        return percent(favourable);
    }

    public double neutralPercent() {
        return percent(neutral);
    }

    public double unfavourablePercent() {
        return percent(unfavourable);
    }

    private double percent(long count) {
        return n == 0 ? 0 : 100.0 * count / n;
    }
}
