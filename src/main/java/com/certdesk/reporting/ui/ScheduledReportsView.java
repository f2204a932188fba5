package com.certdesk.reporting.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.reporting.DateRule;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.RunStatus;
import com.certdesk.reporting.RunView;
import com.certdesk.reporting.ScheduleView;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * Scheduled reports: the caller's schedules (an administrator's: everyone's) with their next run and the last run's
 * outcome, pause and resume, Run now and delete; below them the produced files, newest first, with their downloads.
 */
@Route(value = "reports/schedules", layout = MainLayout.class)
@PageTitle("Scheduled reports")
@Menu(title = "Scheduled reports", order = 7.55, icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class ScheduledReportsView extends VerticalLayout {

    private final ReportSchedules schedules;
    private final Grid<ScheduleView> grid = new Grid<>();
    private final RunsGrid runs;
    private final UserFormats formats = UserFormats.current();

    ScheduledReportsView(ReportSchedules schedules, CurrentUser currentUser) {
        this.schedules = schedules;
        // the two lists show all their rows and the page scrolls, rather than two grids in one screen
        addClassNames("page", "report");
        setWidthFull();
        setId("scheduled-reports");
        var help = new Paragraph("Schedule a report with Schedule\u2026 on the Progress report, Module progress or "
                + "Certificate register page: it keeps that page's filter and is produced early in the morning of "
                + "each run day with your authority, then offered under the bell. Files are kept "
                + schedules.keepDays() + " days.");
        help.addClassName("muted");

        grid.setId("schedules-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ScheduleView::name).setKey("name").setHeader("Name").setFlexGrow(2).setWidth("10rem");
        if (currentUser.hasRole(Roles.ADMIN)) {
            grid.addColumn(ScheduleView::ownerName).setHeader("Owner").setFlexGrow(1).setWidth("7rem");
        }
        grid.addColumn(s -> s.report().label() + ", " + s.format().label() + dates(s)).setHeader("Report")
                .setFlexGrow(2).setWidth("10rem");
        grid.addColumn(ScheduleView::when).setHeader("When").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::next).setKey("next").setHeader("Next run").setFlexGrow(1).setWidth("8rem");
        grid.addComponentColumn(this::last).setKey("last").setHeader("Last run").setFlexGrow(1).setWidth("9rem");
        grid.addComponentColumn(s -> actions(s, true)).setKey("actions").setHeader("").setWidth("16rem")
                .setFlexGrow(0);
        // on a phone the buttons go under the schedule, not in a column of their own beside a narrow cell
        PhoneColumns.of(grid).compact("Scheduled report", this::compact);
        grid.setEmptyStateText("You have no scheduled reports yet. Open a report, choose its filter and click "
                + "Schedule\u2026 beside the downloads.");
        grid.setItems(query -> schedules.schedules(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAllRowsVisible(true);

        runs = new RunsGrid(schedules, formats);
        add(new H1("Scheduled reports"), help, grid, new H2("Produced files"), runs);
    }

    private Component compact(ScheduleView s) {
        var cell = new Div(new Span(s.name()), new Span(s.report().label() + ", " + s.format().label() + ", "
                + s.when()), next(s), last(s), actions(s, false));
        cell.addClassName("compact-cell");
        return cell;
    }

    private String dates(ScheduleView s) {
        if (s.dates() == DateRule.ALL) {
            return "";
        }
        String what = s.report().datesLabel().toLowerCase(Locale.ROOT);
        if (s.dates() == DateRule.FIXED) {
            return "; " + what + " " + (s.from() == null ? "any day" : formats.date(s.from())) + " \u2013 "
                    + (s.to() == null ? "any day" : formats.date(s.to()));
        }
        return "; " + what + ": " + s.dates().label().toLowerCase(Locale.ROOT);
    }

    private Component next(ScheduleView s) {
        if (!s.paused() || s.nextRunOn() != null) {
            return new Span(s.nextRunOn() == null ? "" : formats.date(s.nextRunOn()));
        }
        var cell = new Div(new Span("Paused"));
        if (s.pausedReason() != null) {
            var reason = new Span(s.pausedReason());
            reason.addClassName("muted");
            cell.add(reason);
        }
        cell.addClassName("compact-cell");
        return cell;
    }

    private Component last(ScheduleView s) {
        RunView r = s.lastRun();
        if (r == null) {
            return new Span("Not run yet");
        }
        var cell = new Div(new Span(r.status().label() + " " + formats.dateTime(r.startedAt())
                + (r.rows() == null ? "" : ", " + ReportParts.count(r.rows(), "row", "rows"))));
        if (r.message() != null && r.status() != RunStatus.DONE) {
            var why = new Span(r.message());
            why.addClassName("muted");
            cell.add(why);
        }
        cell.addClassName("compact-cell");
        return cell;
    }

    /** Pause or resume, run now, delete; {@code ids} on the wide grid's buttons only (the phone cell repeats them). */
    private Component actions(ScheduleView s, boolean ids) {
        var toggle = new Button(s.paused() ? "Resume" : "Pause", e -> act(() -> {
            ScheduleView now = s.paused() ? schedules.resume(s.id()) : schedules.pause(s.id());
            Toast.show(now.paused() ? "Paused '" + now.name() + "'." : "'" + now.name() + "' runs again, next on "
                    + formats.date(now.nextRunOn()) + ".");
        }));
        if (ids) {
            toggle.setId("schedule-toggle-" + s.id());
        }
        var runNow = new Button("Run now", e -> act(() -> {
            RunView run = schedules.runNow(s.id());
            var toast = Toast.show(run.ready() ? "Produced '" + s.name() + "': " + ReportParts.count(run.rows(),
                    "row", "rows") + ". Download it below or from the bell." : run.status().label() + ": "
                    + run.message());
            toast.addThemeVariants(run.ready() ? NotificationVariant.SUCCESS : NotificationVariant.ERROR);
        }));
        if (ids) {
            runNow.setId("schedule-run-" + s.id());
        }
        runNow.setDisableOnClick(true);
        var delete = new Button("Delete", e -> confirmDelete(s));
        if (ids) {
            delete.setId("schedule-delete-" + s.id());
        }
        delete.addThemeVariants(ButtonVariant.ERROR);
        for (Button b : new Button[] {toggle, runNow, delete}) {
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        }
        var cell = new Div(toggle, runNow, delete);
        cell.addClassNames("report-downloads", "schedule-actions");
        return cell;
    }

    private void confirmDelete(ScheduleView s) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-schedule");
        confirm.setHeader("Delete '" + s.name() + "'?");
        confirm.setText("It is no longer produced, and its files kept so far are deleted with it.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> {
            schedules.delete(s.id());
            Toast.show("Deleted '" + s.name() + "'.");
        }));
        confirm.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ValidationException refused) {
            Toast.show(refused.getMessage()).addThemeVariants(NotificationVariant.ERROR);
        }
        grid.getDataProvider().refreshAll();
        runs.refresh();
    }
}
