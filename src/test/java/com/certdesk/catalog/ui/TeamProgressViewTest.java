package com.certdesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.catalog.AgentProgressRow;
import com.certdesk.catalog.TeamProgressService;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@SuppressWarnings("unchecked")
class TeamProgressViewTest extends UiTest {

    @Autowired
    TeamProgressService teamProgress;
    @Autowired
    TeamService teams;

    String manager;
    long managed;
    long other;
    String mine;
    String theirs;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("tp-manager", null, Roles.MANAGER);
        managed = fixtures.team("TP managed", fixtures.userId(manager));
        other = fixtures.team("TP other");
        mine = fixtures.user("tp-mine", managed, Roles.AGENT);
        theirs = fixtures.user("tp-theirs", other, Roles.AGENT);
    }

    private Grid<AgentProgressRow> grid() {
        return find(Grid.class).withId("team-progress-grid").single();
    }

    private List<String> names() {
        var grid = test(grid());
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).displayName()).toList();
    }

    @Test
    void hr_sees_all_teams_at_once_with_a_team_column_and_can_narrow_to_one() {
        signIn(fixtures.user("tp-hr", null, Roles.HR));
        open("team-progress");
        Select<TeamSummary> team = find(Select.class).withId("team-select").single();
        assertThat(team.getValue()).as("All teams").isNull();
        assertThat(names()).contains("Test " + mine, "Test " + theirs);
        assertThat(grid().getColumnByKey(TeamProgressView.TEAM_COLUMN).isVisible()).isTrue();
        int row = names().indexOf("Test " + theirs);
        assertThat(test(grid()).getRow(row).teamName()).startsWith("TP other");

        TeamSummary managedTeam = SystemAuthentication.callAsSystem(teams::visibleTeams).stream()
                .filter(t -> t.id() == managed).findFirst().orElseThrow();
        team.setValue(managedTeam);
        assertThat(names()).containsExactly("Test " + mine);
        assertThat(grid().getColumnByKey(TeamProgressView.TEAM_COLUMN).isVisible()).isFalse();
    }

    @Test
    void a_manager_sees_only_their_own_teams_also_when_asking_for_all() {
        fixtures.signIn(manager);
        assertThat(teamProgress.allTeamsProgress(PageRequest.of(0, 100)).getContent())
                .extracting(AgentProgressRow::displayName).containsExactly("Test " + mine);
        signIn(manager);
        open("team-progress");
        assertThat(names()).containsExactly("Test " + mine);

        signIn(fixtures.user("tp-admin", null, Roles.ADMIN));
        assertThat(teamProgress.allTeamsProgress(PageRequest.of(0, 1000)).getContent())
                .extracting(AgentProgressRow::displayName).contains("Test " + mine, "Test " + theirs);
    }

    @Test
    void clicking_an_agent_opens_the_same_record_as_the_certification_matrix() {
        signIn(manager);
        open("team-progress");
        test(grid()).clickRow(0);
        Dialog record = find(Dialog.class).withId("agent-record").single();
        assertThat(record.getHeaderTitle()).isEqualTo("Test " + mine);
        assertThat(text(record)).contains("Programs (", "Modules (", "Quiz attempts (", "Certificates (");
    }
}
