package com.certdesk.certification;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One agent's progress in one certification program, as the progress report shows it: the status the certification
 * matrix derives (with its date: last valid day, or due date), where the assignment came from (when it was made and
 * the due date that applies to the agent), the latest certificate not revoked, the required modules complete, and the
 * agent's best quiz scores in them.
 *
 * @param assignedAt      when the assignment that applies was made; null when not assigned
 * @param dueOn           the due date that applies to the agent (a newcomer's own); null when not assigned
 * @param certifiedOn     the issue day of the latest certificate not revoked; null when none
 * @param validUntil      its last valid day; null when none or when it does not expire
 * @param lowestBestScore the lowest of the agent's best scores over the program's modules whose quiz they finished
 *                        (a single-module program: that module's best); null when they finished none
 * @param quizzesTaken    how many of the program's modules' quizzes they finished at least once
 * @param active          false for a deactivated agent (listed only when asked for, to HR and administrators)
 */
public record ProgramProgress(long userId, String displayName, @Nullable String teamName,
        long programId, String programName, CertStatus status, @Nullable LocalDate statusDate,
        @Nullable Instant assignedAt, @Nullable LocalDate dueOn, @Nullable LocalDate certifiedOn,
        @Nullable LocalDate validUntil, int modulesDone, int modulesRequired, @Nullable Double lowestBestScore,
        int quizzesTaken, boolean active) {
}
