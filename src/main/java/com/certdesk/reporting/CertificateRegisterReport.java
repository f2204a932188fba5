package com.certdesk.reporting;

import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificateFilter;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateState;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.reporting.internal.AuditedExport;
import com.certdesk.reporting.internal.ExportColumn;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The certificate register (issue 12): every certificate in a filter with its holder, program, dates, state on the
 * day and verification code, as a preview a page at a time and as CSV or XLSX written while the rows are read. HR and
 * administrators see every certificate, managers those of their teams' agents (the certification service decides);
 * agents none. Each export is logged with its filter, format and row count.
 */
@Service
public class CertificateRegisterReport {

    /** Certificates read from the database at a time while exporting. */
    static final int CHUNK = 1000;

    /** The register's columns, in both formats (the benchmark writes them too). */
    static final List<ExportColumn<RegisterRow>> COLUMNS = List.of(
            ExportColumn.text("Holder", 28, RegisterRow::holder),
            ExportColumn.text("Program", 30, RegisterRow::program),
            ExportColumn.date("Issued", RegisterRow::issuedOn),
            ExportColumn.date("Valid from", RegisterRow::validFrom),
            ExportColumn.date("Valid until", RegisterRow::validUntil),
            ExportColumn.text("State", 10, r -> r.state().label()),
            ExportColumn.date("Revoked on", RegisterRow::revokedOn),
            ExportColumn.text("Verification code", 18, RegisterRow::code),
            ExportColumn.text("Verification page", 50, RegisterRow::verifyUrl),
            ExportColumn.number("Certificate id", 12, RegisterRow::certificateId),
            ExportColumn.number("Holder id", 10, RegisterRow::holderId));

    private final CertificateService certificates;
    private final ProgramService programs;
    private final TeamService teams;
    private final OrganizationTime time;

    private final AuditLog audit;

    CertificateRegisterReport(CertificateService certificates, ProgramService programs, TeamService teams,
            OrganizationTime time, AuditLog audit) {
        this.audit = audit;
        this.certificates = certificates;
        this.programs = programs;
        this.teams = teams;
        this.time = time;
    }

    /** The teams the caller may choose: a manager's own, every team for HR and administrators. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamSummary> teams() {
        return teams.visibleTeams();
    }

    /** Every program, archived ones too (their certificates are still in the register), by name. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ProgramSummary> programs() {
        return programs.all().stream().sorted(java.util.Comparator.comparing(ProgramSummary::name)).toList();
    }

    /** One page of the register, newest first. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Page<RegisterRow> page(CertificateFilter filter, Pageable pageable) {
        LocalDate today = time.today();
        return certificates.find(filter, pageable).map(c -> row(c, today));
    }

    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long count(CertificateFilter filter) {
        return certificates.count(filter);
    }

    /**
     * Writes the register in the filter to {@code out}, in the preview's order, reading it {@value #CHUNK} rows at a
     * time.
     *
     * @return the number of certificates written
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long export(CertificateFilter filter, ExportFormat format, OutputStream out) {
        return export(filter, format, out, "");
    }

    /** As {@link #export(CertificateFilter, ExportFormat, OutputStream)}; the audit entry names the occasion. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long export(CertificateFilter filter, ExportFormat format, OutputStream out, String occasion) {
        LocalDate today = time.today();
        return AuditedExport.write(audit, "certificate register", filter, format, out, "Certificates", COLUMNS,
                each -> certificates.forEach(filter, CHUNK, c -> each.accept(row(c, today))), occasion);
    }

    /** "certificate-register-2026-12-03.xlsx". */
    public String fileName(ExportFormat format) {
        return "certificate-register-" + time.today() + "." + format.extension();
    }

    private RegisterRow row(CertificateView c, LocalDate today) {
        return new RegisterRow(c.id(), c.userId(), c.holderName(), c.programName(), c.issuedOn(), c.validFrom(),
                c.validUntil(), CertificateState.of(c, today), c.revokedAt() == null ? null : time.dayOf(c.revokedAt()),
                CertificateService.formatCode(c.code()), certificates.verifyUrl(c.code()));
    }
}
