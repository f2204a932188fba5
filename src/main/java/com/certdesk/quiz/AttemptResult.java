package com.certdesk.quiz;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A finished attempt as the quiz's review options let it be seen now. The service leaves out what is not shown
 * (a hidden score is null in {@code attempt}, hidden right/wrong leaves {@code marks} empty, hidden correct answers
 * and feedback are blank in {@code review}), so no view or crafted request can show more.
 *
 * @param visible    which parts of the review are shown
 * @param reviewNote what is hidden and when it will show ("" when everything is shown)
 * @param review     every question with the agent's answer, redacted to what {@code visible} allows; empty when
 *                   neither right/wrong, correct answers nor feedback are shown
 * @param next       for the agent who made the attempt: whether they can try again; null for anyone else
 */
public record AttemptResult(AttemptSummary attempt, String title, List<QuestionMark> marks,
        ReviewOptions.Visible visible, String reviewNote, List<ReviewItem> review, @Nullable NextAttempt next) {

    public AttemptResult {
        marks = List.copyOf(marks);
        review = List.copyOf(review);
    }

    /** Whether the correct answers are shown. */
    public boolean reviewShown() {
        return visible.correctAnswers();
    }

    /** Points earned per question, when right/wrong is shown. */
    public record QuestionMark(int slot, double earned, int points, boolean answered) {
    }

    /**
     * What the agent can do next at this quiz.
     *
     * @param openAttemptId an attempt to resume
     * @param canStart      a new attempt may start now
     * @param blockedReason why not ("You can start your next attempt at …", "You have used all 3 attempts …")
     * @param nextAttemptAt when a wait ends, if waiting
     */
    public record NextAttempt(@Nullable Long openAttemptId, boolean canStart, @Nullable String blockedReason,
            @Nullable Instant nextAttemptAt) {
    }
}
