package com.certdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.ValidationException;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.certdesk.security.Usernames;
import com.certdesk.security.spi.AccountStore;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** What an administrator's changes to an account do to the user's open sessions, and the one username rule. */
@ServiceTest
class UserAccessChangesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AccountStore accounts;

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    private long version(long userId) {
        return accounts.findById(userId).orElseThrow().securityVersion();
    }

    private UserDraft draftOf(UserSummary u, Set<String> roles, Long teamId, boolean active, String displayName) {
        return new UserDraft(u.username(), displayName, u.email(), roles, teamId, u.hireDate(), u.externalId(), active);
    }

    @Test
    void creating_a_user_with_look_alike_letters_is_refused_with_the_rule() {
        fixtures.signIn(fixtures.user("creator", null, Roles.ADMIN));
        for (String name : new String[] {"adm\u0131n", "noah.fernande\u017f", "\ufb06ella", "in\u00e8s", "\u212aim"}) {
            assertThatThrownBy(() -> userAdmin.create(new UserDraft(name, "Look Alike", Fixtures.unique("la") + "@example.test",
                    Set.of(Roles.AGENT), null, null, null, true), Fixtures.PASSWORD))
                    .as(name).isInstanceOf(ValidationException.class)
                    .hasMessage("Username '" + name + "' must be " + Usernames.RULE + ".");
        }
        UserSummary created = userAdmin.create(new UserDraft(" Mixed.Case" + System.nanoTime() % 10_000 + " ", "Mixed",
                Fixtures.unique("mc") + "@example.test", Set.of(Roles.AGENT), null, null, null, true), Fixtures.PASSWORD);
        assertThat(created.username()).matches("mixed\\.case\\d+");
    }

    @Test
    void deactivation_role_team_and_password_changes_end_the_users_sessions_but_a_new_name_spelling_does_not() {
        String agent = fixtures.user("changed", null, Roles.AGENT, Roles.MANAGER);
        long id = fixtures.userId(agent);
        long team = fixtures.team("Moved to");
        fixtures.signIn(fixtures.user("changer", null, Roles.ADMIN));

        long v0 = version(id);
        UserSummary u = userAdmin.get(id);
        userAdmin.update(id, u.version(), draftOf(u, u.roles(), null, true, "A new display name"));
        assertThat(version(id)).as("display name only").isEqualTo(v0);

        userAdmin.update(id, userAdmin.get(id).version(), draftOf(userAdmin.get(id), Set.of(Roles.AGENT), null, true, "A new display name"));
        long v1 = version(id);
        assertThat(v1).as("role removed").isGreaterThan(v0);

        userAdmin.update(id, userAdmin.get(id).version(), draftOf(userAdmin.get(id), Set.of(Roles.AGENT), team, true, "A new display name"));
        long v2 = version(id);
        assertThat(v2).as("team changed").isGreaterThan(v1);

        userAdmin.resetPassword(id);
        long v3 = version(id);
        assertThat(v3).as("password reset").isGreaterThan(v2);

        userAdmin.setActive(id, false);
        assertThat(version(id)).as("deactivated").isGreaterThan(v3);
        assertThat(accounts.activeSecurityVersion(id)).as("no session of an inactive account survives").isEmpty();
    }

    @Test
    void an_administrator_editing_their_own_account_keeps_this_session() {
        String admin = fixtures.user("selfedit", null, Roles.ADMIN);
        long id = fixtures.userId(admin);
        long team = fixtures.team("Own team");
        fixtures.signIn(admin);

        userAdmin.update(id, userAdmin.get(id).version(), draftOf(userAdmin.get(id), Set.of(Roles.ADMIN, Roles.HR), team, true, "Me"));

        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .extracting("securityVersion").isEqualTo(version(id));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).contains("ROLE_HR");
    }

    @Test
    void only_administrators_unlock_accounts() {
        String agent = fixtures.user("nounlock", null, Roles.AGENT);
        long id = fixtures.userId(agent);
        fixtures.signIn(fixtures.user("manager-unlock", null, Roles.MANAGER, Roles.HR));

        assertThatThrownBy(() -> userAdmin.unlock(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userAdmin.lockedUntil(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.callAsSystem(() -> userAdmin.lockedUntil(id))).isEmpty();
    }
}
