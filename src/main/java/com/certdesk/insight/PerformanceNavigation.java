package com.certdesk.insight;

/** Where My performance lives, so other pages link to it without spelling routes. */
public final class PerformanceNavigation {

    /** The signed-in agent's own page. */
    public static final String MINE = "performance";

    /** The Training impact page; {@code ?team=ID} opens it for a team. */
    public static final String IMPACT = "impact";

    /** The planned evaluations; {@code /new} plans one, {@code /ID} shows one as registered. */
    public static final String EVALUATIONS = IMPACT + "/evaluations";

    /** The administrators' page that maps feedback reasons and low scores to skill areas. */
    public static final String SKILL_SIGNALS = "admin/feedback/skill-areas";

    private PerformanceNavigation() {
    }

    /** One agent's page, for their manager, HR or an administrator (and the agent themself). */
    public static String of(long userId) {
        return MINE + "/" + userId;
    }
}
