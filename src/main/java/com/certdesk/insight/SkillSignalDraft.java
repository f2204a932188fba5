package com.certdesk.insight;

import com.certdesk.catalog.SkillArea;
import com.certdesk.feedback.Measure;
import org.jspecify.annotations.Nullable;

/** A new mapping as the form gives it; {@link SkillSuggestionService#addMapping} says what is missing. */
public record SkillSignalDraft(@Nullable SignalKind kind, @Nullable String reason, @Nullable Measure measure,
        @Nullable SkillArea skillArea) {

    /** The parts of a draft, so that a refusal can say which one it is about ({@link InvalidSkillSignalException}). */
    public enum Field {
        KIND, REASON, MEASURE, SKILL_AREA
    }

    /** Longest reason a mapping matches (reason codes and survey answers are short). */
    public static final int MAX_REASON = 200;

    public static SkillSignalDraft reason(String reason, SkillArea area) {
        return new SkillSignalDraft(SignalKind.REASON, reason, null, area);
    }

    public static SkillSignalDraft lowScore(Measure measure, SkillArea area) {
        return new SkillSignalDraft(SignalKind.LOW_SCORE, null, measure, area);
    }
}
