package com.certdesk.quiz;

import java.time.Instant;

/** A row of the question bank. */
public record QuestionSummary(long id, QuestionType type, String title, String categoryLabel, int points,
        int choiceCount, int usedInQuizzes, Instant updatedAt) {
}
