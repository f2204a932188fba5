package com.certdesk.certification;

import com.certdesk.catalog.ProgressState;
import com.certdesk.people.UserSummary;
import com.certdesk.quiz.AttemptState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything about one agent's certification for their manager or HR: where they stand in each active program,
 * their progress in each published module, their quiz attempts (newest first) and certificates (newest first).
 */
public record AgentRecord(UserSummary person, List<ProgramLine> programs, List<ModuleLine> modules,
        List<AttemptLine> attempts, List<CertificateView> certificates) {

    public AgentRecord {
        programs = List.copyOf(programs);
        modules = List.copyOf(modules);
        attempts = List.copyOf(attempts);
        certificates = List.copyOf(certificates);
    }

    /** The agent's status in one program. */
    public record ProgramLine(long programId, String programName, StatusCell cell) {
    }

    /** The agent's progress in one module; {@code quizPassed} is null when the module has no quiz. */
    public record ModuleLine(long moduleId, String title, ProgressState state, int doneLessons, int totalLessons,
            @Nullable Boolean quizPassed) {
    }

    /** One quiz attempt; percent and passed are null while it is open. */
    public record AttemptLine(long attemptId, long moduleId, String moduleTitle, int number, AttemptState state,
            Instant startedAt, @Nullable Instant finishedAt, @Nullable Double percent, @Nullable Boolean passed) {

        /** When it was finished, or started if still open. */
        public Instant when() {
            return finishedAt != null ? finishedAt : startedAt;
        }
    }
}
