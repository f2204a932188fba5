package com.certdesk.quiz;

import java.util.List;

/**
 * A question as the learner sees it in an attempt: no weights, no feedback, options in the order this attempt
 * gave them.
 *
 * @param slot         0-based position in the attempt
 * @param options      choice questions: the options; matching: the items on the left
 * @param rightOptions matching only: the answers to choose from on the right (plain text)
 * @param format       how the stem and the options are written, so that a view renders them
 */
public record PaperQuestion(int slot, QuestionType type, String stem, int points, List<PaperOption> options,
        List<String> rightOptions, TextFormat format) {

    public PaperQuestion {
        options = List.copyOf(options);
        rightOptions = List.copyOf(rightOptions);
    }

    /** A question written in Markdown. */
    public PaperQuestion(int slot, QuestionType type, String stem, int points, List<PaperOption> options,
            List<String> rightOptions) {
        this(slot, type, stem, points, options, rightOptions, TextFormat.MARKDOWN);
    }

    /** An option with the key a {@link Response} refers to it by. */
    public record PaperOption(int key, String text) {
    }
}
