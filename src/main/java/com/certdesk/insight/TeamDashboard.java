package com.certdesk.insight;

import com.certdesk.certification.TeamCertification;
import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Measure;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.people.TeamSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the team dashboard shows above its agent table: the team's figures over the period (ratings given while the
 * agent was in the team) and over the period before, the monthly trend of the twelve months up to the period's end,
 * and the team's certification today (coverage per assigned program, overdue). The agents come page by page from
 * {@link TeamDashboardService#agents}.
 */
public record TeamDashboard(TeamSummary team, ReportPeriod period, PeriodFigures figures, PeriodFigures previous,
        List<PeriodFigures> trend, TeamCertification certification, int minimumResponses) {

    public TeamDashboard {
        trend = List.copyOf(trend);
    }

    /**
     * The change from the previous period in points (CSAT percentage points, NPS points, CES scale points), or null
     * ("no comparison") when either period has too few responses.
     */
    public @Nullable Double change(Measure measure) {
        Figure now = figures.of(measure);
        Figure before = previous.of(measure);
        if (now.value() == null || before.value() == null) {
            return null;
        }
        return now.value() - before.value();
    }
}
