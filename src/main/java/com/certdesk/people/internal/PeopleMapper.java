package com.certdesk.people.internal;

import com.certdesk.people.PersonRef;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.UserSummary;
import java.util.Comparator;

public final class PeopleMapper {

    private PeopleMapper() {
    }

    public static UserSummary toSummary(User user) {
        Team team = user.getTeam();
        return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.isActive(), user.getRoles(), team == null ? null : team.getId(),
                team == null ? null : team.getName(), user.getHireDate(), user.getExternalId(), user.getVersion());
    }

    public static TeamSummary toSummary(Team team, long activeMembers) {
        var managers = team.getManagers().stream()
                .map(m -> new PersonRef(m.getId(), m.getDisplayName()))
                .sorted(Comparator.comparing(PersonRef::displayName))
                .toList();
        return new TeamSummary(team.getId(), team.getName(), managers, activeMembers, team.getVersion());
    }
}
