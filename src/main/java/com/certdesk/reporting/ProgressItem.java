package com.certdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One agent's progress in one active certification program, as {@code GET /api/v1/progress} serves it: the same
 * values as a row of the progress report.
 *
 * @param id              {@code "<agentId>-<programId>"}, stable for as long as both exist
 * @param status          NOT_ASSIGNED, ASSIGNED (not started), IN_PROGRESS, CERTIFIED, EXPIRING_SOON, EXPIRED or
 *                        OVERDUE, as the certification matrix derives it today
 * @param statusDate      the date that goes with the status: the last valid day of a certificate, or the due date
 * @param assignedAt      when the assignment that applies was made; null when not assigned
 * @param dueOn           the due date that applies to the agent; null when not assigned
 * @param certifiedOn     the issue day of the latest certificate not revoked
 * @param validUntil      its last valid day; null when none or when it does not expire
 * @param lowestBestScore the lowest of the agent's best quiz scores (percent) in the program's modules
 * @param quizzesTaken    in how many of the program's modules the agent finished the quiz at least once
 */
public record ProgressItem(String id, long agentId, String agentName, @Nullable String teamName, long programId,
        String programName, String status, @Nullable LocalDate statusDate, @Nullable Instant assignedAt,
        @Nullable LocalDate dueOn, @Nullable LocalDate certifiedOn, @Nullable LocalDate validUntil, int modulesDone,
        int modulesRequired, @Nullable Double lowestBestScore, int quizzesTaken) {
}
