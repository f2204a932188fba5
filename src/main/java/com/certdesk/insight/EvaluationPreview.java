package com.certdesk.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * What registering a plan would do, before anything is written: the wave sizes per team and their due dates (who goes
 * in which wave is drawn only at registration, from a seed nobody chose), the agents left out and why, when the first
 * result can be expected, and warnings about a design that cannot give an answer.
 *
 * @param alreadyCertified agents of the teams left out because they already earned the program
 * @param alreadyAssigned  agents of the teams left out because the program is already assigned to them or their team
 */
public record EvaluationPreview(List<WaveGroup> groups, int agents, int alreadyCertified, int alreadyAssigned,
        LocalDate firstResultOn, List<String> warnings) {

    public EvaluationPreview {
        groups = List.copyOf(groups);
        warnings = List.copyOf(warnings);
    }
}
