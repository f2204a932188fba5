package com.certdesk.reporting.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.TrainingServiceReport;
import com.certdesk.reporting.TrainingServiceRow;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The training and service report: one row per agent with the programs they are certified in, the modules they
 * completed, and their CSAT, NPS and CES in the period with n and interval ("fewer than 10 ratings" instead of a
 * number below the minimum); below it team engagement as the engagement feature discloses it. Filters, counts, and
 * the rows as CSV or XLSX (the workbook with the engagement block as its second sheet).
 */
@Route(value = "reports/service", layout = MainLayout.class)
@PageTitle("Training and service")
@Menu(title = "Training and service", order = 7.47, icon = "vaadin:chart")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class TrainingServiceView extends VerticalLayout {

    private final TrainingServiceReport report;
    private final Select<TeamSummary> team;
    private final DatePicker from = UserFormats.current().localize(new DatePicker("From"));
    private final DatePicker to = UserFormats.current().localize(new DatePicker("To"));
    private final TextField agent = new TextField("Agent");
    private final Paragraph count = new Paragraph();
    private final Grid<TrainingServiceRow> grid = new Grid<>();
    private final TeamEngagementBlock engagement;
    /** The filter of the rows shown: downloads take these, even while a date typed is not yet valid. */
    private TrainingServiceReport.Filter shown;

    TrainingServiceView(TrainingServiceReport report) {
        this.report = report;
        addClassNames("page", "report");
        setId("training-service");
        shown = report.defaultFilter();
        team = ReportParts.teamSelect("service-team", report.teams());
        from.setId("service-from");
        to.setId("service-to");
        from.setValue(shown.from());
        to.setValue(shown.to());
        ReportParts.search(agent, "service-agent", "Name");
        count.setId("service-count");
        var toolbar = ReportParts.toolbar(count, "service", report::fileName,
                (format, out) -> report.export(shown, format, out));
        int minimum = report.minimumRatings();
        var help = new Paragraph("One row per agent. Certified: programs with a valid certificate today. Modules: "
                + "completed in all, and within the period. CSAT, NPS and CES: the period's customer ratings with "
                + "their 95% interval and n; fewer than " + minimum + " ratings show no number. Customer comments "
                + "are not part of this report.");
        help.addClassName("report-help");

        grid.setId("service-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TrainingServiceRow::agent).setHeader("Agent").setFlexGrow(2)
                .setWidth("8rem");
        grid.addColumn(TrainingServiceRow::team).setHeader("Team").setFlexGrow(1).setWidth("6rem");
        grid.addColumn(TrainingServiceView::certified).setHeader("Certified").setFlexGrow(2).setWidth("8rem");
        grid.addColumn(r -> r.modulesCompleted() + " (" + r.modulesCompletedInPeriod() + " in period)")
                .setHeader("Modules").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(r -> ServiceCells.figure(r.csat())).setHeader("CSAT").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(r -> ServiceCells.figure(r.nps())).setHeader("NPS").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(r -> ServiceCells.figure(r.ces())).setHeader("CES").setWidth("8rem").setFlexGrow(1);
        PhoneColumns.of(grid).below(1000).compact("Agent", TrainingServiceView::compact);
        grid.setEmptyStateText("No agent matches this filter.");
        engagement = new TeamEngagementBlock(report, () -> shown, report.engagementThreshold());
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(team, from, to, agent)) {
            field.addValueChangeListener(e -> refresh());
        }
        add(new H1("Training and service"), help, ReportParts.filters(team, from, to, agent), toolbar, grid,
                engagement);
        refresh();
    }

    private void refresh() {
        from.setInvalid(false);
        if (!ReportParts.range(from, to)) {
            return;
        }
        if (from.getValue() == null || to.getValue() == null) {
            DatePicker empty = from.getValue() == null ? from : to;
            empty.setInvalid(true);
            empty.setErrorMessage("Choose a day");
            return;
        }
        TrainingServiceReport.Filter filter;
        try {
            filter = new TrainingServiceReport.Filter(ReportParts.teamId(team), from.getValue(), to.getValue(),
                    agent.getValue());
        } catch (ValidationException e) {
            to.setInvalid(true);
            to.setErrorMessage(e.getMessage());
            return;
        }
        List<TrainingServiceRow> rows = report.rows(filter);
        shown = filter;
        count.setText(ReportParts.count(rows.size(), "agent", "agents"));
        grid.setItems(rows);
        engagement.show(report.engagement(filter));
    }

    private static String certified(TrainingServiceRow r) {
        return r.certifiedPrograms().isEmpty() ? "none" : String.join(", ", r.certifiedPrograms());
    }

    private static Component compact(TrainingServiceRow r) {
        var cell = new Div(new Span(r.agent()), new Span(r.team() + " · certified: " + certified(r)),
                new Span(r.modulesCompleted() + (r.modulesCompleted() == 1 ? " module (" : " modules (")
                        + r.modulesCompletedInPeriod() + " in period)"),
                new Span("CSAT " + ServiceCells.figure(r.csat())), new Span("NPS " + ServiceCells.figure(r.nps())),
                new Span("CES " + ServiceCells.figure(r.ces())));
        cell.addClassName("compact-cell");
        return cell;
    }
}
