package com.certdesk.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment a customer wrote with a rating. Untrusted text: show it as plain text only, never as HTML or Markdown.
 * {@code score} with its metric and scale says what the customer gave.
 */
public record CustomerComment(long ratingId, long userId, Instant respondedAt, Metric metric, @Nullable Integer score,
        int scaleMin, int scaleMax, @Nullable String channel, String text, @Nullable String reason) {
}
