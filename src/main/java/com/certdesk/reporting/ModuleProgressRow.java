package com.certdesk.reporting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One agent's progress in one published module, as the module progress report shows it.
 *
 * @param quizAttempts finished attempts at the module's quiz (0 also when it has none)
 * @param bestScore   the best finished quiz score (percent); null when the agent finished no attempt
 * @param completedAt when the module was completed (the last lesson done or the quiz first passed, whichever came
 *                    later); null while it is not
 * @param active      false for a deactivated agent (listed only when asked for, to HR and administrators)
 */
public record ModuleProgressRow(long userId, String agent, String team, long moduleId, String module,
        String skillArea, int lessonsDone, int lessons, int quizAttempts, @Nullable Double bestScore,
        @Nullable Instant completedAt, boolean active) {

    /** "Not started", "In progress" or "Complete". */
    public String state() {
        return completedAt != null ? "Complete" : lessonsDone > 0 || quizAttempts > 0 ? "In progress"
                : "Not started";
    }
}
