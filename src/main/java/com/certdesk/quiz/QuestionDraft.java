package com.certdesk.quiz;

import java.util.List;

/**
 * The content of a question, as an author writes it or as a GIFT file describes it. The stem and feedback are
 * Markdown (HTML inside Markdown is allowed and sanitized when shown). {@link QuestionRules#problems} tells
 * whether a draft is complete enough to be asked.
 */
public record QuestionDraft(QuestionType type, String title, String stem, String generalFeedback, int points,
        List<ChoiceDraft> choices) {

    public QuestionDraft {
        choices = List.copyOf(choices);
    }
}
