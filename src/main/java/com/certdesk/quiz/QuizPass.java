package com.certdesk.quiz;

import java.time.Instant;

/** One passing attempt of a module's quiz: what certification programs count. */
public record QuizPass(long moduleId, long attemptId, double percent, Instant finishedAt) {
}
