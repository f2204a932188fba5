package com.certdesk.people.ui;

import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Teams and who manages them. */
@Route("admin/teams")
@PageTitle("Teams")
@Menu(title = "Teams", order = 11, icon = "vaadin:group")
@RolesAllowed(Roles.ADMIN)
class TeamsView extends VerticalLayout {

    private final TeamService teams;
    private final Grid<TeamSummary> grid = new Grid<>();

    TeamsView(TeamService teams) {
        this.teams = teams;
        addClassName("page");
        setSizeFull();
        var create = new Button("New team", VaadinIcon.PLUS.create(),
                e -> new TeamDialog(teams, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-team");
        grid.setId("teams-grid");
        grid.addColumn(TeamSummary::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> t.managers().isEmpty() ? "— no manager yet" : t.managerNames()).setHeader("Managers")
                .setFlexGrow(3);
        grid.addColumn(TeamSummary::activeMembers).setHeader("Active members").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No teams yet. Create the first one.");
        grid.addItemClickListener(e -> new TeamDialog(teams, e.getItem(), this::refresh).open());
        grid.setSizeFull();
        add(create, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(teams.visibleTeams());
    }
}
