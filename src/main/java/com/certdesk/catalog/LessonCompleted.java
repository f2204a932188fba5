package com.certdesk.catalog;

import java.time.Instant;

/** A learner marked a lesson as done. */
public record LessonCompleted(long userId, long moduleId, long lessonId, Instant completedAt) {
}
