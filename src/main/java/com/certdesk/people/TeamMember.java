package com.certdesk.people;

/**
 * An agent with their team: just what lists of many agents across teams need. {@code active} is false only in lists
 * that asked for deactivated agents too ({@link AgentActivity}); their team is the one they were last in.
 */
public record TeamMember(long userId, String displayName, long teamId, String teamName, boolean active) {
}
