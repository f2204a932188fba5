package com.certdesk.people;

import com.certdesk.people.internal.TeamMembership;
import com.certdesk.people.internal.TeamMembershipRepository;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was in which team when, from the team history that is written whenever a user's team is set or changed
 * (creating or editing a user, the CSV import, demo data). Answers "which team was user U in at instant T" and
 * "since when is U in their current team". Only for callers who may see the user.
 */
@Service
@Transactional(readOnly = true)
public class TeamHistory {

    private final TeamMembershipRepository memberships;
    private final PeopleDirectory people;
    private final Clock clock;

    TeamHistory(TeamMembershipRepository memberships, PeopleDirectory people, Clock clock) {
        this.memberships = memberships;
        this.people = people;
        this.clock = clock;
    }

    /** The team the user was in at that instant; empty when they were in none. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<Long> teamAt(long userId, Instant at) {
        people.checkCanView(userId);
        return memberships.findAt(userId, at).stream().findFirst().map(TeamMembership::getTeamId);
    }

    /** The day the user joined their current team; empty when they are in none. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<LocalDate> joinedCurrentTeamOn(long userId) {
        return Optional.ofNullable(currentStays(List.of(userId)).get(userId)).map(TeamStay::joinedOn);
    }

    /** For each of these users who is in a team: their stay in it. One query however many there are. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Map<Long, TeamStay> currentStays(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        people.checkCanViewAll(userIds);
        Map<Long, TeamStay> result = new HashMap<>();
        for (TeamMembership m : memberships.findCurrent(userIds)) {
            result.put(m.getUserId(), stay(m));
        }
        return result;
    }

    /** Every stay of the user in a team, oldest first. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<TeamStay> history(long userId) {
        people.checkCanView(userId);
        return memberships.findHistory(userId).stream().map(this::stay).toList();
    }

    private TeamStay stay(TeamMembership m) {
        return TeamStay.of(m.getUserId(), m.getTeamId(), m.getValidFrom(), m.getValidTo(), clock.getZone());
    }
}
