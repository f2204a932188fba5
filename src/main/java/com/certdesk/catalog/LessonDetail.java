package com.certdesk.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A lesson as its author edits it; {@code version} goes back to {@link AuthoringService#updateLesson} so that a
 * stale edit is refused.
 */
public record LessonDetail(long id, long moduleId, String moduleTitle, int number, String title, String body,
        @Nullable String videoUrl, long version) {
}
