package com.certdesk.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One import as the batches list shows it: where from, who, when, and its counts; for a deleted batch, who deleted
 * it and when; a note on why an import ended without its ratings (e.g. its server stopped while it ran). {@code stored}
 * counts the ratings in the database that belong to it (while it is IMPORTING, how far it got).
 */
public record BatchSummary(long id, BatchOrigin origin, String format, String description, String createdBy,
        Instant createdAt, BatchStatus status, @Nullable Instant finishedAt, long rowsRead, long ratingsFound,
        long duplicates, long unknownAgentRatings, boolean skipUnknownAgents, long imported, long stored,
        @Nullable String deletedBy, @Nullable Instant deletedAt, @Nullable String note) {
}
