package com.certdesk.insight;

import com.certdesk.base.ValidationException;

/**
 * {@link SkillSuggestionService#addMapping} refused a draft because of one of its parts: the form shows the message
 * on that field rather than somewhere under the form.
 */
public class InvalidSkillSignalException extends ValidationException {

    private final SkillSignalDraft.Field field;

    public InvalidSkillSignalException(SkillSignalDraft.Field field, String message) {
        super(message);
        this.field = field;
    }

    /** The part of the draft the message is about. */
    public SkillSignalDraft.Field field() {
        return field;
    }
}
