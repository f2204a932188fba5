package com.certdesk.engagement;

import com.certdesk.base.Intervals;
import com.certdesk.base.Intervals.Estimate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The engagement formulas, written once. The engagement index is the mean, over respondents, of each one's share of
 * favourable answers (agree or strongly agree) across the statements counted, in percent with a Student t interval;
 * as every respondent answers every statement it equals the mean favourable percentage across statements. eNPS is
 * the percentage of promoters (9–10) minus that of detractors (0–6) with the interval of its standard error.
 */
public final class EngagementMath {

    private EngagementMath() {
    }

    /** The index of a group's sums, its interval within 0-100%, or null without at least two respondents' shares. */
    public static @Nullable Estimate index(GroupTally tally) {
        if (tally.indexN() < 2) {
            return null;
        }
        Estimate mean = Intervals.mean(100 * tally.shareSum(), 100 * 100 * tally.shareSquares(), tally.indexN());
        // a share lies within 0-100%; a t interval over a few shares of 0 or 1 reaches past that (121% for four of
        // six agreeing), so it is kept within, as eNPS's is within -100..100
        return new Estimate(mean.value(), Math.max(0, mean.low()), Math.min(100, mean.high()));
    }

    /** eNPS of a group's sums, or null without any eNPS answer. */
    public static @Nullable Estimate enps(GroupTally tally) {
        return tally.enpsN() == 0 ? null : Intervals.netScore(tally.promoters(), tally.detractors(), tally.enpsN());
    }

    /** One respondent's own index: their share of favourable answers, in percent. */
    public static double ownIndex(List<Integer> agreementScores) {
        if (agreementScores.isEmpty()) {
            throw new IllegalArgumentException("No agreement answers");
        }
        return 100.0 * agreementScores.stream().filter(s -> s >= 4).count() / agreementScores.size();
    }

    /** The figures of a group the threshold allows, over the questions counted, in their order. */
    static EngagementFigures figures(GroupTally tally, List<PulseQuestion> counted, List<String> comments) {
        List<ItemFigures> items = new ArrayList<>();
        for (PulseQuestion question : counted) {
            GroupTally.ItemTally item = tally.items().getOrDefault(question.id(),
                    new GroupTally.ItemTally(0, 0, 0));
            items.add(new ItemFigures(question, item.n(), item.favourable(), item.neutral(), item.unfavourable()));
        }
        return new EngagementFigures(tally.responded(), index(tally), enps(tally), items, comments);
    }
}
