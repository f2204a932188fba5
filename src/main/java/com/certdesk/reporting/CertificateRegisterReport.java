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
import com.certdesk.reporting.internal.ExportWriter;
import com.certdesk.base.ValidationException;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The certificate register (issue 12): every certificate in a filter with its holder, program, dates, state on the
 * day and verification code, as a preview a page at a time and as CSV, XLSX or a printable PDF written while the rows
 * are read, and the certificates themselves as one ZIP of their PDFs. HR and administrators see every certificate,
 * managers those of their teams' agents (the certification service decides); agents none. Each export is logged with
 * its filter, format and row count.
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
            ExportColumn.text("Verification code", 32, RegisterRow::code),
            ExportColumn.text("Verification page", 44, RegisterRow::verifyUrl),
            ExportColumn.number("Certificate id", 12, RegisterRow::certificateId),
            ExportColumn.number("Holder id", 10, RegisterRow::holderId));

    private final CertificateService certificates;
    private final ProgramService programs;
    private final TeamService teams;
    private final OrganizationTime time;

    /** The most certificates one ZIP holds; a larger filter is refused. */
    public static final int ZIP_MAX = 5000;
    /** The ZIP's manifest: the register's columns and the entry holding each certificate. */
    static final String MANIFEST = "register.csv";
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final java.time.Clock clock;

    CertificateRegisterReport(CertificateService certificates, ProgramService programs, TeamService teams,
            OrganizationTime time, AuditLog audit, CurrentUser currentUser, PeopleDirectory people, java.time.Clock clock) {
        this.audit = audit;
        this.clock = clock;
        this.currentUser = currentUser;
        this.people = people;
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
        return AuditedExport.write(audit, "certificate register", filter, format, out, "Certificates",
                heading(filter), COLUMNS, each -> certificates.forEach(filter, CHUNK, c -> each.accept(row(c, today))),
                occasion);
    }

    /**
     * Writes the filter's certificates as one ZIP: each the same PDF as its holder downloads, named
     * {@code <holder>-<program>-<code>.pdf}, added as it is read, and a {@value #MANIFEST} with the register's rows
     * and the file of each. Refused above {@value #ZIP_MAX} certificates.
     *
     * @return the number of certificates written
     * @throws ValidationException when the filter holds more than {@value #ZIP_MAX}
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long exportPdfs(CertificateFilter filter, OutputStream out) {
        checkZipSize(count(filter));
        long started = System.nanoTime();
        LocalDate today = time.today();
        record Entry(RegisterRow row, String file) {
        }
        List<Entry> manifest = new ArrayList<>();
        Set<String> names = new HashSet<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        try {
            long written = certificates.forEachPdf(filter, CHUNK, (c, pdf) -> {
                RegisterRow row = row(c, today);
                String name = entryName(row, names);
                try {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(pdf.content());
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                manifest.add(new Entry(row, name));
            });
            zip.putNextEntry(new ZipEntry(MANIFEST));
            List<ExportColumn<Entry>> columns = new ArrayList<>();
            COLUMNS.forEach(column -> columns.add(new ExportColumn<>(column.header(), column.kind(), column.width(),
                    e -> column.value().apply(e.row()))));
            columns.add(ExportColumn.text("File", 60, Entry::file));
            ExportWriter.write(ExportFormat.CSV, unclosable(zip), "Certificates", columns, manifest::forEach);
            zip.closeEntry();
            zip.finish();
            zip.flush();
            audit.record(AuditKind.EXPORT, "certificate PDFs as ZIP: " + written + " certificates in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms, filter: " + AuditedExport.words(filter));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code out}, except that closing it only flushes (the ZIP entry ends, the ZIP goes on). */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** Refuses a ZIP of more than {@value #ZIP_MAX} certificates, in words the page shows as they are. */
    public static void checkZipSize(long count) {
        if (count > ZIP_MAX) {
            throw new ValidationException(String.format(Locale.ROOT,
                    "%,d certificates are more than one ZIP holds (at most %,d): narrow the filter.", count, ZIP_MAX));
        }
    }

    /** "certificate-pdfs-2026-12-03.zip". */
    public String zipFileName() {
        return "certificate-pdfs-" + time.today() + ".zip";
    }

    /** What the PDF prints above its table: who made it when, and the filter in words. */
    private ExportWriter.Heading heading(CertificateFilter filter) {
        String by = people.names(Set.of(currentUser.id())).getOrDefault(currentUser.id(), currentUser.username());
        return new ExportWriter.Heading("Certificate register", List.of(
                "Produced " + PRODUCED.format(LocalDateTime.now(clock.withZone(time.zone())))
                        + " (" + time.zone().getId() + ") by " + by,
                "Filter: " + describe(filter),
                String.format(Locale.ROOT, "Rows: %,d", count(filter))));
    }

    /** "team Support, program Safety, state today Valid, issued 2026-01-01 to 2026-06-30, holder contains "ann"". */
    String describe(CertificateFilter filter) {
        List<String> parts = new ArrayList<>();
        parts.add(filter.teamId() == null ? "all teams" : "team " + teams.visibleTeam(filter.teamId())
                .map(TeamSummary::name).orElse("#" + filter.teamId()));
        parts.add(filter.programId() == null ? "all programs" : "program " + programs.all().stream()
                .filter(p -> p.id() == filter.programId()).map(ProgramSummary::name).findFirst()
                .orElse("#" + filter.programId()));
        parts.add(filter.state() == null ? "any state" : "state today " + filter.state().label());
        if (filter.issuedFrom() != null || filter.issuedTo() != null) {
            parts.add("issued " + (filter.issuedFrom() == null ? "until " + filter.issuedTo()
                    : filter.issuedTo() == null ? "from " + filter.issuedFrom()
                    : filter.issuedFrom() + " to " + filter.issuedTo()));
        } else {
            parts.add("any issue date");
        }
        parts.add(filter.holder().isEmpty() ? "any holder" : "holder contains \"" + filter.holder() + "\"");
        return String.join(", ", parts);
    }

    /**
     * {@code <holder>-<program>-<code>.pdf} in letters, digits, dots, dashes and underscores only (accents dropped,
     * anything else an underscore), each part at most 40 characters, unique within the ZIP.
     */
    static String entryName(RegisterRow row, Set<String> taken) {
        String base = safe(row.holder()) + "-" + safe(row.program()) + "-" + safe(row.code());
        String name = base + ".pdf";
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "-" + i + ".pdf";
        }
        return name;
    }

    private static String safe(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("\\.{2,}", ".").replaceAll("^[._]+|[._]+$", "");
        safe = safe.length() > 40 ? safe.substring(0, 40) : safe;
        return safe.isEmpty() ? "_" : safe;
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
