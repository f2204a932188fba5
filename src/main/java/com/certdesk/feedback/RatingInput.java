package com.certdesk.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One rating as it comes in, in the canonical fields (FEEDBACK_FORMAT.md), whatever the source: a file row, an
 * element of an API batch, a page of the Zendesk connector. {@code score} is the normalised integer within
 * [scaleMin, scaleMax], higher is better; null means "no answer" (stored, never counted). At least one of
 * {@code agentId} and {@code agentEmail} names the agent at rating time. Text fields are untrusted input.
 * The rules that make a rating acceptable live in {@link RatingRules}.
 */
public record RatingInput(
        String sourceSystem,
        String sourceRecordId,
        @Nullable String questionId,
        Metric metric,
        int scaleMin,
        int scaleMax,
        @Nullable String sourceScoreRaw,
        @Nullable Integer score,
        Instant respondedAt,
        @Nullable String ticketId,
        @Nullable String agentId,
        @Nullable String agentEmail,
        @Nullable String teamId,
        @Nullable String channel,
        @Nullable String surveyId,
        @Nullable String comment,
        @Nullable String reason,
        @Nullable String language) {

    /** The de-duplication key's question part: the question id, or "" when the source has none. */
    public String questionKey() {
        return questionId == null ? "" : questionId;
    }
}
