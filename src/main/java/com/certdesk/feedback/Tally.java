package com.certdesk.feedback;

/**
 * The sufficient statistics of one measure over any slice (an agent's month, a team's quarter): answered ratings
 * n; for CSAT the satisfied, for NPS promoters and detractors; for CES the sum and sum of squares of scores.
 * Tallies add up, so figures of any slice come from the rollup without reading ratings again.
 */
public record Tally(Measure measure, long n, long satisfied, long detractors, long sum, long sumOfSquares) {

    public static Tally empty(Measure measure) {
        return new Tally(measure, 0, 0, 0, 0, 0);
    }

    public Tally plus(Tally other) {
        if (other.measure != measure) {
            throw new IllegalArgumentException("cannot add " + other.measure + " to " + measure);
        }
        return new Tally(measure, n + other.n, satisfied + other.satisfied, detractors + other.detractors,
                sum + other.sum, sumOfSquares + other.sumOfSquares);
    }

    /** For NPS: the promoters (stored in {@link #satisfied()}). */
    public long promoters() {
        return satisfied;
    }
}
