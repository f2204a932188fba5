package com.certdesk.people;

import java.util.List;

/**
 * A team with its managers and how many active members it has; {@code version} goes back to
 * {@link TeamService#update} so that a stale edit is refused.
 */
public record TeamSummary(long id, String name, List<PersonRef> managers, long activeMembers, long version) {

    public TeamSummary {
        managers = List.copyOf(managers);
    }

    public String managerNames() {
        return String.join(", ", managers.stream().map(PersonRef::displayName).toList());
    }
}
