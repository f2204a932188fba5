package com.certdesk.certification;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A program or module to assign, due by a date, either to a whole team ({@code teamId}; it then also covers agents
 * who join later) or to chosen agents ({@code agentIds}).
 */
public record AssignmentDraft(AssignmentKind kind, long targetId, @Nullable Long teamId, List<Long> agentIds,
        LocalDate dueOn) {

    public AssignmentDraft {
        agentIds = List.copyOf(new LinkedHashSet<>(agentIds));
    }

    public static AssignmentDraft toTeam(AssignmentKind kind, long targetId, long teamId, LocalDate dueOn) {
        return new AssignmentDraft(kind, targetId, teamId, List.of(), dueOn);
    }

    public static AssignmentDraft toAgents(AssignmentKind kind, long targetId, List<Long> agentIds, LocalDate dueOn) {
        return new AssignmentDraft(kind, targetId, null, agentIds, dueOn);
    }
}
