package com.certdesk.quiz;

import java.time.Instant;

/** A learner's first finished attempt at a module's quiz: its score in percent and when it was finished. */
public record FirstQuizScore(long userId, long moduleId, double percent, Instant finishedAt) {
}
