package com.certdesk.engagement;

import java.util.HashMap;
import java.util.Map;

/**
 * The sums of one group's responses in one wave, from which every figure is computed (and which are never shown as
 * such): who was asked and who answered, each respondent's share of favourable answers, eNPS counts, and per
 * question the favourable (agree), neutral and unfavourable counts, or for eNPS promoters, passives and detractors.
 */
public record GroupTally(long invited, long responded, long indexN, double shareSum, double shareSquares,
        long enpsN, long promoters, long detractors, Map<Long, ItemTally> items) {

    public static final GroupTally EMPTY = new GroupTally(0, 0, 0, 0, 0, 0, 0, 0, Map.of());

    public GroupTally {
        items = Map.copyOf(items);
    }

    /** One question's answers in three bands: favourable, neutral, unfavourable. */
    public record ItemTally(long favourable, long neutral, long unfavourable) {

        public long n() {
            return favourable + neutral + unfavourable;
        }

        ItemTally plus(ItemTally other) {
            return new ItemTally(favourable + other.favourable, neutral + other.neutral,
                    unfavourable + other.unfavourable);
        }
    }

    /** The sums of two disjoint groups together. */
    public GroupTally plus(GroupTally other) {
        Map<Long, ItemTally> merged = new HashMap<>(items);
        other.items.forEach((id, tally) -> merged.merge(id, tally, ItemTally::plus));
        return new GroupTally(invited + other.invited, responded + other.responded, indexN + other.indexN,
                shareSum + other.shareSum, shareSquares + other.shareSquares, enpsN + other.enpsN,
                promoters + other.promoters, detractors + other.detractors, merged);
    }
}
