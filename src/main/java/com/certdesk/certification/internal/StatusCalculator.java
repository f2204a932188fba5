package com.certdesk.certification.internal;

import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.certification.StatusCell;
import com.certdesk.people.TeamHistory;
import com.certdesk.people.TeamStay;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Derives the status of many agents in many programs with two queries (assignments and certificates) plus the
 * learning progress the caller passes in. Nothing about a status is stored.
 */
@Component
public class StatusCalculator {

    private final AssignmentRepository assignments;
    private final CertificateRepository certificates;
    private final TeamHistory teamHistory;
    private final Clock clock;

    StatusCalculator(AssignmentRepository assignments, CertificateRepository certificates, TeamHistory teamHistory,
            Clock clock) {
        this.assignments = assignments;
        this.certificates = certificates;
        this.teamHistory = teamHistory;
        this.clock = clock;
    }

    /**
     * The due date that applies to one agent, and where it comes from: the assignment, how often its due date
     * changed, and whether the agent joined the team after the assignment was made (and so got the days for
     * newcomers).
     */
    public record Due(LocalDate dueOn, long assignmentId, int revision, boolean joiner, java.time.Instant assignedAt) {
    }

    /** An agent and their team (null when in none). */
    public record Agent(long userId, @Nullable Long teamId) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * For each agent, program id → status. {@code startedModules} holds, per agent, the modules they have begun
     * (lessons done or quiz passed); agents missing from it have started nothing.
     */
    public Map<Long, Map<Long, StatusCell>> statuses(Collection<Agent> agents, List<ProgramSummary> programs,
            Map<Long, Set<Long>> startedModules) {
        if (agents.isEmpty() || programs.isEmpty()) {
            return Map.of();
        }
        return statuses(agents, programs, startedModules, effectiveDueDates(agents));
    }

    /** As above, with the agents' {@link #effectiveDueDates} already worked out by the caller. */
    public Map<Long, Map<Long, StatusCell>> statuses(Collection<Agent> agents, List<ProgramSummary> programs,
            Map<Long, Set<Long>> startedModules, Map<Long, Map<String, LocalDate>> due) {
        if (agents.isEmpty() || programs.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        Map<Long, Map<Long, List<CertPeriod>>> certs = new HashMap<>();
        for (Certificate c : certificates.findByManyUsers(agents.stream().map(Agent::userId).toList())) {
            certs.computeIfAbsent(c.getUserId(), k -> new HashMap<>())
                    .computeIfAbsent(c.getProgramId(), k -> new java.util.ArrayList<>()).add(c.period());
        }
        Map<Long, Map<Long, StatusCell>> result = new HashMap<>();
        for (Agent agent : agents) {
            Map<String, LocalDate> myDue = due.getOrDefault(agent.userId(), Map.of());
            Map<Long, List<CertPeriod>> myCerts = certs.getOrDefault(agent.userId(), Map.of());
            Set<Long> started = startedModules.getOrDefault(agent.userId(), Set.of());
            Map<Long, StatusCell> cells = new HashMap<>();
            for (ProgramSummary program : programs) {
                boolean begun = !started.isEmpty() && program.moduleIds().stream().anyMatch(started::contains);
                var facts = new CertificationRules.Facts(myDue.get(targetKey(AssignmentKind.PROGRAM, program.id())),
                        myCerts.getOrDefault(program.id(), List.of()), begun, program.windowDays());
                cells.put(program.id(), CertificationRules.status(today, facts));
            }
            result.put(agent.userId(), cells);
        }
        return result;
    }

    /**
     * For each agent, "P12"/"M4" → the due date that applies to them: their own assignment if they have one, else
     * their team's. An agent-level assignment is how a manager gives one agent a new due date.
     */
    public Map<Long, Map<String, LocalDate>> effectiveDueDates(Collection<Agent> agents) {
        Map<Long, Map<String, LocalDate>> result = new HashMap<>();
        effectiveDues(agents).forEach((userId, dues) -> {
            Map<String, LocalDate> dates = new HashMap<>();
            dues.forEach((key, due) -> dates.put(key, due.dueOn()));
            result.put(userId, dates);
        });
        return result;
    }

    /**
     * Like {@link #effectiveDueDates}, with where each date comes from. A team assignment gives an agent who joined
     * the team after it was made {@link Assignment#getJoinerDays()} days from the day they joined, or the team's
     * due date when that is later; agents who were in the team already keep the team's due date. Three queries
     * however many agents there are.
     */
    public Map<Long, Map<String, Due>> effectiveDues(Collection<Agent> agents) {
        Set<Long> userIds = new HashSet<>();
        Set<Long> teamIds = new HashSet<>();
        for (Agent a : agents) {
            userIds.add(a.userId());
            if (a.teamId() != null) {
                teamIds.add(a.teamId());
            }
        }
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<Assignment> reaching = assignments.findReaching(userIds, teamIds.isEmpty() ? Set.of(-1L) : teamIds);
        Map<Long, List<Assignment>> teamAssignments = new HashMap<>();
        Map<Long, Map<String, Due>> userDue = new HashMap<>();
        for (Assignment a : reaching) {
            if (a.getUserId() != null) {
                userDue.computeIfAbsent(a.getUserId(), k -> new HashMap<>()).put(targetKey(a.getKind(),
                        a.getTargetId()), new Due(a.getDueOn(), a.getId(), a.getDueRevision(), false,
                        a.getCreatedAt()));
            } else {
                teamAssignments.computeIfAbsent(Objects.requireNonNull(a.getTeamId()), k -> new java.util.ArrayList<>())
                        .add(a);
            }
        }
        Map<Long, TeamStay> stays = teamAssignments.isEmpty() ? Map.of() : teamHistory.currentStays(userIds);
        Map<Long, Map<String, Due>> result = new HashMap<>();
        for (Agent agent : agents) {
            Map<String, Due> merged = new HashMap<>();
            if (agent.teamId() != null) {
                TeamStay stay = stays.get(agent.userId());
                for (Assignment a : teamAssignments.getOrDefault(agent.teamId(), List.of())) {
                    merged.put(targetKey(a.getKind(), a.getTargetId()), teamDue(a,
                            stay != null && stay.teamId() == agent.teamId() ? stay : null));
                }
            }
            merged.putAll(userDue.getOrDefault(agent.userId(), Map.of()));
            result.put(agent.userId(), merged);
        }
        return result;
    }

    /** A team assignment's due date for one member, given their stay in the team (null when unknown). */
    static Due teamDue(Assignment a, @Nullable TeamStay stay) {
        if (stay != null && stay.from().isAfter(a.getCreatedAt())) {
            LocalDate own = stay.joinedOn().plusDays(a.getJoinerDays());
            LocalDate due = own.isAfter(a.getDueOn()) ? own : a.getDueOn();
            return new Due(due, a.getId(), a.getDueRevision(), true, a.getCreatedAt());
        }
        return new Due(a.getDueOn(), a.getId(), a.getDueRevision(), false, a.getCreatedAt());
    }

    public static String targetKey(AssignmentKind kind, long targetId) {
        return (kind == AssignmentKind.PROGRAM ? "P" : "M") + targetId;
    }

    /** The module a {@link #targetKey} names, or null when it names a program. */
    public static @Nullable Long moduleOf(String targetKey) {
        return targetKey.startsWith("M") ? Long.valueOf(targetKey.substring(1)) : null;
    }
}
