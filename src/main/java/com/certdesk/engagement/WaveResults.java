package com.certdesk.engagement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the caller may see of one wave: the organization (everyone the wave asked), the teams the caller may see, and
 * for HR and administrators the other teams rolled up, so that the groups shown add up to the whole.
 *
 * @param questions    the questions counted (all, or those of a theme or question filter)
 * @param allQuestions every question of the survey, in the order it asks them (for a question filter)
 * @param themes       every theme of the survey, in the order its questions ask them (for a filter)
 * @param others       the respondents of hidden teams and of none, together; null when there are none or the caller
 *                     sees only some teams
 */
public record WaveResults(WaveView wave, int threshold, List<PulseQuestion> questions,
        List<PulseQuestion> allQuestions, List<String> themes,
        GroupResult organization, List<GroupResult> teams, @Nullable GroupResult others) {

    public WaveResults {
        questions = List.copyOf(questions);
        allQuestions = List.copyOf(allQuestions);
        themes = List.copyOf(themes);
        teams = List.copyOf(teams);
    }
}
