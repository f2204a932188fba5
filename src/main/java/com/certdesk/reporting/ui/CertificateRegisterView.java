package com.certdesk.reporting.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.CallerDownloads;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.certification.CertificateFilter;
import com.certdesk.certification.CertificateState;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.CertificateRegisterReport;
import com.certdesk.reporting.ExportFormat;
import com.certdesk.reporting.RegisterRow;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.SavedFilter;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The certificate register as a report: filter by team, program, state, issue dates and holder, see how many match
 * and a preview a page at a time, and download exactly those as CSV, XLSX or a printable PDF, or the certificates
 * themselves as one ZIP of their PDFs (up to {@value CertificateRegisterReport#ZIP_MAX}). Managers see their teams'
 * agents' only.
 */
@Route(value = "reports/certificates", layout = MainLayout.class)
@PageTitle("Certificate register")
@Menu(title = "Certificate register", order = 7.5, icon = "vaadin:records")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class CertificateRegisterView extends VerticalLayout {

    private static final ProgramSummary ALL_PROGRAMS = new ProgramSummary(-1, "All programs", "", List.of(),
            null, 0, null, true, 0);

    private final CertificateRegisterReport report;
    private final Select<TeamSummary> team;
    private final Select<ProgramSummary> program = new Select<>();
    private final Select<Object> state = new Select<>();
    private final DatePicker issuedFrom = UserFormats.current().localize(new DatePicker("Issued from"));
    private final DatePicker issuedTo = UserFormats.current().localize(new DatePicker("Issued until"));
    private final TextField holder = new TextField("Holder");
    private final Paragraph count = new Paragraph();
    private final Grid<RegisterRow> grid = new Grid<>();
    private final Anchor zip;
    private final Span zipRefused = new Span();

    CertificateRegisterView(CertificateRegisterReport report, ReportSchedules schedules) {
        this.report = report;
        zip = CallerDownloads.streamed("Certificate PDFs (ZIP)", "application/zip", report::zipFileName,
                out -> report.exportPdfs(filter(), out));
        addClassNames("page", "report");
        setSizeFull();
        setId("certificate-register");
        team = ReportParts.teamSelect("register-team", report.teams());
        List<ProgramSummary> programs = new ArrayList<>(report.programs());
        programs.addFirst(ALL_PROGRAMS);
        ReportParts.choice(program, "register-program", "Program", programs, ProgramSummary::name, ALL_PROGRAMS);
        ReportParts.anyOf(state, "register-state", "State today", "Any", List.of(CertificateState.values()),
                CertificateState::label);
        issuedFrom.setId("register-from");
        issuedTo.setId("register-to");
        ReportParts.search(holder, "register-holder", "Name or username");
        var filters = ReportParts.filters(team, program, state, issuedFrom, issuedTo, holder);
        count.setId("register-count");
        zip.setId("register-download-zip");
        zipRefused.setId("register-zip-refused");
        zipRefused.addClassName("report-refused");
        var toolbar = ReportParts.toolbar(count, "register", List.of(ExportFormat.values()), report::fileName,
                (format, out) -> report.export(filter(), format, out), zip, zipRefused);
        ReportParts.scheduleButton(toolbar, "register", schedules,
                () -> new SavedFilter.Register(filter()), this::scheduleName);

        UserFormats formats = UserFormats.current();
        grid.setId("register-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        var holderColumn = grid.addColumn(RegisterRow::holder).setHeader("Holder").setFlexGrow(2).setWidth("9rem");
        grid.addColumn(RegisterRow::program).setHeader("Program").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(r -> formats.date(r.issuedOn())).setHeader("Issued").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(r -> r.validUntil() == null ? "no expiry" : formats.date(r.validUntil()))
                .setHeader("Valid until").setWidth("7.5rem").setFlexGrow(0);
        var stateColumn = grid.addColumn(r -> r.state().label() + (r.revokedOn() == null ? ""
                : " on " + formats.date(r.revokedOn()))).setHeader("State").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(RegisterRow::code).setHeader("Verification code").setWidth("16rem").setFlexGrow(0);
        PhoneColumns.of(grid).below(1000).keep(stateColumn).compact("Certificate", r -> compact(r, formats));
        grid.setItems(query -> report.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No certificate matches this filter.");
        grid.setSizeFull();
        holderColumn.setSortable(false);

        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(team, program, state, issuedFrom, issuedTo, holder)) {
            field.addValueChangeListener(e -> refresh());
        }
        add(new H1("Certificate register"), filters, toolbar, grid);
        refresh();
    }

    private void refresh() {
        if (!ReportParts.range(issuedFrom, issuedTo)) {
            return;
        }
        long n = report.count(filter());
        count.setText(ReportParts.count(n, "certificate", "certificates"));
        try {
            CertificateRegisterReport.checkZipSize(n);
            zip.setEnabled(n > 0);
            zipRefused.setText("");
        } catch (ValidationException e) {
            zip.setEnabled(false);
            zipRefused.setText(e.getMessage());
        }
        grid.getDataProvider().refreshAll();
    }

    private CertificateFilter filter() {
        ProgramSummary p = program.getValue();
        return new CertificateFilter(ReportParts.teamId(team), p == null || p == ALL_PROGRAMS
                ? null : p.id(), ReportParts.chosen(state, CertificateState.class), issuedFrom.getValue(),
                issuedTo.getValue(), holder.getValue());
    }

    private String scheduleName() {
        ProgramSummary p = program.getValue();
        CertificateState s = ReportParts.chosen(state, CertificateState.class);
        return ReportParts.defaultName("Certificate register", List.of(ReportParts.teamName(team),
                p == null || p == ALL_PROGRAMS ? "" : p.name(), s == null ? "" : s.label(), holder.getValue().strip()));
    }

    private static Component compact(RegisterRow r, UserFormats formats) {
        var cell = new Div(new Span(r.holder()), new Span(r.program()), new Span("Issued " + formats.date(
                r.issuedOn()) + (r.validUntil() == null ? ", no expiry" : ", valid until " + formats.date(
                r.validUntil()))), new Span(r.code()));
        cell.addClassName("compact-cell");
        return cell;
    }
}
