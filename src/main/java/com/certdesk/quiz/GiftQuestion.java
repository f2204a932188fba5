package com.certdesk.quiz;

import org.jspecify.annotations.Nullable;

/**
 * A question read from a GIFT file.
 *
 * @param number   1-based position in the file (skipped questions count too)
 * @param line     1-based line where the question starts
 * @param category the text of the last {@code $CATEGORY:} line before it, trimmed; null when there was none
 */
public record GiftQuestion(int number, int line, @Nullable String category, QuestionDraft draft) {
}
