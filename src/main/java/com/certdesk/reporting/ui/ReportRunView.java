package com.certdesk.reporting.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.RunView;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where the bell's "Your weekly report … is ready" leads (and the e-mailed link): the run and its download, for the
 * owner and administrators; anyone else's id and an unknown one show the same "not found".
 */
@Route(value = "reports/runs/:runId([0-9]{1,18})", layout = MainLayout.class)
@PageTitle("Scheduled report")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class ReportRunView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportSchedules schedules;

    ReportRunView(ReportSchedules schedules) {
        this.schedules = schedules;
        addClassNames("page", "page-narrow");
        setId("report-run");
    }

    /** The file's own address, served by the reporting web controller. */
    static String fileUrl(long runId) {
        return "reports/runs/" + runId + "/file";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("runId")
                .orElseThrow(() -> new NotFoundException("There is no such report file."));
        RunView run = schedules.run(id);
        UserFormats formats = UserFormats.current();
        removeAll();
        var status = new Paragraph(run.ready() ? run.status().label() + ": " + ReportParts.count(run.rows() == null
                ? 0 : run.rows(), "row", "rows") + ", produced " + formats.dateTime(run.startedAt()) + "."
                : run.status().label() + ": " + (run.message() == null ? "" : run.message()));
        status.setId("run-status");
        var file = new Paragraph(RunsGrid.file(run));
        var kept = new Paragraph("Files are kept " + schedules.keepDays() + " days after they were produced.");
        kept.addClassName("muted");
        add(new H1(run.scheduleName()), status, file, kept, new RouterLink("All scheduled reports",
                ScheduledReportsView.class));
    }
}
