package com.certdesk.quiz;

import org.jspecify.annotations.Nullable;

/**
 * One question to write to a GIFT file.
 *
 * @param category the question bank category it belongs to, written as a {@code $CATEGORY:} line whenever it
 *                 changes from the previous item; null for none
 * @param draft    the question itself; it must satisfy {@link QuestionRules#problems}
 */
public record GiftExportItem(@Nullable String category, QuestionDraft draft) {
}
