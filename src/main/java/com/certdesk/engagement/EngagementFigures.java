package com.certdesk.engagement;

import com.certdesk.base.Intervals.Estimate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A group's results in one wave, only ever made for a group the threshold allows.
 *
 * @param respondents how many answered (the n of every figure here: every question must be answered)
 * @param index       the engagement index: the mean share of favourable answers across the agreement statements
 *                    counted, in percent with its 95% interval; null when none is counted (a filter on eNPS)
 * @param enps        eNPS (-100..100) with its 95% interval; null when a filter leaves it out
 * @param comments    free-text answers, sorted, without names or dates
 */
public record EngagementFigures(long respondents, @Nullable Estimate index, @Nullable Estimate enps,
        List<ItemFigures> items, List<String> comments) {

    public EngagementFigures {
        items = List.copyOf(items);
        comments = List.copyOf(comments);
    }
}
