package com.certdesk.people;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.people.internal.PeopleMapper;
import com.certdesk.people.internal.Team;
import com.certdesk.people.internal.TeamRepository;
import com.certdesk.people.internal.User;
import com.certdesk.people.internal.UserRepository;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams and their managers. Administrators change them; managers see theirs, HR sees all. */
@Service
@Transactional
public class TeamService {

    private static final Logger log = LoggerFactory.getLogger(TeamService.class);

    private final TeamRepository teams;
    private final UserRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AuditLog audit;

    TeamService(TeamRepository teams, UserRepository users, CurrentUser currentUser, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.teams = teams;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The teams the caller may see: all for administrators and HR, the managed ones for managers. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamSummary> visibleTeams() {
        List<Team> visible = currentUser.hasAnyRole(Roles.ADMIN, Roles.HR)
                ? teams.findAllOrderByName()
                : teams.findManagedBy(currentUser.id());
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : users.countActiveMembersPerTeam()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return visible.stream().map(t -> PeopleMapper.toSummary(t, counts.getOrDefault(t.getId(), 0L))).toList();
    }

    /**
     * One of {@link #visibleTeams}, by id, without counting every team's members; empty when there is no such team or
     * the caller may not see it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public java.util.Optional<TeamSummary> visibleTeam(long teamId) {
        boolean visible = currentUser.hasAnyRole(Roles.ADMIN, Roles.HR)
                || teams.isManagedBy(teamId, currentUser.id());
        return visible ? teams.findById(teamId).map(t -> PeopleMapper.toSummary(t,
                users.countActiveMembersOfTeam(teamId))) : java.util.Optional.empty();
    }

    /**
     * Whether a team with this id exists, so that a page can tell "no such team" from "not yours"; says nothing
     * more about the team.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean exists(long teamId) {
        return teams.existsById(teamId);
    }

    /** Users who hold the manager role: the choices for a team's managers. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_ADMIN)
    public List<PersonRef> managerCandidates() {
        return users.findActiveWithRole(Roles.MANAGER).stream()
                .map(u -> new PersonRef(u.getId(), u.getDisplayName()))
                .toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public TeamSummary create(String name, Set<Long> managerIds) {
        String clean = checkName(name, null);
        var team = new Team(clean, clock.instant());
        assignManagers(team, managerIds);
        teams.save(team);
        audit.record(AuditKind.TEAM_CHANGED, "team '" + clean + "' created");
        return PeopleMapper.toSummary(team, 0);
    }

    /**
     * Renames the team and sets its managers; refused, with nothing saved, when someone else changed the team since
     * {@code expectedVersion} (the {@link TeamSummary#version()} the form loaded) was read.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public TeamSummary update(long id, long expectedVersion, String name, Set<Long> managerIds) {
        Team team = teams.findById(id).orElseThrow(() -> new NotFoundException("There is no team with id " + id + "."));
        String what = "the team " + team.getName();
        StaleEditException.check(what, expectedVersion, team.getVersion());
        team.setName(checkName(name, team));
        assignManagers(team, managerIds);
        StaleEditException.guard(what, () -> teams.saveAndFlush(team));
        audit.record(AuditKind.TEAM_CHANGED, "team '" + team.getName() + "' changed (name or managers)");
        return PeopleMapper.toSummary(team, users.countByTeamIdAndActiveTrue(id));
    }

    private String checkName(String name, @Nullable Team existing) {
        String clean = name.trim();
        if (clean.isEmpty()) {
            throw new ValidationException("A team needs a name.");
        }
        if (clean.length() > 120) {
            throw new ValidationException("A team name can have at most 120 characters.");
        }
        teams.findByNameIgnoreCase(clean).filter(t -> existing == null || !t.getId().equals(existing.getId()))
                .ifPresent(t -> {
                    throw new ValidationException("There is already a team called '" + t.getName() + "'.");
                });
        return clean;
    }

    private void assignManagers(Team team, Set<Long> managerIds) {
        List<User> managers = users.findAllById(managerIds);
        if (managers.size() != managerIds.size()) {
            throw new ValidationException("One of the chosen managers no longer exists.");
        }
        for (User manager : managers) {
            if (!manager.getRoles().contains(Roles.MANAGER)) {
                throw new ValidationException(manager.getDisplayName() + " does not have the manager role.");
            }
        }
        team.getManagers().clear();
        team.getManagers().addAll(managers);
    }
}
