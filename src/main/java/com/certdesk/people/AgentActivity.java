package com.certdesk.people;

import java.util.List;

/**
 * Which agents a report lists: those active today (the default everywhere), the deactivated ones (kept with the team
 * they were last in, for HR's records), or both. Only HR and administrators may ask for deactivated agents.
 */
public enum AgentActivity {
    ACTIVE("Active agents", List.of(true)),
    INACTIVE("Deactivated agents", List.of(false)),
    ALL("Active and deactivated agents", List.of(true, false));

    private final String label;
    private final List<Boolean> states;

    AgentActivity(String label, List<Boolean> states) {
        this.label = label;
        this.states = states;
    }

    public String label() {
        return label;
    }

    /** The values of a user's active flag this choice lists. */
    public List<Boolean> states() {
        return states;
    }
}
