package com.certdesk.certification;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A program or module to assign, due by a date, either to a whole team ({@code teamId}; it then also covers agents
 * who join later, who get {@code joinerDays} from the day they join, or the team's due date when that is later) or
 * to chosen agents ({@code agentIds}; {@code joinerDays} is then unused).
 */
public record AssignmentDraft(AssignmentKind kind, long targetId, @Nullable Long teamId, List<Long> agentIds,
        LocalDate dueOn, int joinerDays) {

    /** Days to complete for agents who join a team after its assignment was made, unless chosen otherwise. */
    public static final int DEFAULT_JOINER_DAYS = 30;
    public static final int MAX_JOINER_DAYS = 365;

    public AssignmentDraft {
        agentIds = List.copyOf(new LinkedHashSet<>(agentIds));
    }

    public AssignmentDraft(AssignmentKind kind, long targetId, @Nullable Long teamId, List<Long> agentIds,
            LocalDate dueOn) {
        this(kind, targetId, teamId, agentIds, dueOn, DEFAULT_JOINER_DAYS);
    }

    public static AssignmentDraft toTeam(AssignmentKind kind, long targetId, long teamId, LocalDate dueOn) {
        return toTeam(kind, targetId, teamId, dueOn, DEFAULT_JOINER_DAYS);
    }

    public static AssignmentDraft toTeam(AssignmentKind kind, long targetId, long teamId, LocalDate dueOn,
            int joinerDays) {
        return new AssignmentDraft(kind, targetId, teamId, List.of(), dueOn, joinerDays);
    }

    public static AssignmentDraft toAgents(AssignmentKind kind, long targetId, List<Long> agentIds, LocalDate dueOn) {
        return new AssignmentDraft(kind, targetId, null, agentIds, dueOn, DEFAULT_JOINER_DAYS);
    }
}
