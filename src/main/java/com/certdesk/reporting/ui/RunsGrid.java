package com.certdesk.reporting.ui;

import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.RunView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Locale;

/** The produced runs of the caller's schedules, newest first, each with its download or why it has none. */
class RunsGrid extends Grid<RunView> {

    RunsGrid(ReportSchedules schedules, UserFormats formats) {
        setId("runs-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(RunView::scheduleName).setHeader("Schedule").setFlexGrow(2).setWidth("10rem");
        addColumn(r -> r.period().startsWith("now:") ? "Run now" : formats.date(java.time.LocalDate.parse(
                r.period()))).setHeader("For").setWidth("7.5rem").setFlexGrow(0);
        addColumn(r -> formats.dateTime(r.startedAt())).setHeader("Started").setWidth("9rem").setFlexGrow(0);
        addColumn(r -> r.status().label()).setKey("status").setHeader("Status").setWidth("6rem").setFlexGrow(0);
        addColumn(r -> r.rows() == null ? "" : String.format(Locale.ROOT, "%,d", r.rows())).setHeader("Rows")
                .setWidth("5rem").setFlexGrow(0);
        var file = addComponentColumn(RunsGrid::file).setKey("file").setHeader("File").setFlexGrow(3)
                .setWidth("12rem");
        PhoneColumns.of(this).keep(file).compact("Run", r -> {
            var cell = new Div(new Span(r.scheduleName()), new Span(r.status().label() + ", "
                    + formats.dateTime(r.startedAt()) + (r.rows() == null ? "" : ", " + String.format(Locale.ROOT,
                            "%,d rows", r.rows()))));
            cell.addClassName("compact-cell");
            return cell;
        });
        setEmptyStateText("No file has been produced yet: each schedule's first run is on its next run day, or "
                + "use Run now.");
        setItems(query -> schedules.runs(null, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        setAllRowsVisible(true);
        setPageSize(20);
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    /** The download link (the route checks who asks), or why there is no file. */
    static Component file(RunView r) {
        if (r.ready() && r.fileName() != null) {
            var link = new Anchor(ReportRunView.fileUrl(r.id()), r.fileName() + (r.sizeBytes() == null ? ""
                    : " (" + size(r.sizeBytes()) + ")"));
            link.getElement().setAttribute("download", true);
            link.setRouterIgnore(true);
            link.setId("run-download-" + r.id());
            return link;
        }
        var why = new Span(r.message() == null ? "" : r.message());
        why.addClassName("muted");
        return why;
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.0f KB",
                bytes / 1024.0) : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
