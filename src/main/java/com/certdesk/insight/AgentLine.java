package com.certdesk.insight;

import com.certdesk.feedback.PeriodFigures;
import java.util.List;

/**
 * One agent in the team dashboard's table: their figures over the period (rated while in any team) and the names of
 * the programs they hold a valid certificate of today.
 */
public record AgentLine(long userId, String displayName, PeriodFigures figures, List<String> certificates) {

    public AgentLine {
        certificates = List.copyOf(certificates);
    }

    /** Answered ratings over all three measures (each rating has one metric, so they add up). */
    public long responses() {
        return figures.csat().n() + figures.nps().n() + figures.ces().n();
    }
}
