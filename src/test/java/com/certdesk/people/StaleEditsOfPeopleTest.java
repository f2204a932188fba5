package com.certdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.StaleEditException;
import com.certdesk.security.Roles;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two administrators editing the same user or team: the second save, made on the old copy, is refused. */
@ServiceTest
class StaleEditsOfPeopleTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAdminService users;
    @Autowired
    TeamService teams;

    @BeforeEach
    void signInAsAdmin() {
        fixtures.signIn(fixtures.user("admin", null, Roles.ADMIN));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private static UserDraft renamed(UserSummary u, String name) {
        return new UserDraft(u.username(), name, u.email(), u.roles(), u.teamId(), u.hireDate(), u.externalId(),
                u.active());
    }

    @Test
    void an_admin_saving_a_user_someone_else_changed_since_is_refused_and_nothing_is_saved() {
        UserSummary opened = users.get(fixtures.userId(fixtures.user("ana", null, Roles.AGENT)));
        UserSummary first = users.update(opened.id(), opened.version(), renamed(opened, "Ana First"));
        assertThat(first.version()).isGreaterThan(opened.version());

        assertThatThrownBy(() -> users.update(opened.id(), opened.version(),
                new UserDraft(opened.username(), "Ana Second", opened.email(), Set.of(Roles.AGENT, Roles.MANAGER),
                        null, null, "HD-9", true)))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("The user Ana First was changed by someone else since you opened it; reload to see the "
                        + "changes. Nothing was saved.");
        UserSummary now = users.get(opened.id());
        assertThat(now.displayName()).isEqualTo("Ana First");
        assertThat(now.roles()).containsExactly(Roles.AGENT);
        assertThat(now.externalId()).isNull();
        assertThat(now.version()).isEqualTo(first.version());
    }

    @Test
    void a_password_reset_meanwhile_also_makes_an_open_user_form_stale() {
        UserSummary opened = users.get(fixtures.userId(fixtures.user("ben", null, Roles.AGENT)));
        users.resetPassword(opened.id());

        assertThatThrownBy(() -> users.update(opened.id(), opened.version(), renamed(opened, "Ben Later")))
                .isInstanceOf(StaleEditException.class);
        assertThat(users.get(opened.id()).displayName()).isEqualTo(opened.displayName());
    }

    @Test
    void an_admin_saving_a_team_someone_else_changed_since_is_refused_and_nothing_is_saved() {
        long managerId = fixtures.userId(fixtures.user("mgr", null, Roles.MANAGER));
        TeamSummary opened = teams.create(Fixtures.unique("Night shift"), Set.of());
        TeamSummary first = teams.update(opened.id(), opened.version(), opened.name() + " A", Set.of(managerId));
        assertThat(first.version()).isGreaterThan(opened.version());

        assertThatThrownBy(() -> teams.update(opened.id(), opened.version(), opened.name() + " B", Set.of()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("The team " + opened.name() + " A was changed by someone else");
        TeamSummary now = teams.visibleTeams().stream().filter(t -> t.id() == opened.id()).findFirst().orElseThrow();
        assertThat(now.name()).isEqualTo(opened.name() + " A");
        assertThat(now.managers()).extracting(PersonRef::id).containsExactly(managerId);
    }

    @Test
    void changing_only_a_teams_managers_counts_as_a_change_for_other_open_forms() {
        long managerId = fixtures.userId(fixtures.user("mgr", null, Roles.MANAGER));
        TeamSummary opened = teams.create(Fixtures.unique("Day shift"), Set.of());
        teams.update(opened.id(), opened.version(), opened.name(), Set.of(managerId));

        assertThatThrownBy(() -> teams.update(opened.id(), opened.version(), opened.name() + " renamed", Set.of()))
                .isInstanceOf(StaleEditException.class);
    }
}
