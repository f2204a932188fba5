package com.certdesk.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One import as the batches list shows it: where from, who, when, and its counts; for a deleted batch, who deleted
 * it and when.
 */
public record BatchSummary(long id, BatchOrigin origin, String format, String description, String createdBy,
        Instant createdAt, BatchStatus status, @Nullable Instant finishedAt, long rowsRead, long ratingsFound,
        long duplicates, long unknownAgentRatings, boolean skipUnknownAgents, long imported, long stored,
        @Nullable String deletedBy, @Nullable Instant deletedAt) {
}
