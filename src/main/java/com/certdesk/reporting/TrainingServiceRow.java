package com.certdesk.reporting;

import com.certdesk.feedback.Figure;
import java.util.List;

/**
 * One agent in the training and service report: what they hold and have learnt, and their customers' figures over
 * the report's period as the feedback feature computes them (each with n and, when n reaches the minimum, the value
 * and its 95% interval; below it no number at all). No rating, comment or engagement answer of theirs is here.
 *
 * @param certifiedPrograms        the programs they hold a valid certificate of today, by name
 * @param modulesCompleted         published modules they have completed, ever
 * @param modulesCompletedInPeriod of those, the ones completed within the period
 */
public record TrainingServiceRow(long userId, String agent, long teamId, String team, List<String> certifiedPrograms,
        int modulesCompleted, int modulesCompletedInPeriod, Figure csat, Figure nps, Figure ces) {

    public TrainingServiceRow {
        certifiedPrograms = List.copyOf(certifiedPrograms);
    }

    /** The three figures in the order the report shows them. */
    public List<Figure> figures() {
        return List.of(csat, nps, ces);
    }
}
