package com.certdesk.insight.ui;

import com.certdesk.feedback.Granularity;
import com.certdesk.insight.ReportPeriod;
import com.certdesk.insight.SkillSuggestionService;
import com.certdesk.insight.TeamDashboard;
import com.certdesk.insight.TeamDashboardService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * The team dashboard: for one team and one period of the organization's calendar, the team's CSAT, NPS and CES with
 * interval, n and change, certification coverage and overdue, the team's engagement in its latest pulse wave, the
 * 12-month trend, the agents' table, and training suggestions from customer feedback ({@link
 * TrainingSuggestionsPanel}). Managers pick among their teams, HR and administrators among all. The team
 * and the period live in the URL ({@code dashboard/12?period=2026-11}), so a view can be bookmarked and shared; the
 * service decides who may see which team, whatever the URL says.
 */
@Route("dashboard")
@RouteAlias("dashboard/:teamId([0-9]{1,18})")
@PageTitle("Team dashboard")
@Menu(title = "Team dashboard", order = 4, icon = "vaadin:dashboard")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class TeamDashboardView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = "dashboard";
    static final String TEAM_ID = "teamId";
    static final String PERIOD = "period";

    private final TeamDashboardService dashboards;
    private final boolean managerView;
    private final ComboBox<TeamSummary> teamPicker = new ComboBox<>("Team");
    private final Div top = new Div();
    private final Div body = new Div();
    private final FigureCards cards = new FigureCards();
    private final CoveragePanel coverage = new CoveragePanel();
    private final EngagementCard engagement = new EngagementCard();
    private final TrendCharts trend = new TrendCharts();
    private final AgentTable table;
    private final TrainingSuggestionsPanel suggestions;
    private final Paragraph empty = new Paragraph();
    private final List<TeamSummary> teams;
    private ReportPeriod shown;
    private long shownTeam = -1;
    private long engagementTeam = -1;

    TeamDashboardView(TeamDashboardService dashboards, SkillSuggestionService skillSuggestions,
            AuthenticationContext auth) {
        this.dashboards = dashboards;
        this.managerView = auth.hasRole(Roles.MANAGER);
        addClassNames("page", "page-wide", "team-dashboard");
        setId("team-dashboard");
        teams = dashboards.teams();
        ReportPeriod month = dashboards.currentPeriod(Granularity.MONTH);
        shown = month;
        table = new AgentTable(dashboards, 0, month);
        suggestions = new TrainingSuggestionsPanel(skillSuggestions,
                auth.hasAnyRole(Roles.MANAGER, Roles.ADMIN), auth.hasRole(Roles.ADMIN), month);
        teamPicker.setItems(teams);
        teamPicker.setItemLabelGenerator(TeamSummary::name);
        teamPicker.setId("team-picker");
        teamPicker.setAllowCustomValue(false);
        teamPicker.addValueChangeListener(e -> {
            // the value is also set when a team is shown; only a different team is a choice
            if (e.getValue() != null && e.getValue().id() != shownTeam) {
                go(e.getValue().id(), shown);
            }
        });
        top.addClassName("dashboard-top");
        var figures = new Div(cards, coverage);
        figures.addClassName("dashboard-figures");
        var agentsHeading = new H3("Agents");
        body.add(figures, engagement, trend, agentsHeading, privacyNote(), table, suggestions);
        body.addClassName("dashboard-body");
        empty.setId("dashboard-empty");
        empty.addClassName("empty-state");
        add(top, body, empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReportPeriod period = period(event.getLocation().getQueryParameters());
        Optional<Long> teamId = event.getRouteParameters().getLong(TEAM_ID);
        if (teamId.isEmpty() && teams.isEmpty()) {
            showEmpty(managerView ? "You don't manage a team yet. An administrator can make you a team's manager "
                    + "under Teams; its dashboard then shows here." : "There are no teams yet.");
            return;
        }
        long id = teamId.orElse(teams.getFirst().id());
        // refused (another manager's team) and unknown teams end here, on the access-denied or not-found page
        TeamDashboard dashboard = dashboards.load(id, period);
        show(dashboard);
    }

    private void show(TeamDashboard dashboard) {
        empty.setVisible(false);
        body.setVisible(true);
        shownTeam = dashboard.team().id();
        teamPicker.setValue(teams.stream().filter(t -> t.id() == dashboard.team().id()).findFirst()
                .orElse(dashboard.team()));
        long teamId = dashboard.team().id();
        shown = dashboard.period();
        top.removeAll();
        var all = new Anchor(TeamsOverviewView.ROUTE + "?" + PERIOD + "=" + shown.token(), "All teams");
        all.setId("all-teams-link");
        all.addClassName("all-teams-link");
        all.setVisible(teams.size() > 1);
        var impact = new Anchor(com.certdesk.insight.PerformanceNavigation.IMPACT + "?team=" + teamId,
                "Did training change what customers say?");
        impact.setId("impact-link");
        impact.addClassName("all-teams-link");
        top.add(teamPicker, new PeriodPicker(shown, dashboards.today(), p -> go(teamId, p)), all, impact);
        cards.show(dashboard);
        coverage.show(dashboard.certification());
        if (teamId != engagementTeam) {
            // the latest wave does not depend on the period: asked again only for another team
            engagement.show(dashboards.engagement(teamId));
            engagementTeam = teamId;
        }
        trend.show(dashboard.trend());
        table.show(teamId, dashboard.period(), dashboard.certification());
        suggestions.show(teamId, dashboard.period());
    }

    private void showEmpty(String text) {
        top.removeAll();
        body.setVisible(false);
        empty.setText(text);
        empty.setVisible(true);
    }

    private Paragraph privacyNote() {
        var note = new Paragraph(managerView
                ? "Click an agent to open their performance page, with the comments their customers wrote."
                : "Click an agent to open their performance figures. Customers' individual comments are shown "
                        + "only to the agent and their manager.");
        note.addClassNames("muted", "small");
        note.setId("privacy-note");
        return note;
    }

    private void go(long teamId, ReportPeriod period) {
        getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + teamId, QueryParameters.of(PERIOD, period.token())));
    }

    private ReportPeriod period(QueryParameters parameters) {
        return parameters.getSingleParameter(PERIOD).flatMap(ReportPeriod::parse)
                .orElseGet(() -> dashboards.currentPeriod(Granularity.MONTH));
    }
}
