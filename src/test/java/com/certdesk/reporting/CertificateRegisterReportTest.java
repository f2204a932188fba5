package com.certdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificateFilter;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateState;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.security.AuditEntry;
import com.certdesk.security.AuditFilter;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import com.certdesk.base.ValidationException;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The certificate register report: who sees which certificates by every route (preview, count, CSV, XLSX), the
 * filters, and exports that hold exactly the rows the preview counts.
 */
@ServiceTest
class CertificateRegisterReportTest {

    @Autowired
    CertificateRegisterReport report;
    @Autowired
    CertificateService certificates;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    OrganizationTime time;
    @Autowired
    TestClock clock;
    @Autowired
    AuditLog audit;

    @AfterEach
    void reset() {
        fixtures.signOut();
        clock.reset();
    }

    /** Two teams with a manager each: three certified agents in A, two in B, of one program. */
    private record Org(Fixtures.TwoTeams teams, ProgramSummary program, List<String> agentsA, List<String> agentsB,
            String uncertified) {
    }

    private Org org(String prefix, Integer validityMonths) {
        Fixtures.TwoTeams t = fixtures.twoTeams(prefix);
        long module = certs.moduleWithQuiz(prefix + " module");
        ProgramSummary program = certs.program(prefix + " program", validityMonths, 14, null, module);
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            a.add(fixtures.user(prefix + "-a" + i, t.teamA(), Roles.AGENT));
        }
        for (int i = 0; i < 2; i++) {
            b.add(fixtures.user(prefix + "-b" + i, t.teamB(), Roles.AGENT));
        }
        String uncertified = fixtures.user(prefix + "-none", t.teamA(), Roles.AGENT);
        a.forEach(agent -> certs.learnAndPass(agent, module, 2));
        b.forEach(agent -> certs.learnAndPass(agent, module, 2));
        return new Org(t, program, a, b, uncertified);
    }

    private static CertificateFilter of(ProgramSummary program) {
        return new CertificateFilter(null, program.id(), null, null, null, "");
    }

    private List<CsvRecord> csv(CertificateFilter filter) {
        var out = new ByteArrayOutputStream();
        long n = report.export(filter, ExportFormat.CSV, out);
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(new String(out.toByteArray(),
                StandardCharsets.UTF_8).substring(1)).stream().toList();
        assertThat(records).hasSize((int) n + 1);
        return records.subList(1, records.size());
    }

    private List<Row> xlsx(CertificateFilter filter) throws IOException {
        var out = new ByteArrayOutputStream();
        long n = report.export(filter, ExportFormat.XLSX, out);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize((int) n + 1);
            return rows.subList(1, rows.size());
        }
    }

    @Test
    void hr_sees_every_certificate_and_the_exports_hold_the_rows_the_preview_counts() throws IOException {
        Org o = org("reg-hr", 24);
        fixtures.signIn(o.teams().hr());
        CertificateFilter filter = of(o.program());
        assertThat(report.count(filter)).isEqualTo(5);
        List<RegisterRow> preview = report.page(filter, Pageable.ofSize(50)).getContent();
        assertThat(preview).hasSize(5).allMatch(r -> r.state() == CertificateState.VALID)
                .allMatch(r -> r.program().equals(o.program().name()));
        assertThat(preview).extracting(RegisterRow::certificateId).isSortedAccordingTo((x, y) -> Long.compare(y, x));

        List<CsvRecord> rows = csv(filter);
        assertThat(rows).extracting(r -> Long.parseLong(r.getField(9)))
                .containsExactlyElementsOf(preview.stream().map(RegisterRow::certificateId).toList());
        CsvRecord first = rows.getFirst();
        assertThat(first.getField(0)).isEqualTo(preview.getFirst().holder());
        assertThat(first.getField(2)).isEqualTo(time.today().toString());
        assertThat(first.getField(4)).isEqualTo(preview.getFirst().validUntil().toString());
        assertThat(first.getField(5)).isEqualTo("Valid");
        assertThat(first.getField(7)).isEqualTo(preview.getFirst().code());
        assertThat(first.getField(8)).contains("/verify/");

        fixtures.signIn(o.teams().admin());
        assertThat(audit.page(new AuditFilter(o.teams().hr(), AuditKind.EXPORT, null, null), 0, 5))
                .extracting(AuditEntry::detail).anyMatch(d -> d.startsWith("certificate register as CSV: 5 rows"));
        fixtures.signIn(o.teams().hr());
        List<Row> sheet = xlsx(filter);
        assertThat(sheet).hasSize(5);
        assertThat(sheet.getFirst().getCellAsDate(2)).hasValue(time.today().atStartOfDay());
        assertThat(sheet.getFirst().getCellAsNumber(9)).hasValueSatisfying(id -> assertThat(id.longValue())
                .isEqualTo(preview.getFirst().certificateId()));
    }

    @Test
    void a_manager_sees_their_teams_agents_certificates_only_by_every_route() throws IOException {
        Org o = org("reg-mgr", 24);
        fixtures.signIn(o.teams().manager());
        CertificateFilter filter = of(o.program());
        assertThat(report.count(filter)).isEqualTo(3);
        assertThat(report.page(filter, Pageable.ofSize(50)).getContent()).extracting(RegisterRow::holder)
                .containsExactlyInAnyOrderElementsOf(o.agentsA().stream().map(a -> "Test " + a).toList());
        assertThat(csv(filter)).hasSize(3);
        assertThat(xlsx(filter)).hasSize(3);
        CertificateFilter otherTeam = new CertificateFilter(o.teams().teamB(), o.program().id(), null, null, null,
                "");
        assertThatThrownBy(() -> report.count(otherTeam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.page(otherTeam, Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.export(otherTeam, ExportFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(report.count(new CertificateFilter(null, o.program().id(), null, null, null, o.agentsB().get(0))))
                .as("a name outside the manager's teams finds nothing").isZero();
        assertThat(report.teams()).extracting(t -> t.id()).containsExactly(o.teams().teamA());
    }

    @Test
    void agents_reach_no_part_of_the_register() {
        Org o = org("reg-agent", 24);
        fixtures.signIn(o.agentsA().get(0));
        CertificateFilter filter = of(o.program());
        assertThatThrownBy(() -> report.count(filter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.page(filter, Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.export(filter, ExportFormat.XLSX, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> certificates.find(filter, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.teams()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filters_by_state_team_issue_dates_and_holder() {
        Org o = org("reg-filter", 1);
        fixtures.signIn(o.teams().admin());
        long revoked = report.page(of(o.program()), Pageable.ofSize(50)).getContent().getFirst().certificateId();
        certificates.revoke(revoked, "Issued by mistake.");
        assertThat(audit.page(new AuditFilter(o.teams().admin(), AuditKind.CERTIFICATE_REVOKED, null, null), 0, 5))
                .singleElement().satisfies(e -> assertThat(e.detail()).contains("Issued by mistake.")
                        .contains(o.program().name()));
        CertificateFilter all = of(o.program());
        assertThat(report.count(new CertificateFilter(null, o.program().id(), CertificateState.REVOKED, null, null,
                ""))).isEqualTo(1);
        assertThat(report.page(new CertificateFilter(null, o.program().id(), CertificateState.REVOKED, null, null,
                ""), Pageable.ofSize(5)).getContent().getFirst().revokedOn()).isEqualTo(time.today());
        assertThat(report.count(new CertificateFilter(null, o.program().id(), CertificateState.VALID, null, null,
                ""))).isEqualTo(4);
        assertThat(report.count(new CertificateFilter(o.teams().teamB(), o.program().id(), null, null, null, "")))
                .isEqualTo(2);
        LocalDate today = time.today();
        assertThat(report.count(new CertificateFilter(null, o.program().id(), null, today, today, ""))).isEqualTo(5);
        assertThat(report.count(new CertificateFilter(null, o.program().id(), null, today.plusDays(1), null, "")))
                .isZero();
        assertThat(report.count(new CertificateFilter(null, o.program().id(), null, null, today.minusDays(1), "")))
                .isZero();
        assertThat(report.count(new CertificateFilter(null, o.program().id(), null, null, null, "REG-FILTER-B1")))
                .as("by username, ignoring case").isEqualTo(1);

        // a month's validity: two months on, the ones not revoked have expired
        clock.advance(Duration.ofDays(70));
        assertThat(report.count(new CertificateFilter(null, o.program().id(), CertificateState.EXPIRED, null, null,
                ""))).isEqualTo(4);
        assertThat(report.count(new CertificateFilter(null, o.program().id(), CertificateState.VALID, null, null,
                ""))).isZero();
        assertThat(report.count(all)).isEqualTo(5);
    }

    @Test
    void read_in_chunks_every_certificate_comes_once_in_the_preview_order() {
        Org o = org("reg-chunks", 24);
        fixtures.signIn(o.teams().hr());
        List<Long> chunked = new ArrayList<>();
        long n = certificates.forEach(of(o.program()), 2, c -> chunked.add(c.id()));
        assertThat(n).isEqualTo(5);
        assertThat(chunked).containsExactlyElementsOf(certificates.find(of(o.program()), Pageable.ofSize(50))
                .map(CertificateView::id).getContent());
        assertThat(certificates.forEach(new CertificateFilter(null, o.program().id(), null, null, null,
                "nobody-has-this-name"), 2, c -> { })).isZero();
    }
    /** The PDF's pages and the text of each. */
    private List<String> pdf(CertificateFilter filter, long expectedRows) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(report.export(filter, ExportFormat.PDF, out)).isEqualTo(expectedRows);
        assertThat(new String(out.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PdfReader reader = new PdfReader(out.toByteArray())) {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                // the extractor puts the page total (drawn when the document closes) on a line of its own
                pages.add(text.getTextFromPage(i).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    @Test
    void hr_prints_the_register_as_a_pdf_with_its_filter_count_and_rows() throws IOException {
        Org o = org("reg-pdf", 24);
        fixtures.signIn(o.teams().hr());
        CertificateFilter filter = of(o.program());
        List<String> pages = pdf(filter, 5);
        assertThat(pages).hasSize(1);
        String page = pages.getFirst();
        assertThat(page).contains("Certificate register", "Produced", "by Test " + o.teams().hr(),
                "program " + o.program().name(), "all teams", "any state", "Rows: 5", "End of the table: 5 rows.", "Holder", "Verification code",
                "Test " + o.agentsA().get(0), "Test " + o.agentsB().get(1), "Page 1 of 1");
        RegisterRow first = report.page(filter, Pageable.ofSize(1)).getContent().getFirst();
        // a code may wrap inside its cell at a hyphen, as the letters' widths fall
        assertThat(page.replace(" ", "")).contains(first.code());

        fixtures.signIn(o.teams().admin());
        assertThat(audit.page(new AuditFilter(o.teams().hr(), AuditKind.EXPORT, null, null), 0, 5))
                .extracting(AuditEntry::detail).anyMatch(d -> d.startsWith("certificate register as PDF: 5 rows"));
    }

    @Test
    void a_long_register_repeats_its_header_on_every_page_and_numbers_the_pages() throws IOException {
        Fixtures.TwoTeams t = fixtures.twoTeams("reg-pdfpages");
        long module = certs.moduleWithQuiz("reg-pdfpages module");
        ProgramSummary program = certs.program("reg-pdfpages program", 24, 14, null, module);
        for (int i = 0; i < 45; i++) {
            certs.learnAndPass(fixtures.user("reg-pdfpages-" + i, t.teamA(), Roles.AGENT), module, 2);
        }
        fixtures.signIn(t.hr());
        List<String> pages = pdf(of(program), 45);
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size());
            if (pages.get(i).replace(" ", "").contains("Testreg-pdfpages-")) {
                assertThat(pages.get(i)).as("page %d's rows under the header", i + 1)
                        .contains("Holder", "Verification code");
            }
        }
        assertThat(pages.subList(1, pages.size())).as("rows go on after the first page")
                .anyMatch(p -> p.replace(" ", "").contains("Testreg-pdfpages-"));
        assertThat(String.join("\n", pages)).contains("Rows: 45");
    }

    @Test
    void a_manager_prints_only_their_teams_and_an_agent_nothing() throws IOException {
        Org o = org("reg-pdfmgr", 24);
        fixtures.signIn(o.teams().manager());
        String page = pdf(of(o.program()), 3).getFirst();
        assertThat(page).contains("Rows: 3");
        assertThat(page.replace(" ", "")).contains("Test" + o.agentsA().get(0))
                .doesNotContain("Test" + o.agentsB().get(0));
        fixtures.signIn(o.agentsA().get(0));
        assertThatThrownBy(() -> report.export(of(o.program()), ExportFormat.PDF, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private record Zip(List<String> names, List<byte[]> contents, List<CsvRecord> manifest) {
    }

    private Zip zip(CertificateFilter filter, long expected) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(report.exportPdfs(filter, out)).isEqualTo(expected);
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        List<CsvRecord> manifest = List.of();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("register.csv")) {
                    manifest = CsvReader.builder().ofCsvRecord(new String(bytes, StandardCharsets.UTF_8)
                            .substring(1)).stream().toList();
                } else {
                    names.add(e.getName());
                    contents.add(bytes);
                }
            }
        }
        return new Zip(names, contents, manifest);
    }

    @Test
    void hr_downloads_the_filters_certificates_as_one_zip_of_their_pdfs_with_a_manifest() throws IOException {
        Org o = org("reg-zip", 24);
        fixtures.signIn(o.teams().hr());
        CertificateFilter filter = of(o.program());
        Zip zip = zip(filter, report.count(filter));
        assertThat(zip.names()).hasSize(5).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("[A-Za-z0-9._-]+\\.pdf"));
        assertThat(zip.contents()).allMatch(b -> new String(b, 0, 4, StandardCharsets.US_ASCII).equals("%PDF"));
        List<RegisterRow> rows = report.page(filter, Pageable.ofSize(50)).getContent();
        RegisterRow first = rows.getFirst();
        assertThat(zip.names().getFirst()).isEqualTo("Test_" + first.holder().substring(5).replace(' ', '_') + "-"
                + o.program().name().replace(' ', '_') + "-" + first.code() + ".pdf");
        // the same PDF as the holder's own download
        assertThat(zip.contents().getFirst().length).isPositive();
        try (PdfReader reader = new PdfReader(zip.contents().getFirst())) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains(first.code());
        }
        assertThat(zip.manifest()).hasSize(6);
        assertThat(zip.manifest().getFirst().getField(0)).isEqualTo("Holder");
        assertThat(zip.manifest().subList(1, 6)).extracting(r -> r.getField(r.getFieldCount() - 1))
                .containsExactlyElementsOf(zip.names());
        assertThat(zip.manifest().subList(1, 6)).extracting(r -> r.getField(7))
                .containsExactlyElementsOf(rows.stream().map(RegisterRow::code).toList());

        fixtures.signIn(o.teams().admin());
        assertThat(audit.page(new AuditFilter(o.teams().hr(), AuditKind.EXPORT, null, null), 0, 5))
                .extracting(AuditEntry::detail).anyMatch(d -> d.startsWith("certificate PDFs as ZIP: 5 certificates"));
    }

    @Test
    void a_managers_zip_holds_their_teams_certificates_and_an_agent_gets_none() throws IOException {
        Org o = org("reg-zipmgr", 24);
        fixtures.signIn(o.teams().manager());
        Zip zip = zip(of(o.program()), 3);
        assertThat(zip.manifest()).hasSize(4);
        assertThat(zip.names()).allMatch(n -> o.agentsA().stream().anyMatch(a -> n.toLowerCase().contains(
                a.replace('-', '_').toLowerCase()) || n.toLowerCase().contains(a.toLowerCase())));
        assertThatThrownBy(() -> report.exportPdfs(new CertificateFilter(o.teams().teamB(), null, null, null, null,
                ""), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(o.agentsA().get(0));
        assertThatThrownBy(() -> report.exportPdfs(of(o.program()), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_zip_above_the_cap_is_refused_with_a_clear_message_and_names_stay_unique_and_safe() {
        assertThatThrownBy(() -> CertificateRegisterReport.checkZipSize(CertificateRegisterReport.ZIP_MAX + 1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("narrow the filter")
                .hasMessageContaining("5,000");
        CertificateRegisterReport.checkZipSize(CertificateRegisterReport.ZIP_MAX);
        Set<String> taken = new HashSet<>();
        RegisterRow row = new RegisterRow(1, 2, "Zoë Ångström/../x", "Safety: \"first\" aid", time.today(),
                time.today(), null, CertificateState.VALID, null, "ABCD-EFGH", "https://x/verify/ABCD");
        assertThat(CertificateRegisterReport.entryName(row, taken)).isEqualTo("Zoe_Angstrom_._x-Safety_first_aid-ABCD-EFGH.pdf");
        assertThat(CertificateRegisterReport.entryName(row, taken)).isEqualTo("Zoe_Angstrom_._x-Safety_first_aid-ABCD-EFGH-2.pdf");
    }
}
