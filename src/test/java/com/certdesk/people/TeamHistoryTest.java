package com.certdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class TeamHistoryTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    TeamHistory history;
    @Autowired
    UserAdminService users;
    @Autowired
    UserImportService imports;
    @Autowired
    TeamService teams;
    @Autowired
    PeopleDirectory people;
    @Autowired
    TestClock clock;

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    private UserSummary moveTo(long userId, Long teamId) {
        return SystemAuthentication.callAsSystem(() -> {
            UserSummary u = users.get(userId);
            return users.update(userId, u.version(), new UserDraft(u.username(), u.displayName(), u.email(), u.roles(), teamId,
                    u.hireDate(), u.externalId(), u.active()));
        });
    }

    @Test
    void moving_an_agent_to_another_team_records_the_move_without_rewriting_the_past() {
        long first = fixtures.team("History first");
        long second = fixtures.team("History second");
        long agentId = fixtures.userId(fixtures.user("history-agent", first, Roles.AGENT));
        Instant inFirstTeam = clock.instant();
        clock.advance(Duration.ofDays(40));
        Instant beforeMove = clock.instant();
        moveTo(agentId, second);
        Instant afterMove = clock.instant();
        clock.advance(Duration.ofDays(5));
        moveTo(agentId, second);

        SystemAuthentication.runAsSystem(() -> {
            List<TeamStay> stays = history.history(agentId);
            assertThat(stays).extracting(TeamStay::teamId).as("saving the same team again adds nothing")
                    .containsExactly(first, second);
            Instant moved = stays.getFirst().until();
            assertThat(moved).isBetween(beforeMove.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), afterMove);
            assertThat(stays.get(1).from()).isEqualTo(moved);
            assertThat(stays.getFirst().from()).isBeforeOrEqualTo(inFirstTeam);
            assertThat(stays.get(1).current()).isTrue();
            assertThat(history.teamAt(agentId, inFirstTeam)).contains(first);
            assertThat(history.teamAt(agentId, moved.minusMillis(1))).contains(first);
            assertThat(history.teamAt(agentId, moved)).contains(second);
            assertThat(history.teamAt(agentId, inFirstTeam.minus(Duration.ofDays(1)))).isEmpty();
            assertThat(history.joinedCurrentTeamOn(agentId)).contains(LocalDate.ofInstant(moved, clock.getZone()));
        });

        moveTo(agentId, null);
        SystemAuthentication.runAsSystem(() -> {
            assertThat(history.joinedCurrentTeamOn(agentId)).isEmpty();
            assertThat(history.history(agentId)).hasSize(2).allSatisfy(s -> assertThat(s.current()).isFalse());
            assertThat(history.teamAt(agentId, afterMove)).as("the past stays as it was").contains(second);
        });
    }

    @Test
    void users_imported_from_csv_are_in_their_team_from_the_day_of_the_import() {
        String teamName = SystemAuthentication.callAsSystem(() -> teams.create(Fixtures.unique("History import"),
                Set.of()).name());
        String username = Fixtures.unique("imported").toLowerCase();
        byte[] csv = ("username,name,email,team,roles\n" + username + ",Imported Person," + username
                + "@example.test," + teamName + ",AGENT\n").getBytes(StandardCharsets.UTF_8);
        SystemAuthentication.runAsSystem(() -> imports.importUsers(csv));
        long id = fixtures.userId(username);
        SystemAuthentication.runAsSystem(() -> assertThat(history.joinedCurrentTeamOn(id))
                .contains(LocalDate.now(clock)));
    }

    @Test
    void only_people_who_may_see_a_user_learn_their_team_history() {
        String manager = fixtures.user("history-manager", null, Roles.MANAGER);
        long managed = fixtures.team("History managed", fixtures.userId(manager));
        long other = fixtures.team("History other");
        long mine = fixtures.userId(fixtures.user("history-mine", managed, Roles.AGENT));
        long theirs = fixtures.userId(fixtures.user("history-theirs", other, Roles.AGENT));
        String agent = fixtures.user("history-self", other, Roles.AGENT);

        fixtures.signIn(manager);
        assertThat(history.joinedCurrentTeamOn(mine)).contains(LocalDate.now(clock));
        assertThatThrownBy(() -> history.teamAt(theirs, clock.instant())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.currentStays(List.of(mine, theirs)))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(agent);
        assertThat(history.joinedCurrentTeamOn(fixtures.userId(agent))).isPresent();
        assertThatThrownBy(() -> history.history(theirs)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_administrators_and_the_teams_own_managers_manage_a_team_hr_only_looks() {
        String manager = fixtures.user("manage-manager", null, Roles.MANAGER);
        String hrManager = fixtures.user("manage-hr-manager", null, Roles.MANAGER, Roles.HR);
        String hr = fixtures.user("manage-hr", null, Roles.HR);
        long managed = fixtures.team("Manage managed", fixtures.userId(manager), fixtures.userId(hrManager));
        long other = fixtures.team("Manage other");
        long otherAgent = fixtures.userId(fixtures.user("manage-other-agent", other, Roles.AGENT));

        fixtures.signIn(manager);
        assertThat(people.canManageTeam(managed)).isTrue();
        assertThat(people.canManageTeam(other)).isFalse();
        fixtures.signIn(hrManager);
        assertThat(people.canManageTeam(other)).as("HR lets them see other teams, not manage them").isFalse();
        assertThatThrownBy(() -> people.checkCanManage(otherAgent)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(hr);
        assertThat(people.canManageTeam(managed)).isFalse();
        fixtures.signOut();
        SystemAuthentication.runAsSystem(() -> assertThat(people.canManageTeam(other)).isTrue());
    }
}
