package com.certdesk.certification;

/**
 * How much of a team holds a valid certificate of one program assigned to it: {@code certified} of {@code agents}
 * ("12 of 15"), and how many of them are overdue in it.
 */
public record ProgramCoverage(long programId, String programName, int certified, int agents, int overdue) {

    /** The share certified, 0-100; 0 for a team without agents. */
    public double percent() {
        return agents == 0 ? 0 : 100.0 * certified / agents;
    }
}
