package com.certdesk.feedback;

/**
 * One agent's ratings of one measure summed per calendar day (organization time): the days as epoch days,
 * ascending and distinct, with the number of ratings and the sum of their values on each (CSAT 1 satisfied or 0,
 * NPS 1 promoter, 0 passive or -1 detractor, CES the 1-7 score). The mean of the values is the figure: the share
 * satisfied, NPS / 100, the CES mean.
 */
public record AgentDays(int[] days, long[] counts, double[] sums) {

    public AgentDays {
        if (days.length != counts.length || days.length != sums.length) {
            throw new IllegalArgumentException("days, counts and sums differ in length");
        }
    }
}
