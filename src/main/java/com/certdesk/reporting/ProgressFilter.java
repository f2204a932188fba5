package com.certdesk.reporting;

import com.certdesk.certification.CertStatus;
import com.certdesk.people.AgentActivity;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which agent × program rows the progress report shows: one team or all the caller may see, one program or every
 * active one, one status or any, agents whose latest certificate was issued between two days (both included; either
 * open; no dates for everyone), agents whose name contains {@code agent} (blank for everyone), and active agents
 * (the default), deactivated ones or both ({@code agents}: other than active only for HR and administrators).
 */
public record ProgressFilter(@Nullable Long teamId, @Nullable Long programId, @Nullable CertStatus status,
        @Nullable LocalDate certifiedFrom, @Nullable LocalDate certifiedTo, String agent, AgentActivity agents) {

    public static final ProgressFilter ALL = new ProgressFilter(null, null, null, null, null, "");

    public ProgressFilter {
        agent = agent.strip();
        agents = agents == null ? AgentActivity.ACTIVE : agents;
    }

    /** Active agents only. */
    public ProgressFilter(@Nullable Long teamId, @Nullable Long programId, @Nullable CertStatus status,
            @Nullable LocalDate certifiedFrom, @Nullable LocalDate certifiedTo, String agent) {
        this(teamId, programId, status, certifiedFrom, certifiedTo, agent, AgentActivity.ACTIVE);
    }

    boolean certifiedInRange(@Nullable LocalDate certifiedOn) {
        if (certifiedFrom == null && certifiedTo == null) {
            return true;
        }
        return certifiedOn != null && (certifiedFrom == null || !certifiedOn.isBefore(certifiedFrom))
                && (certifiedTo == null || !certifiedOn.isAfter(certifiedTo));
    }
}
