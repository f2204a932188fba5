package com.certdesk.reporting.ui;

import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.certification.CertStatus;
import com.certdesk.certification.ProgramProgress;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.AgentActivity;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.ProgressFilter;
import com.certdesk.reporting.ProgressReport;
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
 * The progress report: one row per agent × program with status, assignment and due dates, certificate dates,
 * modules done and best quiz scores; filter by team, program, status, certificate dates and agent, see the count and
 * a preview, download the same rows as CSV or XLSX. Managers see their own teams only.
 */
@Route(value = "reports/progress", layout = MainLayout.class)
@PageTitle("Progress report")
@Menu(title = "Progress report", order = 7.4, icon = "vaadin:table")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class ProgressReportView extends VerticalLayout {

    private static final ProgramSummary ALL_PROGRAMS = new ProgramSummary(-1, "All active programs", "", List.of(),
            null, 0, null, true, 0);

    private final ProgressReport report;
    private final Select<TeamSummary> team;
    private final Select<ProgramSummary> program = new Select<>();
    private final Select<Object> status = new Select<>();
    private final DatePicker certifiedFrom = UserFormats.current().localize(new DatePicker("Certified from"));
    private final DatePicker certifiedTo = UserFormats.current().localize(new DatePicker("Certified until"));
    private final TextField agent = new TextField("Agent");
    private final Select<AgentActivity> agents;
    private final Paragraph count = new Paragraph();
    private final Grid<ProgramProgress> grid = new Grid<>();

    ProgressReportView(ProgressReport report, ReportSchedules schedules, AuthenticationContext auth) {
        this.report = report;
        addClassNames("page", "report");
        setSizeFull();
        setId("progress-report");
        team = ReportParts.teamSelect("progress-team", report.teams());
        List<ProgramSummary> programs = new ArrayList<>(report.programs());
        programs.addFirst(ALL_PROGRAMS);
        ReportParts.choice(program, "progress-program", "Program", programs, ProgramSummary::name, ALL_PROGRAMS);
        ReportParts.anyOf(status, "progress-status", "Status", "Any", List.of(CertStatus.values()), CertStatus::label);
        certifiedFrom.setId("progress-from");
        certifiedTo.setId("progress-to");
        ReportParts.search(agent, "progress-agent", "Name");
        agents = ReportParts.agentActivity("progress-agents", auth);
        count.setId("progress-count");
        var toolbar = ReportParts.toolbar(count, "progress", report::fileName,
                (format, out) -> report.export(filter(), format, out));
        ReportParts.scheduleButton(toolbar, "progress", schedules, () -> new SavedFilter.Progress(filter()),
                this::scheduleName);

        UserFormats formats = UserFormats.current();
        grid.setId("progress-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> ReportParts.agentName(p.displayName(), p.active())).setHeader("Agent").setFlexGrow(2).setWidth("8rem");
        grid.addColumn(p -> p.teamName() == null ? "" : p.teamName()).setHeader("Team").setFlexGrow(1)
                .setWidth("6rem");
        grid.addColumn(ProgramProgress::programName).setHeader("Program").setFlexGrow(2).setWidth("8rem");
        var statusColumn = grid.addColumn(p -> p.status().label()).setHeader("Status").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(p -> p.dueOn() == null ? "" : formats.date(p.dueOn())).setHeader("Due").setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(p -> p.certifiedOn() == null ? "" : formats.date(p.certifiedOn())
                + (p.validUntil() == null ? "" : " \u2013 " + formats.date(p.validUntil())))
                .setHeader("Certified").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(p -> p.modulesDone() + " of " + p.modulesRequired()).setHeader("Modules").setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(ProgressReportView::score).setHeader("Best quiz").setWidth("5.5rem").setFlexGrow(0);
        PhoneColumns.of(grid).below(1000).keep(statusColumn).compact("Agent and program", p -> compact(p, formats));
        grid.setEmptyStateText("No agent and program match this filter.");
        grid.setSizeFull();

        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(team, program, status, certifiedFrom, certifiedTo,
                agent, agents)) {
            field.addValueChangeListener(e -> refresh());
        }
        var help = new Paragraph("One row per agent and program. Status as on the Certification page; Due is the "
                + "due date that applies to the agent (a newcomer's own); Certified is the latest certificate not "
                + "revoked; Best quiz is the lowest of the agent's best scores over the program's quizzes they "
                + "took.");
        help.addClassName("muted");
        add(new H1("Progress report"), help, ReportParts.filters(team, program, status, certifiedFrom, certifiedTo,
                agent, agents), toolbar, grid);
        refresh();
    }

    private void refresh() {
        if (!ReportParts.range(certifiedFrom, certifiedTo)) {
            return;
        }
        // the rows come from the certification matrix, computed in full for a filter: shown from memory
        List<ProgramProgress> rows = report.rows(filter());
        count.setText(ReportParts.count(rows.size(), "row", "rows"));
        grid.setItems(rows);
    }

    private ProgressFilter filter() {
        ProgramSummary p = program.getValue();
        return new ProgressFilter(ReportParts.teamId(team), p == null || p == ALL_PROGRAMS ? null : p.id(),
                ReportParts.chosen(status, CertStatus.class), certifiedFrom.getValue(),
                certifiedTo.getValue(), agent.getValue(), agents.getValue());
    }

    private String scheduleName() {
        ProgramSummary p = program.getValue();
        CertStatus s = ReportParts.chosen(status, CertStatus.class);
        return ReportParts.defaultName("Progress report", List.of(ReportParts.teamName(team),
                p == null || p == ALL_PROGRAMS ? "" : p.name(), s == null ? "" : s.label(), agent.getValue().strip()));
    }

    private static String score(ProgramProgress p) {
        return p.lowestBestScore() == null ? "" : String.format(Locale.ROOT, "%.0f%%", p.lowestBestScore());
    }

    private static Component compact(ProgramProgress p, UserFormats formats) {
        var cell = new Div(new Span(ReportParts.agentName(p.displayName(), p.active()) + (p.teamName() == null ? "" : " \u00b7 " + p.teamName())),
                new Span(p.programName()), new Span(p.modulesDone() + " of " + p.modulesRequired() + " modules"
                        + (p.dueOn() == null ? "" : ", due " + formats.date(p.dueOn()))
                        + (p.certifiedOn() == null ? "" : ", certified " + formats.date(p.certifiedOn()))));
        cell.addClassName("compact-cell");
        return cell;
    }
}
