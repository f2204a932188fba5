package com.certdesk.quiz;

import java.util.List;

/**
 * The content of a question, as an author writes it or as a GIFT file describes it. The stem and feedback are
 * Markdown (HTML inside Markdown is allowed and sanitized when shown). {@link QuestionRules#problems} tells
 * whether a draft is complete enough to be asked. {@code format} says how the stem, the answers (not the accepted
 * short answers nor the right side of matching pairs, which are plain text) and the feedback are written.
 */
public record QuestionDraft(QuestionType type, String title, String stem, String generalFeedback, int points,
        List<ChoiceDraft> choices, TextFormat format) {

    public QuestionDraft {
        choices = List.copyOf(choices);
    }

    /** A draft in Markdown, the format of Certdesk's own editor. */
    public QuestionDraft(QuestionType type, String title, String stem, String generalFeedback, int points,
            List<ChoiceDraft> choices) {
        this(type, title, stem, generalFeedback, points, choices, TextFormat.MARKDOWN);
    }

    /** This draft with other points. */
    public QuestionDraft withPoints(int newPoints) {
        return new QuestionDraft(type, title, stem, generalFeedback, newPoints, choices, format);
    }
}
