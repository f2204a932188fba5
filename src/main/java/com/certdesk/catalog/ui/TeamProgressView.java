package com.certdesk.catalog.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.catalog.AgentProgressRow;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.TeamProgressService;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Learning progress of a team's agents. Managers see the teams they manage; HR and administrators see all
 * teams. Clicking an agent shows their progress per module.
 */
@Route("team-progress")
@PageTitle("Team progress")
@Menu(title = "Team progress", order = 5, icon = "vaadin:chart-grid")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class TeamProgressView extends VerticalLayout {

    private final TeamProgressService teamProgress;
    private final Grid<AgentProgressRow> grid = new Grid<>();
    private final Select<TeamSummary> team = new Select<>();

    TeamProgressView(TeamService teams, TeamProgressService teamProgress, LearningService learning) {
        this.teamProgress = teamProgress;
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
        team.setLabel("Team");
        team.setId("team-select");
        team.setWidth("24em");
        team.setItems(visible);
        team.setItemLabelGenerator(t -> t.name() + " (" + t.activeMembers() + ")");
        team.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("team-progress-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(AgentProgressRow::displayName).setHeader("Agent").setFlexGrow(3);
        grid.addColumn(r -> r.modulesCompleted() + " of " + r.publishedModules()).setHeader("Modules done")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(TeamProgressView::bar)).setHeader("Progress").setFlexGrow(2);
        grid.addColumn(AgentProgressRow::modulesInProgress).setHeader("In progress").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AgentProgressRow::lessonsDone).setHeader("Lessons done").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.lastActivity() == null ? "—" : UserFormats.current().date(r.lastActivity())).setHeader("Last activity")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> team.getValue() == null ? java.util.stream.Stream.empty()
                : teamProgress.teamProgress(team.getValue().id(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream());
        grid.setEmptyStateText("This team has no active agents.");
        grid.addItemClickListener(e -> new AgentProgressDialog(e.getItem(), learning.progressOf(e.getItem().userId())).open());
        grid.setSizeFull();

        var hint = new Span("Click an agent to see their progress in each module.");
        hint.addClassNames("muted", "small");
        add(team, hint, grid);
        team.setValue(visible.getFirst());
    }

    private static Div bar(AgentProgressRow row) {
        var bar = new ProgressBar(0, 100, row.percentComplete());
        var text = new Span(row.percentComplete() + "%");
        var line = new Div(bar, text);
        line.addClassName("progress-line");
        return line;
    }
}
