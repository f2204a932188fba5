package com.certdesk.insight.ui;

import com.certdesk.certification.TeamCertification;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.insight.AgentLine;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.ReportPeriod;
import com.certdesk.insight.TeamDashboardService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team's agents a page at a time from {@link TeamDashboardService#agents} (sorted there), each row opening the
 * agent's performance page. On a phone one cell per agent has the name (the link), n, the three figures and the
 * certificates, so the page does not scroll sideways.
 */
class AgentTable extends Grid<AgentLine> {

    static final int SHOWN_WHOLE = 25;
    /**
     * Below this window width (px) one cell per agent: the six columns need about 870 px of page, which a window
     * narrower than this does not leave (with the menu beside the page, or the page's margins on a tablet).
     */
    static final int PHONE_WIDTH = 1000;

    /** The grid's phone layout (package-private for tests, which have no window to resize). */
    final PhoneColumns<AgentLine> phone;

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
        addComponentColumn(AgentTable::link).setKey("name").setHeader("Agent").setSortable(true).setSortProperty(TeamDashboardService.SORT_NAME)
                .setFrozen(true).setWidth("9rem").setFlexGrow(1).setResizable(true);
        addColumn(AgentLine::responses).setKey("n").setHeader("Ratings (n)").setSortable(true)
                .setSortProperty(TeamDashboardService.SORT_RESPONSES).setTextAlign(ColumnTextAlign.END)
                .setWidth("7.5rem").setFlexGrow(0);
        addColumn(a -> FigureText.compact(a.figures().csat())).setKey("csat").setHeader("CSAT").setSortable(true)
                .setSortProperty(TeamDashboardService.SORT_CSAT)
                .setTooltipGenerator(a -> FigureText.compact(a.figures().csat()) + ", " + FigureText.n(a.figures().csat()))
                .setWidth("9rem").setFlexGrow(0);
        addColumn(a -> FigureText.compact(a.figures().nps())).setKey("nps").setHeader("NPS").setSortable(true)
                .setSortProperty(TeamDashboardService.SORT_NPS)
                .setTooltipGenerator(a -> FigureText.compact(a.figures().nps()) + ", " + FigureText.n(a.figures().nps()))
                .setWidth("9.5rem").setFlexGrow(0);
        addColumn(a -> FigureText.compact(a.figures().ces())).setKey("ces").setHeader("CES").setSortable(true)
                .setSortProperty(TeamDashboardService.SORT_CES)
                .setTooltipGenerator(a -> FigureText.compact(a.figures().ces()) + ", " + FigureText.n(a.figures().ces()))
                .setWidth("9rem").setFlexGrow(0);
        addColumn(AgentTable::certificates).setKey("certificates").setHeader("Valid certificates").setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(a -> String.join(", ", a.certificates()));
        // six columns scrolled sideways on a phone (and past the page's edge at 1280 px with the menu open): a
        // narrow window shows one cell per agent, sortable by name; the widths above fit 1280 px with the menu
        phone = PhoneColumns.of(this).below(PHONE_WIDTH).compact("Agent", AgentTable::compactCell,
                c -> c.setSortable(true).setSortProperty(TeamDashboardService.SORT_NAME));
        addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PerformanceNavigation.of(e.getItem().userId()))));
        setItems(DataProvider.fromCallbacks(
                query -> dashboards.agents(this.teamId, this.period, VaadinSpringDataHelpers.toSpringPageRequest(query),
                        this.certification).stream(),
                query -> agents));
        sort(List.of(new GridSortOrder<>(getColumnByKey("name"), SortDirection.ASCENDING)));
    }

    private static Anchor link(AgentLine a) {
        var link = new Anchor(PerformanceNavigation.of(a.userId()), a.displayName());
        link.setTitle("Open " + a.displayName() + "'s performance");
        return link;
    }

    private static String certificates(AgentLine a) {
        return a.certificates().isEmpty() ? "none" : String.join(", ", a.certificates());
    }

    /** A phone's one cell per agent: the name as the link, then n, the figures and the certificates. */
    private static Div compactCell(AgentLine a) {
        var figures = new Span(a.responses() + (a.responses() == 1 ? " rating" : " ratings") + " \u00b7 CSAT "
                + FigureText.compact(a.figures().csat()) + " \u00b7 NPS " + FigureText.compact(a.figures().nps())
                + " \u00b7 CES " + FigureText.compact(a.figures().ces()));
        var certified = new Span("Valid certificates: " + certificates(a));
        figures.addClassNames("muted", "small");
        certified.addClassNames("muted", "small");
        var cell = new Div(link(a), figures, certified);
        cell.addClassName("agent-compact");
        return cell;
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
