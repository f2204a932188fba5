package com.certdesk.quiz;

import java.util.List;

/**
 * One question of a finished attempt, reviewed: what was asked, what the learner answered, what was right, and
 * the feedback that teaches.
 *
 * @param options       choice questions: every option with whether it was chosen and whether it is correct;
 *                      matching: each left item with the chosen and the correct right answer
 * @param typedAnswer   short answer: what the learner typed
 * @param acceptedAnswers short answer: the answers that earn the points
 * @param format        how the stem, option texts and feedback are written (typed and accepted short answers and
 *                      the right side of matching pairs are plain text)
 */
public record ReviewItem(int slot, QuestionType type, String stem, int points, double earned,
        List<ReviewOption> options, String typedAnswer, List<String> acceptedAnswers, String answerFeedback,
        String generalFeedback, TextFormat format) {

    public ReviewItem {
        options = List.copyOf(options);
        acceptedAnswers = List.copyOf(acceptedAnswers);
    }

    /** A review of a question written in Markdown. */
    public ReviewItem(int slot, QuestionType type, String stem, int points, double earned,
            List<ReviewOption> options, String typedAnswer, List<String> acceptedAnswers, String answerFeedback,
            String generalFeedback) {
        this(slot, type, stem, points, earned, options, typedAnswer, acceptedAnswers, answerFeedback,
                generalFeedback, TextFormat.MARKDOWN);
    }

    /**
     * @param chosen  for matching, the chosen right-hand answer ("" when none); for choices "x" when chosen
     * @param correct for matching, the correct right-hand answer; for choices "x" when the option earns points
     */
    public record ReviewOption(String text, boolean selected, boolean right, String chosen, String correct,
            String feedback) {
    }
}
