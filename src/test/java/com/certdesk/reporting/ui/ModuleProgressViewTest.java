package com.certdesk.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.ModuleProgressRow;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The module progress page: HR picks a team and a module, sees the count and rows, and the state filter works. */
class ModuleProgressViewTest extends UiTest {

    @Autowired
    CertificationFixtures certs;

    @Test
    @SuppressWarnings("unchecked")
    void hr_filters_module_progress_by_team_module_and_state() {
        var org = fixtures.twoTeams("modui");
        long module = certs.moduleWithQuiz("modui module");
        String done = fixtures.user("modui-done", org.teamA(), Roles.AGENT);
        fixtures.user("modui-idle", org.teamA(), Roles.AGENT);
        certs.learnAndPass(done, module, 2);
        signIn(org.hr());
        open("reports/modules");
        Select<TeamSummary> teams = find(Select.class).withId("modules-team").single();
        teams.setValue(teams.getListDataView().getItems().filter(t -> t.id() == org.teamA()).findFirst()
                .orElseThrow());
        Select<ModuleRef> modules = find(Select.class).withId("modules-module").single();
        modules.setValue(modules.getListDataView().getItems().filter(m -> m.id() == module).findFirst()
                .orElseThrow());
        assertThat(find(Paragraph.class).withId("modules-count").single().getText()).isEqualTo("2 rows");
        Grid<ModuleProgressRow> grid = find(Grid.class).withId("modules-grid").single();
        assertThat(grid.getListDataView().getItems().map(ModuleProgressRow::state)).containsExactly("Complete",
                "Not started");
        Select<String> state = find(Select.class).withId("modules-state").single();
        state.setValue("Complete");
        assertThat(find(Paragraph.class).withId("modules-count").single().getText()).isEqualTo("1 row");
        assertThat(find(Anchor.class).withId("modules-download-xlsx").all()).hasSize(1);
    }

    @Test
    void agents_are_denied() {
        signIn(fixtures.user("modui-only-agent", null, Roles.AGENT));
        assertThat(open("reports/modules")).isInstanceOf(AccessDeniedView.class);
    }
}
