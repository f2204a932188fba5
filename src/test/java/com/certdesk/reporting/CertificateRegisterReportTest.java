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
}
