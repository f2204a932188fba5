package com.certdesk.insight.ui;

import com.certdesk.certification.TeamCertification;
import com.certdesk.insight.AgentLine;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.ReportPeriod;
import com.certdesk.insight.TeamDashboardService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team's agents a page at a time from {@link TeamDashboardService#agents} (sorted there), each row opening the
 * agent's performance page. On a phone the grid scrolls sideways with the agent's name kept in place.
 */
class AgentTable extends Grid<AgentLine> {

    static final int SHOWN_WHOLE = 25;

    private long teamId;
    private int agents;
    private ReportPeriod period;
    /** The team's certification from the dashboard load, so that each page of the table need not work it out. */
    private @Nullable TeamCertification certification;

    AgentTable(TeamDashboardService dashboards, long teamId, ReportPeriod period) {
        this.teamId = teamId;
        this.period = period;
        setId("agent-table");
        addClassName("agent-table");
        addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS);
        setSelectionMode(SelectionMode.NONE);
        setEmptyStateText("This team has no active agents.");
        addComponentColumn(a -> {
            var link = new Anchor(PerformanceNavigation.of(a.userId()), a.displayName());
            link.setTitle("Open " + a.displayName() + "'s performance");
            return link;
        }).setKey("name").setHeader("Agent").setSortable(true).setSortProperty(TeamDashboardService.SORT_NAME)
                .setFrozen(true).setWidth("10rem").setFlexGrow(1).setResizable(true);
        addColumn(AgentLine::responses).setKey("n").setHeader("Ratings (n)").setSortable(true)
                .setSortProperty(TeamDashboardService.SORT_RESPONSES).setTextAlign(ColumnTextAlign.END)
                .setWidth("7.5rem").setFlexGrow(0);
        addColumn(a -> FigureText.compact(a.figures().csat())).setKey("csat").setHeader("CSAT").setSortable(true)
                .setSortProperty(TeamDashboardService.SORT_CSAT)
                .setTooltipGenerator(a -> FigureText.compact(a.figures().csat()) + ", " + FigureText.n(a.figures().csat()))
                .setWidth("11rem").setFlexGrow(0);
        addColumn(a -> FigureText.compact(a.figures().nps())).setKey("nps").setHeader("NPS").setSortable(true)
                .setSortProperty(TeamDashboardService.SORT_NPS)
                .setTooltipGenerator(a -> FigureText.compact(a.figures().nps()) + ", " + FigureText.n(a.figures().nps()))
                .setWidth("11rem").setFlexGrow(0);
        addColumn(a -> FigureText.compact(a.figures().ces())).setKey("ces").setHeader("CES").setSortable(true)
                .setSortProperty(TeamDashboardService.SORT_CES)
                .setTooltipGenerator(a -> FigureText.compact(a.figures().ces()) + ", " + FigureText.n(a.figures().ces()))
                .setWidth("10rem").setFlexGrow(0);
        addColumn(a -> a.certificates().isEmpty() ? "none" : String.join(", ", a.certificates()))
                .setKey("certificates").setHeader("Valid certificates").setWidth("14rem").setFlexGrow(1)
                .setTooltipGenerator(a -> String.join(", ", a.certificates()));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PerformanceNavigation.of(e.getItem().userId()))));
        setItems(DataProvider.fromCallbacks(
                query -> dashboards.agents(this.teamId, this.period, VaadinSpringDataHelpers.toSpringPageRequest(query),
                        this.certification).stream(),
                query -> agents));
        sort(List.of(new GridSortOrder<>(getColumnByKey("name"), SortDirection.ASCENDING)));
    }

    /** Shows this team and period with the certification the dashboard load worked out (its agents are counted). */
    void show(long team, ReportPeriod shown, TeamCertification loaded) {
        this.teamId = team;
        this.period = shown;
        this.certification = loaded;
        int agentCount = loaded.agents();
        this.agents = agentCount;
        // a small team shows whole (no empty box under it); a large one scrolls inside the grid, a page at a time
        setAllRowsVisible(agentCount <= SHOWN_WHOLE);
        getDataProvider().refreshAll();
    }
}
