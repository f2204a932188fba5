package com.certdesk.catalog.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.catalog.AgentProgressRow;
import com.certdesk.catalog.TeamProgressService;
import com.certdesk.base.ui.AgentRecordOpener;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Learning progress of agents, a page at a time. Managers see the teams they manage; HR and administrators see all
 * teams, one at a time or all at once ("All teams", with a team column). Clicking an agent opens their record (the
 * same dialog as in the certification matrix: programs, modules, quiz attempts, certificates with their PDFs).
 */
@Route("team-progress")
@PageTitle("Team progress")
@Menu(title = "Team progress", order = 5, icon = "vaadin:chart-grid")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class TeamProgressView extends VerticalLayout {

    static final String TEAM_COLUMN = "team";

    private final Grid<AgentProgressRow> grid = new Grid<>();
    private final Select<TeamSummary> team = new Select<>();

    TeamProgressView(TeamService teams, TeamProgressService teamProgress, AgentRecordOpener records,
            AuthenticationContext auth) {
        addClassName("page");
        setSizeFull();
        List<TeamSummary> visible = teams.visibleTeams();
        if (visible.isEmpty()) {
            var empty = new Div(new Paragraph("You don't manage a team yet. An administrator can make you a "
                    + "team's manager under Teams."));
            empty.addClassName("empty-state");
            empty.setId("no-teams");
            add(empty);
            return;
        }
        boolean seesAll = auth.hasAnyRole(Roles.HR, Roles.ADMIN);
        boolean offerAll = seesAll || visible.size() > 1;
        String allLabel = seesAll ? "All teams" : "All my teams";
        team.setLabel("Team");
        team.setId("team-select");
        team.setWidth("min(24em, 100%)");
        team.setItems(visible);
        team.setEmptySelectionAllowed(offerAll);
        team.setEmptySelectionCaption(allLabel);
        team.setItemLabelGenerator(t -> t == null ? allLabel : t.name() + " (" + t.activeMembers() + ")");

        grid.setId("team-progress-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(AgentProgressRow::displayName).setHeader("Agent").setFlexGrow(3).setRowHeader(true);
        var teamColumn = grid.addColumn(r -> r.teamName() == null ? "No team" : r.teamName()).setHeader("Team")
                .setKey(TEAM_COLUMN).setFlexGrow(2);
        grid.addColumn(r -> r.modulesCompleted() + " of " + r.publishedModules()).setHeader("Modules done")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(TeamProgressView::bar)).setHeader("Progress").setFlexGrow(2);
        grid.addColumn(AgentProgressRow::modulesInProgress).setHeader("In progress").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgentProgressRow::lessonsDone).setHeader("Lessons done").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.lastActivity() == null ? "—" : UserFormats.current().date(r.lastActivity())).setHeader("Last activity")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return (team.getValue() == null ? teamProgress.allTeamsProgress(page)
                    : teamProgress.teamProgress(team.getValue().id(), page)).stream();
        });
        grid.setEmptyStateText("No active agents here yet.");
        grid.addItemClickListener(e -> records.open(e.getItem().userId()));
        grid.setSizeFull();
        team.addValueChangeListener(e -> {
            teamColumn.setVisible(e.getValue() == null);
            grid.getDataProvider().refreshAll();
        });

        var hint = new Span("Click an agent to see their record: programs, modules, quiz attempts and certificates.");
        hint.addClassNames("muted", "small");
        add(team, hint, grid);
        if (offerAll && seesAll) {
            team.setValue(null);
            teamColumn.setVisible(true);
        } else {
            team.setValue(visible.getFirst());
        }
    }

    private static Div bar(AgentProgressRow row) {
        var bar = new ProgressBar(0, 100, row.percentComplete());
        var text = new Span(row.percentComplete() + "%");
        var line = new Div(bar, text);
        line.addClassName("progress-line");
        return line;
    }
}
