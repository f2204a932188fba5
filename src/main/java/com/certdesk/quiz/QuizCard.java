package com.certdesk.quiz;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the module page shows about its quiz for the signed-in learner.
 *
 * @param attemptsUsed   attempts that count against {@code maxAttempts}: those of the current certification period
 * @param renewal        the learner passed before and is renewing a certification: a new pass is needed
 * @param openAttemptId  the attempt to resume, if one is open
 * @param blockedReason  why a new attempt cannot start now (limit reached, wait, closed), null when it can
 * @param nextAttemptAt  when the wait between attempts ends, if waiting
 */
public record QuizCard(long quizId, long moduleId, String intro, int questionCount, int passMark,
        @Nullable Integer timeLimitMinutes, @Nullable Integer maxAttempts, @Nullable Integer minWaitMinutes,
        @Nullable Integer failuresBeforeWait, @Nullable Integer failureWaitMinutes, @Nullable Instant closesAt,
        boolean passed, boolean renewal, int attemptsUsed, @Nullable Double bestPercent,
        @Nullable Long openAttemptId, @Nullable String blockedReason, @Nullable Instant nextAttemptAt,
        List<AttemptSummary> history) {

    public QuizCard {
        history = List.copyOf(history);
    }
}
