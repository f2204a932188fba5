package com.certdesk.certification;

import java.util.List;
import java.util.Map;

/**
 * A team's certification today, for dashboards: coverage of each active program assigned to the team or to any of
 * its agents (by program name), the number of overdue assignments (agent × program), and per agent the names of the
 * programs they hold a valid certificate of (agents without one are left out).
 */
public record TeamCertification(long teamId, int agents, List<ProgramCoverage> programs, long overdue,
        Map<Long, List<String>> validCertificates) {

    public TeamCertification {
        programs = List.copyOf(programs);
        validCertificates = Map.copyOf(validCertificates);
    }

    /** The programs this agent holds a valid certificate of, by name. */
    public List<String> certificatesOf(long userId) {
        return validCertificates.getOrDefault(userId, List.of());
    }
}
