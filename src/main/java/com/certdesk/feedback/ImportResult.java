package com.certdesk.feedback;

/** What an import stored: new ratings, ratings skipped because already stored, ratings of unknown agents skipped. */
public record ImportResult(long batchId, long imported, long duplicates, long skippedUnknownAgents) {
}
