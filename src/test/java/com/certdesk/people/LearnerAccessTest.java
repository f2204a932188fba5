package com.certdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.TeamProgressService;
import com.certdesk.catalog.AuthoringService;
import com.certdesk.catalog.ModuleDraft;
import com.certdesk.catalog.SkillArea;
import com.certdesk.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Who may see whose learning records, by every service route. */
@ServiceTest
class LearnerAccessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LearningService learning;
    @Autowired
    TeamProgressService teamProgress;
    @Autowired
    TeamService teams;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    AuthoringService authoring;
    @Autowired
    PeopleDirectory people;

    String manager;
    String otherManager;
    long myTeam;
    long otherTeam;
    String myAgent;
    String otherAgent;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("mgr", null, Roles.MANAGER);
        otherManager = fixtures.user("mgr-other", null, Roles.MANAGER);
        myTeam = fixtures.team("Billing", fixtures.userId(manager));
        otherTeam = fixtures.team("Tech", fixtures.userId(otherManager));
        myAgent = fixtures.user("agent", myTeam, Roles.AGENT);
        otherAgent = fixtures.user("agent-other", otherTeam, Roles.AGENT);
        fixtures.publishedModule("Empathy", 2);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    @Test
    void agent_reading_another_agents_progress_is_refused() {
        long other = fixtures.userId(otherAgent);
        fixtures.signIn(myAgent);

        assertThatThrownBy(() -> learning.progressOf(other)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void agent_may_read_their_own_progress() {
        long me = fixtures.userId(myAgent);
        fixtures.signIn(myAgent);

        assertThat(learning.progressOf(me)).isNotEmpty();
    }

    @Test
    void manager_sees_only_the_teams_they_manage() {
        fixtures.signIn(manager);

        assertThat(teams.visibleTeams()).extracting(TeamSummary::id).containsExactly(myTeam);
        assertThat(teamProgress.teamProgress(myTeam, PageRequest.of(0, 10)).getContent())
                .extracting(r -> r.username()).containsExactly(myAgent);
        assertThatThrownBy(() -> teamProgress.teamProgress(otherTeam, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void manager_reads_progress_of_their_agents_but_not_of_other_teams() {
        long mine = fixtures.userId(myAgent);
        long theirs = fixtures.userId(otherAgent);
        fixtures.signIn(manager);

        assertThat(learning.progressOf(mine)).isNotEmpty();
        assertThatThrownBy(() -> learning.progressOf(theirs)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bulk_reads_across_teams_are_refused_when_one_person_or_team_is_not_the_managers() {
        long mine = fixtures.userId(myAgent);
        long theirs = fixtures.userId(otherAgent);
        fixtures.signIn(manager);

        assertThat(people.agentsOfTeams(java.util.List.of(myTeam), "")).extracting(TeamMember::userId)
                .containsExactly(mine);
        assertThat(teamProgress.startedModulesOf(java.util.List.of(mine))).containsOnlyKeys(mine);
        assertThatThrownBy(() -> people.agentsOfTeams(java.util.List.of(myTeam, otherTeam), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> teamProgress.startedModulesOf(java.util.List.of(mine, theirs)))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(fixtures.user("hr-bulk", null, Roles.HR));
        assertThat(people.agentsOfTeams(java.util.List.of(myTeam, otherTeam), "")).extracting(TeamMember::userId)
                .containsExactlyInAnyOrder(mine, theirs);
    }

    @Test
    void hr_sees_every_team() {
        String hr = fixtures.user("hr", null, Roles.HR);
        fixtures.signIn(hr);

        assertThat(teams.visibleTeams()).extracting(TeamSummary::id).contains(myTeam, otherTeam);
        assertThat(teamProgress.teamProgress(otherTeam, PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThat(learning.progressOf(fixtures.userId(otherAgent))).isNotEmpty();
    }

    @Test
    void agents_and_managers_cannot_administer_users_or_author_modules() {
        long other = fixtures.userId(otherAgent);
        for (String who : new String[] {myAgent, manager}) {
            fixtures.signIn(who);
            assertThatThrownBy(() -> userAdmin.search("", true, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> userAdmin.resetPassword(other)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> authoring.createModule(new ModuleDraft("x", "y", SkillArea.EMPATHY, 5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> teams.create("Sneaky", java.util.Set.of()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        long agentId = fixtures.userId(myAgent);
        fixtures.signOut();
        assertThatThrownBy(() -> learning.progressOf(agentId))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
