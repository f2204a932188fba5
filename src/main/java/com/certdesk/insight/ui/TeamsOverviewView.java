package com.certdesk.insight.ui;

import com.certdesk.feedback.Figure;
import com.certdesk.feedback.Granularity;
import com.certdesk.insight.ReportPeriod;
import com.certdesk.insight.TeamDashboardService;
import com.certdesk.insight.TeamOverview;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * All teams at a glance for one period, a page of teams at a time: agents, coverage over the assigned programs,
 * overdue, and CSAT/NPS/CES with n. HR and administrators see every team, managers theirs. A team's name opens its
 * dashboard for the same period.
 */
@Route(TeamsOverviewView.ROUTE)
@PageTitle("All teams")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class TeamsOverviewView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "dashboard/all";

    private final TeamDashboardService dashboards;
    private final Grid<TeamOverview> grid = new Grid<>();
    private final Div top = new Div();
    private final int teamCount;
    private ReportPeriod period;

    TeamsOverviewView(TeamDashboardService dashboards) {
        this.dashboards = dashboards;
        addClassNames("page", "page-wide", "team-dashboard");
        setId("teams-overview");
        teamCount = dashboards.teams().size();
        period = dashboards.currentPeriod(Granularity.MONTH);
        top.addClassName("dashboard-top");
        grid.setId("teams-overview-grid");
        grid.addClassName("agent-table");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setEmptyStateText("There are no teams yet.");
        grid.addComponentColumn(o -> new Anchor(TeamDashboardView.ROUTE + "/" + o.team().id() + "?"
                + TeamDashboardView.PERIOD + "=" + period.token(), o.team().name()))
                .setKey("team").setHeader("Team").setFrozen(true).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(o -> o.certification().agents()).setKey("agents").setHeader("Agents")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(TeamsOverviewView::coverage).setKey("coverage").setHeader("Coverage").setWidth("11.5rem")
                .setFlexGrow(0);
        grid.addColumn(o -> o.certification().overdue()).setKey("overdue").setHeader("Overdue")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(o -> withN(o.figures().csat())).setKey("csat").setHeader("CSAT").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(o -> withN(o.figures().nps())).setKey("nps").setHeader("NPS").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(o -> withN(o.figures().ces())).setKey("ces").setHeader("CES").setWidth("9rem").setFlexGrow(0);
        grid.setAllRowsVisible(teamCount <= AgentTable.SHOWN_WHOLE);
        grid.setItems(DataProvider.fromCallbacks(
                query -> dashboards.overview(period, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> teamCount));
        var note = new Paragraph("Coverage is today's share of certified agents over every program assigned to the "
                + "team; figures are for the chosen period, counted for the team the agent was in when rated.");
        note.addClassNames("muted", "small");
        add(top, note, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        period = event.getLocation().getQueryParameters().getSingleParameter(TeamDashboardView.PERIOD)
                .flatMap(ReportPeriod::parse).orElseGet(() -> dashboards.currentPeriod(Granularity.MONTH));
        top.removeAll();
        top.add(new PeriodPicker(period, dashboards.today(), p -> getUI().ifPresent(ui -> ui.navigate(ROUTE,
                QueryParameters.of(TeamDashboardView.PERIOD, p.token())))));
        grid.getDataProvider().refreshAll();
    }

    private static String coverage(TeamOverview o) {
        Double percent = o.coveragePercent();
        return percent == null ? "nothing assigned" : String.format(Locale.ROOT, "%.0f%%", percent)
                + " of " + o.certification().programs().size() + (o.certification().programs().size() == 1
                        ? " program" : " programs");
    }

    private static String withN(Figure figure) {
        return (figure.enough() ? FigureText.value(figure) : "too few") + " · n " + figure.n();
    }
}
