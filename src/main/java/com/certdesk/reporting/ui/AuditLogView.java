package com.certdesk.reporting.ui;

import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.reporting.AuditLogReport;
import com.certdesk.security.AuditEntry;
import com.certdesk.security.AuditFilter;
import com.certdesk.security.AuditKind;
import com.certdesk.security.Roles;
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

/** Administrators read the audit log newest first, filter it by who, what and when, and download it. */
@Route(value = "admin/audit", layout = MainLayout.class)
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 32, icon = "vaadin:file-text-o")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends VerticalLayout {

    private final AuditLogReport report;
    private final TextField actor = new TextField("Who");
    private final Select<Object> kind = new Select<>();
    private final DatePicker from = UserFormats.current().localize(new DatePicker("From"));
    private final DatePicker to = UserFormats.current().localize(new DatePicker("Until"));
    private final Paragraph count = new Paragraph();
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditLogReport report) {
        this.report = report;
        addClassNames("page", "report");
        setSizeFull();
        setId("audit-log");
        ReportParts.search(actor, "audit-actor", "Username");
        ReportParts.anyOf(kind, "audit-kind", "What", "Anything", List.of(AuditKind.values()), AuditKind::label);
        from.setId("audit-from");
        to.setId("audit-to");
        count.setId("audit-count");
        var toolbar = ReportParts.toolbar(count, "audit", report::fileName,
                (format, out) -> report.export(filter(), format, out));
        var intro = new Paragraph("Sign-ins and failed sign-ins, lock-outs, exports, imports, API tokens, changes to "
                + "users, teams, programs, modules and quizzes, certificate revocations. Entries are never edited; "
                + "they are deleted after " + report.retentionDays() + " days.");
        intro.addClassName("muted");

        UserFormats formats = UserFormats.current();
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> formats.dateTime(e.at())).setHeader("When").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader("Who").setWidth("9rem").setFlexGrow(1);
        var what = grid.addColumn(e -> e.kind().label()).setHeader("What").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(4).setWidth("14rem");
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader("From").setWidth("11rem")
                .setFlexGrow(0);
        PhoneColumns.of(grid).below(1000).keep(what).compact("Entry", e -> {
            var cell = new Div(new Span(formats.dateTime(e.at()) + " \u00b7 " + e.actorName()), new Span(e.detail()));
            cell.addClassName("compact-cell");
            return cell;
        });
        grid.setItems(query -> report.page(filter(), query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("No entry matches this filter.");
        grid.setSizeFull();
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(actor, kind, from, to)) {
            field.addValueChangeListener(e -> refresh());
        }
        add(new H1("Audit log"), intro, ReportParts.filters(actor, kind, from, to), toolbar, grid);
        refresh();
    }

    private void refresh() {
        if (!ReportParts.range(from, to)) {
            return;
        }
        count.setText(ReportParts.count(report.count(filter()), "entry", "entries"));
        grid.getDataProvider().refreshAll();
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), ReportParts.chosen(kind, AuditKind.class), from.getValue(),
                to.getValue());
    }
}
