package com.certdesk.quiz;

import java.time.Instant;

/** A learner finished a quiz attempt below the pass mark. */
public record QuizFailed(long userId, long moduleId, long quizId, long attemptId, double percent, int passMark,
        Instant finishedAt) {
}
