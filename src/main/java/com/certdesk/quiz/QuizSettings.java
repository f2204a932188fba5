package com.certdesk.quiz;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an author sets on a module's quiz. Optional limits are null when not used.
 *
 * @param questionIds    the questions of a {@link QuestionSelection#FIXED} quiz, in order
 * @param randomCount    how many questions a {@link QuestionSelection#RANDOM} quiz draws
 * @param randomCategory where a random quiz draws from
 * @param passMark       percent of the points needed to pass, 1 to 100
 */
public record QuizSettings(String intro, boolean active, QuestionSelection selection, List<Long> questionIds,
        int randomCount, @Nullable QuestionCategory randomCategory, boolean shuffleQuestions,
        boolean shuffleChoices, int passMark, @Nullable Integer timeLimitMinutes, @Nullable Integer maxAttempts,
        @Nullable Integer minWaitMinutes, ReviewPolicy reviewPolicy, QuizLayout layout) {

    public QuizSettings {
        questionIds = List.copyOf(questionIds);
    }

    /** Sensible settings for a new quiz: fixed questions, 80% to pass, review after each attempt. */
    public static QuizSettings defaults() {
        return new QuizSettings("", false, QuestionSelection.FIXED, List.of(), 10, null, false, true, 80, null,
                null, null, ReviewPolicy.AFTER_SUBMIT, QuizLayout.ONE_PER_PAGE);
    }
}
