package com.certdesk.insight;

import com.certdesk.certification.ProgramCoverage;
import com.certdesk.certification.TeamCertification;
import com.certdesk.feedback.PeriodFigures;
import com.certdesk.people.TeamSummary;
import org.jspecify.annotations.Nullable;

/** One row of the "All teams" overview: the team, its certification today and its figures over the period. */
public record TeamOverview(TeamSummary team, TeamCertification certification, PeriodFigures figures) {

    /**
     * Certified agent × assigned program cells as a share of all of them (0-100): the team's coverage over every
     * program assigned to it; null when nothing is assigned or the team has no agents.
     */
    public @Nullable Double coveragePercent() {
        long certified = certification.programs().stream().mapToLong(ProgramCoverage::certified).sum();
        long cells = certification.programs().stream().mapToLong(ProgramCoverage::agents).sum();
        return cells == 0 ? null : 100.0 * certified / cells;
    }
}
