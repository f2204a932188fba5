package com.certdesk.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.certification.CertStatus;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramProgress;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.AgentActivity;
import com.certdesk.people.UserAdminService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The progress report page: a manager's teams only, filters change the count and rows, downloads offered. */
class ProgressReportViewTest extends UiTest {

    @Autowired
    UserAdminService users;
    @Autowired
    CertificationFixtures certs;

    @Test
    @SuppressWarnings("unchecked")
    void a_manager_filters_their_teams_progress_by_program_and_status() {
        var org = fixtures.twoTeams("progui");
        long module = certs.moduleWithQuiz("progui module");
        ProgramSummary program = certs.program("progui program", 24, 30, null, module);
        String certified = fixtures.user("progui-certified", org.teamA(), Roles.AGENT);
        String waiting = fixtures.user("progui-waiting", org.teamA(), Roles.AGENT);
        certs.learnAndPass(certified, module, 2);
        certs.learnAndPass(fixtures.user("progui-other", org.teamB(), Roles.AGENT), module, 2);
        signIn(org.manager());
        open("reports/progress");
        Select<TeamSummary> teams = find(Select.class).withId("progress-team").single();
        assertThat(teams.getListDataView().getItems().map(TeamSummary::id)).as("all teams, then the manager's own")
                .containsExactly(-1L, org.teamA());
        Select<ProgramSummary> programs = find(Select.class).withId("progress-program").single();
        programs.setValue(programs.getListDataView().getItems().filter(p -> p.id() == program.id()).findFirst()
                .orElseThrow());
        assertThat(find(Paragraph.class).withId("progress-count").single().getText()).isEqualTo("2 rows");
        Grid<ProgramProgress> grid = find(Grid.class).withId("progress-grid").single();
        assertThat(grid.getListDataView().getItems().map(ProgramProgress::displayName))
                .containsExactly("Test " + certified, "Test " + waiting);

        Select<Object> status = find(Select.class).withId("progress-status").single();
        status.setValue(CertStatus.CERTIFIED);
        assertThat(find(Paragraph.class).withId("progress-count").single().getText()).isEqualTo("1 row");
        assertThat(find(Anchor.class).withId("progress-download-csv").single().getText()).isEqualTo("CSV");
        assertThat(find(Anchor.class).withId("progress-download-xlsx").single().getText()).isEqualTo("Excel (XLSX)");
        // a manager has no choice of deactivated agents
        assertThat(find(Select.class).withId("progress-agents").all()).as("visible choices of deactivated agents")
                .isEmpty();

        // HR chooses deactivated agents and finds the one who left, marked
        signIn(org.admin());
        users.setActive(fixtures.userId(waiting), false);
        signIn(org.hr());
        open("reports/modules"); // away first: navigating to the page shown keeps its instance
        open("reports/progress");
        find(Select.class).withId("progress-team").single().setValue(find(Select.class).withId("progress-team")
                .single().getListDataView().getItems().filter(t -> ((TeamSummary) t).id() == org.teamA()).findFirst()
                .orElseThrow());
        Select<AgentActivity> agents = find(Select.class).withId("progress-agents").single();
        assertThat(agents.isVisible()).isTrue();
        assertThat(agents.getValue()).isEqualTo(AgentActivity.ACTIVE);
        agents.setValue(AgentActivity.INACTIVE);
        Grid<ProgramProgress> hrGrid = find(Grid.class).withId("progress-grid").single();
        assertThat(hrGrid.getListDataView().getItems().filter(p -> p.programId() == program.id())
                .map(ProgramProgress::displayName)).containsExactly("Test " + waiting);
        assertThat(test(hrGrid).getCellText(0, 0)).isEqualTo("Test " + waiting + " (deactivated)");
    }

    @Test
    void agents_are_denied() {
        signIn(fixtures.user("progui-only-agent", null, Roles.AGENT));
        assertThat(open("reports/progress")).isInstanceOf(AccessDeniedView.class);
    }
}
