package com.certdesk.certification;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An assignment as listed for managers: what, to whom (a team or one agent), due when, by whom. */
public record AssignmentView(long id, AssignmentKind kind, long targetId, String targetTitle, @Nullable Long teamId,
        @Nullable Long userId, String assigneeName, LocalDate dueOn, @Nullable String assignedByName,
        Instant assignedAt) {

    public boolean toTeam() {
        return teamId != null;
    }
}
