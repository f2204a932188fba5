package com.certdesk;

import com.certdesk.catalog.AuthoringService;
import com.certdesk.catalog.LessonDraft;
import com.certdesk.catalog.ModuleDraft;
import com.certdesk.catalog.SkillArea;
import com.certdesk.people.TeamService;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Test data made through the real services (as the system administrator). Names get a unique suffix so
 * tests sharing a Spring context never collide.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct-horse-42";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final UserAdminService users;
    private final TeamService teams;
    private final AuthoringService authoring;
    private final UserDetailsService userDetails;

    Fixtures(UserAdminService users, TeamService teams, AuthoringService authoring, UserDetailsService userDetails) {
        this.users = users;
        this.teams = teams;
        this.authoring = authoring;
        this.userDetails = userDetails;
    }

    /** Differs between test runs, so that names made in a kept database (PostgreSQL, benchmarks) do not collide. */
    private static final String RUN = Long.toString(new java.security.SecureRandom().nextLong(2_176_782_336L), 36);

    public static String unique(String prefix) {
        return prefix + "-" + COUNTER.incrementAndGet() + "-" + RUN;
    }

    public long team(String name, Long... managerIds) {
        return SystemAuthentication.callAsSystem(() -> teams.create(unique(name), Set.of(managerIds)).id());
    }

    /** Two teams, each with a manager of its own, and an HR user and an administrator: who may see which team. */
    public record TwoTeams(String manager, long teamA, String otherManager, long teamB, String hr, String admin) {
    }

    /** Makes {@link TwoTeams}, the names starting with the prefix ("dash" gives dash-manager, team "Dash A"). */
    public TwoTeams twoTeams(String prefix) {
        String manager = user(prefix + "-manager", null, Roles.MANAGER);
        String otherManager = user(prefix + "-other-manager", null, Roles.MANAGER);
        String hr = user(prefix + "-hr", null, Roles.HR);
        String admin = user(prefix + "-admin", null, Roles.ADMIN);
        String team = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1);
        long teamA = team(team + " A", userId(manager));
        long teamB = team(team + " B", userId(otherManager));
        return new TwoTeams(manager, teamA, otherManager, teamB, hr, admin);
    }

    /** Creates a user with one or more roles (in a team, or none) and returns their username. */
    public String user(String prefix, Long teamId, String... roles) {
        String username = unique(prefix).toLowerCase();
        SystemAuthentication.runAsSystem(() -> users.create(new UserDraft(username, "Test " + username,
                username + "@example.test", Set.of(roles), teamId, null, null, true), PASSWORD));
        return username;
    }

    /** Creates an agent with an external helpdesk id (what imported ratings name them by); returns their id. */
    public long agentWithExternalId(String prefix, Long teamId, String externalId) {
        String username = unique(prefix).toLowerCase();
        return SystemAuthentication.callAsSystem(() -> users.create(new UserDraft(username, "Test " + username,
                username + "@example.test", Set.of(com.certdesk.security.Roles.AGENT), teamId, null, externalId, true),
                PASSWORD).id());
    }

    /** The username of a user (as the system). */
    public String userName(long userId) {
        return SystemAuthentication.callAsSystem(() -> users.get(userId).username());
    }

    /** Moves a user to another team (or none), as an administrator editing them would. */
    public void moveToTeam(long userId, Long teamId) {
        SystemAuthentication.runAsSystem(() -> {
            var u = users.get(userId);
            users.update(userId, u.version(), new UserDraft(u.username(), u.displayName(), u.email(), u.roles(),
                    teamId, u.hireDate(), u.externalId(), u.active()));
        });
    }

    public long userId(String username) {
        return SystemAuthentication.callAsSystem(() -> users.search(username, true,
                org.springframework.data.domain.PageRequest.of(0, 5)).getContent().stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow().id());
    }

    /** Creates and publishes a module with the given number of lessons; returns its id. */
    public long publishedModule(String title, int lessons) {
        long id = draftModule(title, lessons);
        SystemAuthentication.runAsSystem(() -> authoring.publish(id));
        return id;
    }

    public long draftModule(String title, int lessons) {
        return SystemAuthentication.callAsSystem(() -> {
            long id = authoring.createModule(new ModuleDraft(unique(title), "What you will learn in " + title,
                    SkillArea.EMPATHY, 20));
            for (int i = 1; i <= lessons; i++) {
                authoring.addLesson(id, new LessonDraft("Lesson " + i, "### Part " + i + "\n\nSay **hello** kindly.", null));
            }
            return id;
        });
    }

    public List<Long> lessonIds(long moduleId) {
        return SystemAuthentication.callAsSystem(() -> new ArrayList<>(authoring.module(moduleId).lessons().stream()
                .map(l -> l.id()).toList()));
    }

    /** Signs a user in for the current thread, with the principal the real sign-in would create. */
    public void signIn(String username) {
        UserDetails principal = userDetails.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }
}
