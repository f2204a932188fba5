package com.certdesk.reporting.ui;

import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.people.AgentActivity;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.ModuleProgressReport;
import com.certdesk.reporting.ModuleProgressRow;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.SavedFilter;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The module progress report: one row per agent × published module with lessons done, quiz attempts, best score
 * and when it was completed; filters, count, the same rows as CSV or XLSX. Managers see their own teams only.
 */
@Route(value = "reports/modules", layout = MainLayout.class)
@PageTitle("Module progress")
@Menu(title = "Module progress", order = 7.45, icon = "vaadin:book")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class ModuleProgressView extends VerticalLayout {

    private static final ModuleRef ALL_MODULES = new ModuleRef(-1, "All published modules",
            com.certdesk.catalog.SkillArea.values()[0], com.certdesk.catalog.ModuleStatus.PUBLISHED);
    private static final List<String> STATES = List.of("Any", "Not started", "In progress", "Complete");

    private final ModuleProgressReport report;
    private final Select<TeamSummary> team;
    private final Select<ModuleRef> module = new Select<>();
    private final Select<String> state = new Select<>();
    private final DatePicker completedFrom = UserFormats.current().localize(new DatePicker("Completed from"));
    private final DatePicker completedTo = UserFormats.current().localize(new DatePicker("Completed until"));
    private final TextField agent = new TextField("Agent");
    private final Select<AgentActivity> agents;
    private final Paragraph count = new Paragraph();
    private final Grid<ModuleProgressRow> grid = new Grid<>();

    ModuleProgressView(ModuleProgressReport report, ReportSchedules schedules, AuthenticationContext auth) {
        this.report = report;
        addClassNames("page", "report");
        setSizeFull();
        setId("module-progress");
        team = ReportParts.teamSelect("modules-team", report.teams());
        List<ModuleRef> modules = new ArrayList<>(report.modules());
        modules.addFirst(ALL_MODULES);
        ReportParts.choice(module, "modules-module", "Module", modules, ModuleRef::title, ALL_MODULES);
        ReportParts.choice(state, "modules-state", "State", STATES, s -> s, "Any");
        completedFrom.setId("modules-from");
        completedTo.setId("modules-to");
        ReportParts.search(agent, "modules-agent", "Name");
        agents = ReportParts.agentActivity("modules-agents", auth);
        count.setId("modules-count");
        var toolbar = ReportParts.toolbar(count, "modules", report::fileName,
                (format, out) -> report.export(filter(), format, out));
        ReportParts.scheduleButton(toolbar, "modules", schedules,
                () -> new SavedFilter.Modules(filter()), this::scheduleName);

        UserFormats formats = UserFormats.current();
        grid.setId("modules-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> ReportParts.agentName(r.agent(), r.active())).setHeader("Agent").setFlexGrow(2).setWidth("8rem");
        grid.addColumn(ModuleProgressRow::team).setHeader("Team").setFlexGrow(1).setWidth("6rem");
        grid.addColumn(ModuleProgressRow::module).setHeader("Module").setFlexGrow(2).setWidth("9rem");
        var stateColumn = grid.addColumn(ModuleProgressRow::state).setHeader("State").setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> r.lessonsDone() + " of " + r.lessons()).setHeader("Lessons").setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(ModuleProgressRow::quizAttempts).setHeader("Attempts").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(ModuleProgressView::score).setHeader("Best quiz").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.completedAt() == null ? "" : formats.date(r.completedAt())).setHeader("Completed")
                .setWidth("7.5rem").setFlexGrow(0);
        PhoneColumns.of(grid).below(1000).keep(stateColumn).compact("Agent and module", r -> compact(r, formats));
        grid.setEmptyStateText("No agent and module match this filter.");
        grid.setSizeFull();
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(team, module, state, completedFrom, completedTo,
                agent, agents)) {
            field.addValueChangeListener(e -> refresh());
        }
        add(new H1("Module progress"), ReportParts.filters(team, module, state, completedFrom, completedTo, agent,
                agents), toolbar, grid);
        refresh();
    }

    private void refresh() {
        if (!ReportParts.range(completedFrom, completedTo)) {
            return;
        }
        List<ModuleProgressRow> rows = report.rows(filter());
        count.setText(ReportParts.count(rows.size(), "row", "rows"));
        grid.setItems(rows);
    }

    private ModuleProgressReport.Filter filter() {
        ModuleRef m = module.getValue();
        String s = state.getValue();
        return new ModuleProgressReport.Filter(ReportParts.teamId(team), m == null || m == ALL_MODULES ? null
                : m.id(), s == null || s.equals("Any") ? null : s, completedFrom.getValue(), completedTo.getValue(),
                agent.getValue(), agents.getValue());
    }

    private String scheduleName() {
        ModuleRef m = module.getValue();
        String s = state.getValue();
        return ReportParts.defaultName("Module progress", List.of(ReportParts.teamName(team),
                m == null || m == ALL_MODULES ? "" : m.title(), s == null || s.equals("Any") ? "" : s,
                agent.getValue().strip()));
    }

    private static String score(ModuleProgressRow r) {
        return r.bestScore() == null ? "" : String.format(Locale.ROOT, "%.0f%%", r.bestScore());
    }

    private static Component compact(ModuleProgressRow r, UserFormats formats) {
        var cell = new Div(new Span(ReportParts.agentName(r.agent(), r.active()) + " \u00b7 " + r.team()), new Span(r.module()), new Span(r.lessonsDone()
                + " of " + r.lessons() + " lessons" + (r.quizAttempts() == 0 ? "" : ", best quiz " + score(r))
                + (r.completedAt() == null ? "" : ", completed " + formats.date(r.completedAt()))));
        cell.addClassName("compact-cell");
        return cell;
    }
}
