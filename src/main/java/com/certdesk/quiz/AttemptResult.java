package com.certdesk.quiz;

import java.util.List;

/**
 * A finished attempt's grade and, when the quiz's review policy allows it, the review of every question.
 *
 * @param reviewShown false when the policy hides answers; {@code reviewNote} then says when they will show
 */
public record AttemptResult(AttemptSummary attempt, String title, List<QuestionMark> marks, boolean reviewShown,
        String reviewNote, List<ReviewItem> review) {

    public AttemptResult {
        marks = List.copyOf(marks);
        review = List.copyOf(review);
    }

    /** Points earned per question, always shown. */
    public record QuestionMark(int slot, double earned, int points, boolean answered) {
    }
}
