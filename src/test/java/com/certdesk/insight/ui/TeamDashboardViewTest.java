package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.TestClock;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.base.ui.RecordNotFoundView;
import com.certdesk.base.ui.ServiceAccessDeniedView;
import com.certdesk.insight.AgentLine;
import com.certdesk.insight.DashboardFixtures;
import com.certdesk.people.TeamSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SuppressWarnings("unchecked")
class TeamDashboardViewTest extends UiTest {

    @Autowired
    DashboardFixtures scenarios;
    @Autowired
    TestClock clock;

    DashboardFixtures.Scenario s;

    @BeforeEach
    void setUp() {
        s = scenarios.build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String span(String id) {
        return text(find(Span.class).withId(id).single());
    }

    private Grid<AgentLine> table() {
        return find(Grid.class).withId("agent-table").single();
    }

    private List<String> agentNames() {
        var grid = test(table());
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).displayName()).toList();
    }

    private String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void manager_sees_their_teams_coverage_overdue_and_figures_with_n_interval_and_change() {
        signIn(s.manager());
        assertThat(open("dashboard")).isInstanceOf(TeamDashboardView.class);

        assertThat(span("period-label")).isEqualTo(FigureText.period(s.period()));
        assertThat(span("csat-value")).isEqualTo("80%");
        assertThat(span("csat-n")).isEqualTo("n = 15");
        assertThat(span("csat-interval")).matches("95% interval \\d+ to \\d+%");
        assertThat(span("csat-change")).isEqualTo("+20 pts vs the previous month");
        assertThat(span("ces-value")).isEqualTo("6.0");
        assertThat(span("ces-change")).isEqualTo("no comparison");
        String coverage = text(find(com.vaadin.flow.component.html.Div.class).withId("coverage-panel").single());
        assertThat(coverage).contains(s.program().name()).contains("1 of 3 certified (33%)");
        assertThat(span("overdue-count")).isEqualTo("2 overdue assignments");
    }

    @Test
    void a_figure_below_the_minimum_reads_too_few_responses_and_has_no_comparison() {
        signIn(s.manager());
        open("dashboard/" + s.teamA());

        assertThat(span("nps-value")).isEqualTo("too few responses");
        assertThat(span("nps-n")).isEqualTo("n = 5");
        assertThat(span("nps-interval")).isEqualTo("at least 10 needed");
        assertThat(span("nps-change")).isEqualTo("no comparison");
    }

    @Test
    void on_a_phone_the_agent_table_shows_one_cell_per_agent_with_the_link_the_figures_and_certificates() {
        signIn(s.manager());
        open("dashboard/" + s.teamA());
        var table = (AgentTable) table();
        table.phone.fit(390);

        assertThat(table.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .as("no sideways scrolling: one column").containsExactly("compact");
        var grid = test(table());
        var cell = grid.getCellComponent(0, "compact");
        assertThat(text(cell)).contains("Test " + s.certified(), "24 ratings", "CSAT 75% (", "NPS ", "CES ",
                "Valid certificates: " + s.program().name());
        assertThat(((Anchor) cell.getChildren().findFirst().orElseThrow()).getHref())
                .isEqualTo("performance/" + s.certifiedId());
        assertThat(text(grid.getCellComponent(2, "compact"))).contains("Valid certificates: none");

        table.phone.fit(1280);
        assertThat(table.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("name", "n", "csat", "nps", "ces", "certificates");
    }

    @Test
    void the_agent_table_lists_the_teams_agents_with_their_figures_and_opens_their_performance() {
        signIn(s.manager());
        open("dashboard/" + s.teamA());

        assertThat(agentNames()).containsExactly("Test " + s.certified(), "Test " + s.fewRatings(),
                "Test " + s.unrated());
        var grid = test(table());
        assertThat(grid.getCellText(0, grid.getColumnPosition("n"))).isEqualTo("24");
        assertThat(grid.getCellText(0, grid.getColumnPosition("csat"))).startsWith("75% (");
        assertThat(grid.getCellText(1, grid.getColumnPosition("csat"))).isEqualTo("too few");
        assertThat(grid.getCellText(0, grid.getColumnPosition("certificates"))).isEqualTo(s.program().name());
        assertThat(grid.getCellText(2, grid.getColumnPosition("certificates"))).isEqualTo("none");
        var link = (Anchor) grid.getCellComponent(0, "name");
        assertThat(link.getHref()).isEqualTo("performance/" + s.certifiedId());

        grid.sortByColumn("csat", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(agentNames().getFirst()).isEqualTo("Test " + s.certified());
        grid.sortByColumn("n", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(agentNames()).containsExactly("Test " + s.unrated(), "Test " + s.fewRatings(),
                "Test " + s.certified());

        grid.clickRow(1);
        assertThat(currentPath()).isEqualTo("performance/" + s.fewRatingsId());
    }

    @Test
    void previous_shows_the_month_before_and_puts_it_in_the_url() {
        signIn(s.manager());
        open("dashboard/" + s.teamA());
        assertThat(find(Button.class).withId("period-next").single().isEnabled()).as("no future").isFalse();

        test(find(Button.class).withId("period-previous").single()).click();

        assertThat(currentPath()).isEqualTo("dashboard/" + s.teamA() + "?period=" + s.period().previous().token());
        assertThat(span("csat-value")).isEqualTo("60%");
        assertThat(span("csat-n")).isEqualTo("n = 10");
        assertThat(span("nps-value")).isEqualTo("+25");
    }

    @Test
    void manager_of_team_a_cannot_pick_or_open_team_b() {
        signIn(s.manager());
        open("dashboard");
        ComboBox<TeamSummary> picker = find(ComboBox.class).withId("team-picker").single();
        assertThat(picker.getListDataView().getItems().map(TeamSummary::id)).containsExactly(s.teamA());

        assertThat(open("dashboard/" + s.teamB())).isInstanceOf(ServiceAccessDeniedView.class);
        assertThat(open("dashboard/987654321")).isInstanceOf(RecordNotFoundView.class);
    }

    @Test
    void hr_sees_all_teams_and_figures_but_no_customer_comment() {
        signIn(s.hr());
        open("dashboard/" + s.teamA());
        ComboBox<TeamSummary> picker = find(ComboBox.class).withId("team-picker").single();
        assertThat(picker.getListDataView().getItems().map(TeamSummary::id)).contains(s.teamA(), s.teamB());
        assertThat(span("csat-value")).isEqualTo("80%");

        String everything = UI.getCurrent().getElement().getTextRecursively();
        assertThat(everything).doesNotContain(DashboardFixtures.SECRET_COMMENT);
        var grid = test(table());
        for (int row = 0; row < grid.size(); row++) {
            for (String column : List.of("name", "n", "csat", "nps", "ces", "certificates")) {
                if (!column.equals("name")) {
                    assertThat(grid.getCellText(row, grid.getColumnPosition(column)))
                            .doesNotContain(DashboardFixtures.SECRET_COMMENT);
                }
            }
        }
        assertThat(text(find(com.vaadin.flow.component.html.Paragraph.class).withId("privacy-note").single())).contains("only to the agent and their manager");

        picker.setValue(picker.getListDataView().getItems().filter(t -> t.id() == s.teamB()).findFirst().orElseThrow());
        assertThat(span("csat-value")).isEqualTo("0%");
    }

    @Test
    void hr_overview_lists_every_team_with_agents_coverage_overdue_and_figures_with_n() {
        signIn(s.hr());
        open("dashboard/all");
        Grid<com.certdesk.insight.TeamOverview> grid = find(Grid.class).withId("teams-overview-grid").single();
        var rows = test(grid);
        var byTeam = new java.util.HashMap<Long, Integer>();
        for (int i = 0; i < rows.size(); i++) {
            byTeam.put(rows.getRow(i).team().id(), i);
        }
        assertThat(byTeam).containsKeys(s.teamA(), s.teamB());
        int a = byTeam.get(s.teamA());
        assertThat(rows.getCellText(a, rows.getColumnPosition("agents"))).isEqualTo("3");
        assertThat(rows.getCellText(a, rows.getColumnPosition("coverage"))).isEqualTo("33% of 1 program");
        assertThat(rows.getCellText(a, rows.getColumnPosition("overdue"))).isEqualTo("2");
        assertThat(rows.getCellText(a, rows.getColumnPosition("csat"))).isEqualTo("80% · n 15");
        assertThat(rows.getCellText(a, rows.getColumnPosition("nps"))).isEqualTo("too few · n 5");
        assertThat(((Anchor) rows.getCellComponent(a, "team")).getHref())
                .isEqualTo("dashboard/" + s.teamA() + "?period=" + s.period().token());
        int b = byTeam.get(s.teamB());
        assertThat(rows.getCellText(b, rows.getColumnPosition("coverage"))).isEqualTo("nothing assigned");
    }

    @Test
    void a_managers_overview_has_only_their_own_teams() {
        signIn(s.manager());
        open("dashboard/all");
        Grid<com.certdesk.insight.TeamOverview> grid = find(Grid.class).withId("teams-overview-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).team().id()).isEqualTo(s.teamA());
    }

    @Test
    void an_agent_is_refused_the_dashboard() {
        signIn(s.certified());
        assertThat(open("dashboard")).isInstanceOf(AccessDeniedView.class);
        assertThat(open("dashboard/" + s.teamA())).isInstanceOf(AccessDeniedView.class);
    }
}
