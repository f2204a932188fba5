package com.certdesk.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The "Service team pulse" Certdesk ships: nine statements of its own (not a licensed instrument) about what research
 * on service work links to engagement, grouped by theme, one eNPS question and one open question. Short enough to
 * answer in a minute on a phone.
 */
public final class DefaultPulse {

    public static final String TITLE = "Service team pulse";

    static final List<ItemDraft> AGREEMENT_ITEMS = List.of(
            new ItemDraft(ItemKind.AGREEMENT, "Purpose", "I understand how my work makes a difference to our customers."),
            new ItemDraft(ItemKind.AGREEMENT, "Enablement",
                    "I have the tools and information I need to solve customers' problems."),
            new ItemDraft(ItemKind.AGREEMENT, "Enablement",
                    "Our processes let me resolve an issue without unnecessary hand-offs."),
            new ItemDraft(ItemKind.AGREEMENT, "Growth",
                    "The training I get helps me handle difficult conversations better."),
            new ItemDraft(ItemKind.AGREEMENT, "Growth", "I can see how I could grow in this job over the next year."),
            new ItemDraft(ItemKind.AGREEMENT, "Recognition", "When I do good work, someone notices and tells me."),
            new ItemDraft(ItemKind.AGREEMENT, "Wellbeing",
                    "My workload lets me give each customer the attention they need."),
            new ItemDraft(ItemKind.AGREEMENT, "Team", "I can count on my colleagues when a case gets difficult."),
            new ItemDraft(ItemKind.AGREEMENT, "Manager", "My manager gives me feedback that helps me improve."));

    private DefaultPulse() {
    }

    /** The eNPS question naming the organization. */
    public static ItemDraft enps(String organizationName) {
        return new ItemDraft(ItemKind.ENPS, "Recommendation",
                "How likely are you to recommend " + organizationName + " as a place to work?");
    }

    /** The default pulse for everyone, monthly, each wave open for two weeks from {@code opensOn}. */
    public static SurveyDraft draft(String organizationName, LocalDate opensOn) {
        var items = new java.util.ArrayList<>(AGREEMENT_ITEMS);
        items.add(enps(organizationName));
        return new SurveyDraft(TITLE,
                "Ten short questions about how work is going for you. It takes about a minute. Answer for the last "
                        + "few weeks; there are no right answers.",
                "What one change would make your work with customers easier?", true, Set.of(), opensOn, 14,
                Repetition.MONTHLY, items);
    }
}
