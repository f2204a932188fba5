package com.certdesk.catalog;

import org.jspecify.annotations.Nullable;

/** One lesson as the learner reads it, with its neighbours for next/previous. */
public record LessonPage(long moduleId, String moduleTitle, long lessonId, int number, int lessonCount,
        String title, String body, @Nullable String videoUrl, boolean done, @Nullable Long previousLessonId,
        @Nullable Long nextLessonId, ModuleProgress progress) {
}
