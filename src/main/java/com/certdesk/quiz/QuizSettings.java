package com.certdesk.quiz;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything an author sets on a module's quiz. Optional limits are null when not used.
 *
 * @param questionIds        the questions of a {@link QuestionSelection#FIXED} quiz, in order
 * @param randomCount        how many questions a {@link QuestionSelection#RANDOM} quiz draws
 * @param randomCategory     where a random quiz draws from
 * @param passMark           percent of the points needed to pass, 1 to 100
 * @param minWaitMinutes     the wait after any finished attempt before the next one may start
 * @param failuresBeforeWait after this many failed attempts (in the current certification period) ...
 * @param failureWaitMinutes ... each further attempt waits this long after the last one
 * @param closesAt           no new attempts from this moment; the "after the quiz closes" review moment
 */
public record QuizSettings(String intro, boolean active, QuestionSelection selection, List<Long> questionIds,
        int randomCount, @Nullable QuestionCategory randomCategory, boolean shuffleQuestions,
        boolean shuffleChoices, int passMark, @Nullable Integer timeLimitMinutes, @Nullable Integer maxAttempts,
        @Nullable Integer minWaitMinutes, ReviewOptions review, QuizLayout layout,
        @Nullable Integer failuresBeforeWait, @Nullable Integer failureWaitMinutes, @Nullable Instant closesAt) {

    public QuizSettings {
        questionIds = List.copyOf(questionIds);
    }

    /**
     * Sensible settings for a new quiz: fixed questions, 80% to pass, score and right/wrong after each attempt,
     * correct answers and feedback once passed or out of attempts.
     */
    public static QuizSettings defaults() {
        return new QuizSettings("", false, QuestionSelection.FIXED, List.of(), 10, null, false, true, 80, null,
                null, null, ReviewOptions.defaults(), QuizLayout.ONE_PER_PAGE, null, null, null);
    }

    public QuizSettings withReview(ReviewOptions options) {
        return new QuizSettings(intro, active, selection, questionIds, randomCount, randomCategory, shuffleQuestions,
                shuffleChoices, passMark, timeLimitMinutes, maxAttempts, minWaitMinutes, options, layout,
                failuresBeforeWait, failureWaitMinutes, closesAt);
    }

    public QuizSettings withFailureWait(@Nullable Integer failures, @Nullable Integer minutes) {
        return new QuizSettings(intro, active, selection, questionIds, randomCount, randomCategory, shuffleQuestions,
                shuffleChoices, passMark, timeLimitMinutes, maxAttempts, minWaitMinutes, review, layout, failures,
                minutes, closesAt);
    }

    public QuizSettings withClosesAt(@Nullable Instant closes) {
        return new QuizSettings(intro, active, selection, questionIds, randomCount, randomCategory, shuffleQuestions,
                shuffleChoices, passMark, timeLimitMinutes, maxAttempts, minWaitMinutes, review, layout,
                failuresBeforeWait, failureWaitMinutes, closes);
    }

    public QuizSettings withRandom(int count, QuestionCategory category) {
        return new QuizSettings(intro, active, QuestionSelection.RANDOM, List.of(), count, category, shuffleQuestions,
                shuffleChoices, passMark, timeLimitMinutes, maxAttempts, minWaitMinutes, review, layout,
                failuresBeforeWait, failureWaitMinutes, closesAt);
    }
}
