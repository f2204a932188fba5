package com.certdesk.engagement;

import com.certdesk.base.Intervals.Estimate;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the caller may see of one imported measure on one survey date: everyone scored, the caller's teams, and for
 * HR and administrators the other teams rolled up. As for pulse waves, a group below the threshold, or one whose
 * figure would let a smaller group be worked out, is not here, only the reason.
 *
 * @param others people of hidden teams and of none, together; null when there are none or the caller sees only
 *               some teams
 */
public record ScoreResults(Survey survey, int threshold, Group organization, List<Group> teams,
        @Nullable Group others) {

    /** A measure and a survey date that has scores, with the measure's scale. */
    public record Survey(String measure, LocalDate surveyDate, int scaleMin, int scaleMax) {

        public String label() {
            return measure + ", " + surveyDate;
        }
    }

    /**
     * One group: {@code mean} and {@code people} only when {@code shown} is SHOWN.
     *
     * @param mean     the mean score with its 95% interval, in the measure's scale
     * @param previous the group's mean on the measure's previous survey date, when it was shown there
     */
    public record Group(String name, @Nullable Long teamId, Visibility shown, @Nullable Long people,
            @Nullable Estimate mean, @Nullable Estimate previous) {
    }

    public ScoreResults {
        teams = List.copyOf(teams);
    }
}
