package com.certdesk.catalog;

import org.jspecify.annotations.Nullable;

/** What an author enters for a lesson: a title, Markdown, and optionally a link to a video. */
public record LessonDraft(String title, String body, @Nullable String videoUrl) {
}
