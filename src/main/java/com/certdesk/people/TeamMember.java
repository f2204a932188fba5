package com.certdesk.people;

/** An active agent with their team: just what lists of many agents across teams need. */
public record TeamMember(long userId, String displayName, long teamId, String teamName) {
}
