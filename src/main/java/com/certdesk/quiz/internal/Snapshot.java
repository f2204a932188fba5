package com.certdesk.quiz.internal;

import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.TextFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The questions an attempt was given, frozen when it started: stems, options in the order shown, weights and
 * feedback. Grading and review read only this, so later edits to the bank never change a past attempt.
 */
public record Snapshot(List<Slot> slots) {

    public Snapshot {
        slots = List.copyOf(slots);
    }

    /**
     * @param choices      options (or matching left items) in display order; {@code key} is the option's index
     *                     in the question as it was
     * @param rightOptions matching: the right-hand answers in display order
     * @param format       how the stem, options and feedback are written; Markdown in snapshots taken before
     *                     questions had a format
     */
    public record Slot(long questionId, QuestionType type, String title, String stem, String generalFeedback,
            int points, List<Choice> choices, List<String> rightOptions, TextFormat format) {

        public Slot(long questionId, QuestionType type, String title, String stem, String generalFeedback,
                int points, List<Choice> choices, List<String> rightOptions, @Nullable TextFormat format) {
            this.questionId = questionId;
            this.type = type;
            this.title = title;
            this.stem = stem;
            this.generalFeedback = generalFeedback;
            this.points = points;
            this.choices = List.copyOf(choices);
            this.rightOptions = List.copyOf(rightOptions);
            this.format = format == null ? TextFormat.MARKDOWN : format;
        }

        public Slot(long questionId, QuestionType type, String title, String stem, String generalFeedback,
                int points, List<Choice> choices, List<String> rightOptions) {
            this(questionId, type, title, stem, generalFeedback, points, choices, rightOptions, TextFormat.MARKDOWN);
        }
    }

    public record Choice(int key, String text, double fraction, String feedback, String match) {
    }
}
