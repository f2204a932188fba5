package com.certdesk.certification;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An assignment as listed for managers: what, to whom (a team or one agent), due when, by whom; for a team, the days
 * agents who join later get ({@code joinerDays}, null for an agent's own assignment).
 */
public record AssignmentView(long id, AssignmentKind kind, long targetId, String targetTitle, @Nullable Long teamId,
        @Nullable Long userId, String assigneeName, LocalDate dueOn, @Nullable String assignedByName,
        Instant assignedAt, @Nullable Integer joinerDays) {

    public boolean toTeam() {
        return teamId != null;
    }
}
