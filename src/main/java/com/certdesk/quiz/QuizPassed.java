package com.certdesk.quiz;

import java.time.Instant;

/** A learner passed a module's quiz (every passing attempt publishes one, so recertification can use it). */
public record QuizPassed(long userId, long moduleId, long quizId, long attemptId, double percent, int passMark,
        Instant finishedAt) {
}
