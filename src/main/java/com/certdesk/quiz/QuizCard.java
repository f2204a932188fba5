package com.certdesk.quiz;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the module page shows about its quiz for the signed-in learner.
 *
 * @param openAttemptId  the attempt to resume, if one is open
 * @param blockedReason  why a new attempt cannot start now (limit reached, wait), null when it can
 * @param nextAttemptAt  when the wait between attempts ends, if waiting
 */
public record QuizCard(long quizId, long moduleId, String intro, int questionCount, int passMark,
        @Nullable Integer timeLimitMinutes, @Nullable Integer maxAttempts, @Nullable Integer minWaitMinutes,
        boolean passed, @Nullable Double bestPercent, @Nullable Long openAttemptId, @Nullable String blockedReason,
        @Nullable Instant nextAttemptAt, List<AttemptSummary> history) {

    public QuizCard {
        history = List.copyOf(history);
    }

    public int attemptsUsed() {
        return history.size();
    }
}
