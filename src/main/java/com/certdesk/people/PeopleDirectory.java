package com.certdesk.people;

import com.certdesk.base.NotFoundException;
import com.certdesk.people.internal.PeopleMapper;
import com.certdesk.people.internal.TeamRepository;
import com.certdesk.people.internal.UserRepository;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see whom. Other features ask here before they show a person's records: a user sees themself,
 * a manager the members of the teams they manage, HR and administrators everyone.
 */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final UserRepository users;
    private final TeamRepository teams;
    private final CurrentUser currentUser;

    PeopleDirectory(UserRepository users, TeamRepository teams, CurrentUser currentUser) {
        this.users = users;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /** Throws {@link AccessDeniedException} unless the caller may see this user's records. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void checkCanView(long userId) {
        if (!canView(userId)) {
            throw new AccessDeniedException("You may not see the records of user " + userId);
        }
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean canView(long userId) {
        if (currentUser.hasAnyRole(Roles.ADMIN, Roles.HR)) {
            return true;
        }
        long me = currentUser.id();
        if (me == userId) {
            return true;
        }
        return currentUser.hasRole(Roles.MANAGER) && users.isManagedBy(userId, me);
    }

    /**
     * Whether the caller manages the team this user is in now (as a manager, whatever other roles they hold). The
     * rule for what only an agent's own manager may read, such as what customers wrote about the agent.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean managesUser(long userId) {
        return currentUser.hasRole(Roles.MANAGER) && users.isManagedBy(userId, currentUser.id());
    }

    /** Throws {@link AccessDeniedException} unless the caller may see this team. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void checkCanViewTeam(long teamId) {
        boolean allowed = currentUser.hasAnyRole(Roles.ADMIN, Roles.HR)
                || currentUser.hasRole(Roles.MANAGER) && teams.isManagedBy(teamId, currentUser.id());
        if (!allowed) {
            throw new AccessDeniedException("You may not see team " + teamId);
        }
    }

    /**
     * Whether the caller may manage this team's training (assign to it, change its due dates): administrators any
     * team, managers the teams they manage. HR sees every team but manages none. The one place this rule lives.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean canManageTeam(long teamId) {
        return currentUser.hasRole(Roles.ADMIN)
                || currentUser.hasRole(Roles.MANAGER) && teams.isManagedBy(teamId, currentUser.id());
    }

    /** Throws {@link AccessDeniedException} unless {@link #canManageTeam} allows it. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void checkCanManageTeam(long teamId) {
        if (!canManageTeam(teamId)) {
            throw new AccessDeniedException("You may not manage team " + teamId);
        }
    }

    /**
     * Throws {@link AccessDeniedException} unless the caller may manage this user's training: administrators anyone,
     * managers the members of the teams they manage (also when they hold the HR role, which only lets them look).
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void checkCanManage(long userId) {
        boolean allowed = currentUser.hasRole(Roles.ADMIN)
                || currentUser.hasRole(Roles.MANAGER) && users.isManagedBy(userId, currentUser.id());
        if (!allowed) {
            throw new AccessDeniedException("You may not manage the training of user " + userId);
        }
    }

    /** A person the caller may see. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public UserSummary person(long userId) {
        checkCanView(userId);
        return users.findById(userId).map(PeopleMapper::toSummary)
                .orElseThrow(() -> new NotFoundException("There is no user with id " + userId + "."));
    }

    /** Active agents of a team the caller may see, a page at a time. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Page<UserSummary> agentsInTeam(long teamId, Pageable pageable) {
        checkCanViewTeam(teamId);
        return users.findActiveInTeamWithRole(teamId, Roles.AGENT, pageable).map(PeopleMapper::toSummary);
    }

    /**
     * Active agents of every team the caller may see, by name, a page at a time: for HR and administrators every
     * active agent (also those in no team), for managers the agents of the teams they manage.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Page<UserSummary> agentsOfVisibleTeams(Pageable pageable) {
        Page<com.certdesk.people.internal.User> page = currentUser.hasAnyRole(Roles.ADMIN, Roles.HR)
                ? users.pageActiveWithRole(Roles.AGENT, pageable)
                : users.pageActiveWithRoleManagedBy(Roles.AGENT, currentUser.id(), pageable);
        return page.map(PeopleMapper::toSummary);
    }

    /**
     * Active agents of these teams whose name contains {@code nameContains} (ignoring case; blank for all), by
     * name, in one query. Refused unless the caller may see every one of the teams.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamMember> agentsOfTeams(Collection<Long> teamIds, String nameContains) {
        return agentsOfTeams(teamIds, nameContains, AgentActivity.ACTIVE);
    }

    /**
     * As {@link #agentsOfTeams(Collection, String)}, with deactivated agents too or only (each in the team they were
     * last in) when {@code activity} says so: those only for HR and administrators, refused to managers.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamMember> agentsOfTeams(Collection<Long> teamIds, String nameContains, AgentActivity activity) {
        if (activity != AgentActivity.ACTIVE && !currentUser.hasAnyRole(Roles.ADMIN, Roles.HR)) {
            throw new AccessDeniedException("Only HR and administrators may list deactivated agents");
        }
        if (teamIds.isEmpty()) {
            return List.of();
        }
        if (!currentUser.hasAnyRole(Roles.ADMIN, Roles.HR)) {
            Set<Long> managed = teams.findManagedBy(currentUser.id()).stream().map(t -> t.getId())
                    .collect(Collectors.toSet());
            if (!currentUser.hasRole(Roles.MANAGER) || !managed.containsAll(teamIds)) {
                throw new AccessDeniedException("You may not see all of the teams " + teamIds);
            }
        }
        return users.findMembersWithRole(teamIds, Roles.AGENT, likePattern(nameContains), activity.states());
    }

    /**
     * Throws {@link AccessDeniedException} unless the caller may see the records of every one of these users; one
     * query however many there are.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void checkCanViewAll(Collection<Long> userIds) {
        if (userIds.isEmpty() || currentUser.hasAnyRole(Roles.ADMIN, Roles.HR)) {
            return;
        }
        long me = currentUser.id();
        Set<Long> others = userIds.stream().filter(id -> id != me).collect(Collectors.toSet());
        if (others.isEmpty()) {
            return;
        }
        if (!currentUser.hasRole(Roles.MANAGER) || users.countManagedBy(others, me) != others.size()) {
            throw new AccessDeniedException("You may not see the records of all of these users");
        }
    }

    /** Display names of these users (names are shown to any signed-in colleague); unknown ids are left out. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public java.util.Map<Long, String> names(java.util.Collection<Long> userIds) {
        var names = new java.util.HashMap<Long, String>();
        if (!userIds.isEmpty()) {
            users.findAllById(userIds).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        }
        return names;
    }

    /** A case-insensitive "contains" pattern for {@code like ... escape '\\'}; empty for blank text. */
    /**
     * The ids of the people, active or not, whose name or username contains {@code text} (ignoring case), at most
     * {@code limit}: for HR and administrators, who see everyone, to find records by their holder's name.
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public List<Long> idsMatching(String text, int limit) {
        return users.search(likePattern(text), true, org.springframework.data.domain.PageRequest.of(0, limit))
                .map(com.certdesk.people.internal.User::getId).getContent();
    }

    static String likePattern(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            return "";
        }
        return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Ids of all active agents (used by administrators' tooling such as demo data). */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<Long> activeAgentIds() {
        return users.findActiveIdsWithRole(Roles.AGENT);
    }

    /** An active agent's id and current team ({@code null} in none). */
    public record AgentTeam(long userId, @org.jspecify.annotations.Nullable Long teamId) {
    }

    /**
     * Every active agent with their current team, by id: who a survey for everyone, or for some teams, asks (the
     * system account, for jobs).
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<AgentTeam> activeAgentsAndTeams() {
        return users.findActiveIdsAndTeamsWithRole(Roles.AGENT).stream()
                .map(row -> new AgentTeam((Long) row[0], (Long) row[1])).toList();
    }

    /** The id of the user with this username, if any (administrators only). */
    @PreAuthorize(Roles.IS_ADMIN)
    public java.util.Optional<Long> idOf(String username) {
        return com.certdesk.security.Usernames.canonical(username).flatMap(users::findByUsername).map(u -> u.getId());
    }
}
