package com.certdesk.insight;

import com.certdesk.feedback.Measure;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a planned evaluation is to be, as the planner fills it in: the program rolled out, the measure, the windows and
 * minimums of its analysis, the teams whose active agents take part, the number of waves, the weeks between them and
 * the first wave's due date, and whether the analysis compares within each channel. {@code requestKey} is made once per form, so that submitting it twice (a double click, a
 * second tab) registers one evaluation.
 */
public record EvaluationPlan(String requestKey, String title, long programId, Measure measure, int preDays,
        int washoutDays, int postDays, int minimumRatings, int minimumAgents, Set<Long> teamIds, int waves,
        int waveGapWeeks, LocalDate firstDueOn, boolean withinChannel) {

    public static final int MIN_WAVES = 2;
    public static final int MAX_WAVES = 4;
    public static final int MAX_GAP_WEEKS = 52;
    public static final int MIN_WINDOW_DAYS = 28;
    public static final int MAX_WINDOW_DAYS = 365;

    public EvaluationPlan {
        teamIds = Set.copyOf(teamIds);
    }

    /** The due date of wave {@code wave} (0 = the first). */
    public LocalDate dueOn(int wave) {
        return firstDueOn.plusWeeks((long) wave * waveGapWeeks);
    }
}
