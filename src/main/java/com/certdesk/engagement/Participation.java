package com.certdesk.engagement;

/** How many people a wave asked in a group and how many answered (a count, not a sample: no interval). */
public record Participation(long invited, long responded) {

    /** Response rate in percent; 0 when nobody was asked. */
    public double rate() {
        return invited == 0 ? 0 : 100.0 * responded / invited;
    }
}
