package com.certdesk.certification.internal;

import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.certification.StatusCell;
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
    private final Clock clock;

    StatusCalculator(AssignmentRepository assignments, CertificateRepository certificates, Clock clock) {
        this.assignments = assignments;
        this.certificates = certificates;
        this.clock = clock;
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
        LocalDate today = today();
        Map<Long, Map<String, LocalDate>> due = effectiveDueDates(agents);
        Map<Long, Map<Long, List<CertPeriod>>> certs = new HashMap<>();
        for (Certificate c : certificates.findByUsers(agents.stream().map(Agent::userId).toList())) {
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
                boolean begun = program.moduleIds().stream().anyMatch(started::contains);
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
        Set<Long> userIds = new HashSet<>();
        Set<Long> teamIds = new HashSet<>();
        for (Agent a : agents) {
            userIds.add(a.userId());
            if (a.teamId() != null) {
                teamIds.add(a.teamId());
            }
        }
        List<Assignment> reaching = assignments.findReaching(userIds, teamIds.isEmpty() ? Set.of(-1L) : teamIds);
        Map<Long, Map<String, LocalDate>> teamDue = new HashMap<>();
        Map<Long, Map<String, LocalDate>> userDue = new HashMap<>();
        for (Assignment a : reaching) {
            String key = targetKey(a.getKind(), a.getTargetId());
            if (a.getUserId() != null) {
                userDue.computeIfAbsent(a.getUserId(), k -> new HashMap<>()).put(key, a.getDueOn());
            } else {
                teamDue.computeIfAbsent(Objects.requireNonNull(a.getTeamId()), k -> new HashMap<>()).put(key, a.getDueOn());
            }
        }
        Map<Long, Map<String, LocalDate>> result = new HashMap<>();
        for (Agent a : agents) {
            Map<String, LocalDate> merged = new HashMap<>();
            if (a.teamId() != null) {
                merged.putAll(teamDue.getOrDefault(a.teamId(), Map.of()));
            }
            merged.putAll(userDue.getOrDefault(a.userId(), Map.of()));
            result.put(a.userId(), merged);
        }
        return result;
    }

    public static String targetKey(AssignmentKind kind, long targetId) {
        return (kind == AssignmentKind.PROGRAM ? "P" : "M") + targetId;
    }
}
