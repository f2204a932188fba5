package com.certdesk.engagement;

import com.certdesk.people.ImportProblem;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an engagement score file would import, or why it cannot: counts only, never a person's score (HR sees the
 * file they chose, but Certdesk shows no one's engagement to anyone but that person).
 *
 * @param rows          score rows in the file
 * @param newScores     rows that would be stored
 * @param alreadyStored rows already stored with the same score (skipped: importing a file twice changes nothing)
 * @param people        distinct people the new scores belong to
 * @param surveys       per measure and survey date, the number of new scores
 * @param problems      every problem with its line; when there is any, nothing is imported
 * @param importId      the import that stored the scores, once imported
 */
public record ScoreImportCheck(String fileName, int rows, int newScores, int alreadyStored, int people,
        List<SurveyCount> surveys, List<ImportProblem> problems, @Nullable Long importId) {

    /** New scores of one measure on one survey date, in the measure's scale. */
    public record SurveyCount(String measure, LocalDate surveyDate, int scaleMin, int scaleMax, int scores) {
    }

    public ScoreImportCheck {
        surveys = List.copyOf(surveys);
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
