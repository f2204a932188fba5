package com.certdesk.quiz;

import org.jspecify.annotations.Nullable;

/** What the question bank grid is narrowed to; every part is optional. */
public record QuestionFilter(@Nullable QuestionCategory category, @Nullable QuestionType type, String text) {

    public static QuestionFilter all() {
        return new QuestionFilter(null, null, "");
    }
}
