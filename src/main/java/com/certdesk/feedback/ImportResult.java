package com.certdesk.feedback;

/**
 * What an import stored: new ratings, ratings skipped because already stored, ratings of unknown agents skipped.
 * {@code batchId} is 0 when nothing new was stored by an API call or connector page (no batch is recorded then).
 */
public record ImportResult(long batchId, long imported, long duplicates, long skippedUnknownAgents) {
}
