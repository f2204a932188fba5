package com.certdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled report as its page lists it.
 *
 * @param nextRunOn     the day it is next produced; null while paused
 * @param pausedReason  why Certdesk paused it (null when its owner paused it, or it runs)
 * @param lastRun       its newest run, or null before the first
 */
public record ScheduleView(long id, long ownerId, String ownerName, ReportKind report, String name,
        ExportFormat format, ScheduleFrequency frequency, int day, DateRule dates, @Nullable LocalDate from,
        @Nullable LocalDate to, boolean email, @Nullable LocalDate nextRunOn, boolean paused,
        @Nullable String pausedReason, Instant createdAt, @Nullable RunView lastRun) {

    /** "Weekly on Monday". */
    public String when() {
        return frequency.describe(day);
    }
}
