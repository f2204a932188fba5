package com.certdesk.insight;

import com.certdesk.feedback.CustomerComment;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.people.UserSummary;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One agent's performance over the last twelve calendar months (the organization's calendar): the headline
 * figures over the whole range, one entry per month (oldest first, months without ratings included), the same for
 * the agent's current team as a comparison (empty without a team), their training events in the range, and the
 * latest customer comments when the caller may read them ({@code commentsVisible}; otherwise the list is empty).
 */
public record AgentPerformance(UserSummary person, LocalDate from, LocalDate to, int minimumResponses,
        PeriodFigures overall, List<PeriodFigures> months, @Nullable String teamName, List<PeriodFigures> teamMonths,
        List<TrainingEvent> events, boolean commentsVisible, List<CustomerComment> comments) {

    public AgentPerformance {
        months = List.copyOf(months);
        teamMonths = List.copyOf(teamMonths);
        events = List.copyOf(events);
        comments = List.copyOf(comments);
    }

    /** Whether the agent has any answered rating in the range. */
    public boolean hasRatings() {
        return overall.csat().n() + overall.nps().n() + overall.ces().n() > 0;
    }

    /** The index of the month a day falls in, or -1 outside the range. */
    public int monthOf(LocalDate day) {
        for (int i = 0; i < months.size(); i++) {
            PeriodFigures month = months.get(i);
            if (!day.isBefore(month.start()) && day.isBefore(month.end())) {
                return i;
            }
        }
        return -1;
    }
}
