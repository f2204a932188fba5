package com.certdesk.feedback;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One agent's ratings over a period as training suggestions read them: how many answered ratings they had
 * ({@code ratings}, every measure and scale) and their negative ones, counted per measure and reason. Negative is
 * what the figures count against the agent, on the rating's own scale: CSAT not satisfied (below the top two boxes
 * of 1-5, the top box of 1-3, "bad" of good/bad), an NPS detractor (0-6), a CES answer below its scale's midpoint
 * (1-3 of 1-7, 1-2 of 1-5; scores are stored higher = easier). Each negative rating is in exactly one group.
 */
public record NegativeRatings(long userId, long ratings, List<Group> negative) {

    public NegativeRatings {
        negative = List.copyOf(negative);
    }

    /**
     * The negative ratings of one measure with one reason, in the form of {@link RatingRules#reasonKey} (null for
     * those without a reason).
     */
    public record Group(Measure measure, @Nullable String reason, long count) {
    }

    public static NegativeRatings none(long userId) {
        return new NegativeRatings(userId, 0, List.of());
    }

    /** Every negative rating, whatever its measure and reason. */
    public long negativeCount() {
        return negative.stream().mapToLong(Group::count).sum();
    }
}
