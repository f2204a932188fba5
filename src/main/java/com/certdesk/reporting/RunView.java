package com.certdesk.reporting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One produced run of a scheduled report.
 *
 * @param period   the day it was due ("2026-12-07"), or "now:…" for a run started with Run now
 * @param message  why it failed or was skipped; null when it is ready
 */
public record RunView(long id, long scheduleId, String scheduleName, long ownerId, String period,
        RunStatus status, Instant startedAt, @Nullable Instant finishedAt, @Nullable Long rows,
        @Nullable String fileName, @Nullable Long sizeBytes, @Nullable String message) {

    /** Whether there is a file to download. */
    public boolean ready() {
        return status == RunStatus.DONE;
    }
}
