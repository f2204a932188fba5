package com.certdesk.quiz.internal;

import com.certdesk.quiz.QuestionType;
import java.util.List;

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
     */
    public record Slot(long questionId, QuestionType type, String title, String stem, String generalFeedback,
            int points, List<Choice> choices, List<String> rightOptions) {

        public Slot {
            choices = List.copyOf(choices);
            rightOptions = List.copyOf(rightOptions);
        }
    }

    public record Choice(int key, String text, double fraction, String feedback, String match) {
    }
}
