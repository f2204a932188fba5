package com.certdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.CertStatus;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramProgress;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.AgentActivity;
import com.certdesk.people.UserAdminService;
import com.certdesk.security.Roles;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The progress report: each agent × program with the matrix's status, the assignment and due dates, the
 * certificate, modules done and best scores; who sees which rows by every route; exports that hold the preview's
 * rows.
 */
@ServiceTest
class ProgressReportTest {

    @Autowired
    ProgressReport report;
    @Autowired
    AssignmentService assignments;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    OrganizationTime time;
    @Autowired
    TestClock clock;
    @Autowired
    UserAdminService users;

    @AfterEach
    void reset() {
        fixtures.signOut();
        clock.reset();
    }

    /** Team A: one certified agent, one assigned with a due date, one untouched; team B: one certified agent. */
    private record Org(Fixtures.TwoTeams teams, ProgramSummary program, String certified, String assigned,
            String untouched, String other) {
    }

    private Org org(String prefix) {
        Fixtures.TwoTeams t = fixtures.twoTeams(prefix);
        long module = certs.moduleWithQuiz(prefix + " module");
        ProgramSummary program = certs.program(prefix + " program", 24, 30, null, module);
        String certified = fixtures.user(prefix + "-certified", t.teamA(), Roles.AGENT);
        String assigned = fixtures.user(prefix + "-assigned", t.teamA(), Roles.AGENT);
        String untouched = fixtures.user(prefix + "-untouched", t.teamA(), Roles.AGENT);
        String other = fixtures.user(prefix + "-other", t.teamB(), Roles.AGENT);
        certs.learnAndPass(certified, module, 2);
        certs.learnAndPass(other, module, 2);
        fixtures.signIn(t.manager());
        assignments.assign(AssignmentDraft.toAgents(AssignmentKind.PROGRAM, program.id(),
                List.of(fixtures.userId(assigned)), time.today().plusDays(20)));
        fixtures.signOut();
        return new Org(t, program, certified, assigned, untouched, other);
    }

    private static ProgressFilter of(ProgramSummary program) {
        return new ProgressFilter(null, program.id(), null, null, null, "");
    }

    private static ProgramProgress line(List<ProgramProgress> rows, String agent) {
        return rows.stream().filter(r -> r.displayName().equals("Test " + agent)).findFirst().orElseThrow();
    }

    @Test
    void each_agent_and_program_with_status_dates_modules_and_scores() {
        Org o = org("prog-rows");
        fixtures.signIn(o.teams().hr());
        // HR sees every agent (also other tests'): the two teams' rows
        List<ProgramProgress> rows = new java.util.ArrayList<>(report.rows(new ProgressFilter(o.teams().teamA(),
                o.program().id(), null, null, null, "")));
        rows.addAll(report.rows(new ProgressFilter(o.teams().teamB(), o.program().id(), null, null, null, "")));
        assertThat(rows).hasSize(4);
        ProgramProgress certified = line(rows, o.certified());
        assertThat(certified.status()).isEqualTo(CertStatus.CERTIFIED);
        assertThat(certified.certifiedOn()).isEqualTo(time.today());
        assertThat(certified.validUntil()).isEqualTo(time.today().plusMonths(24).minusDays(1));
        assertThat(certified.modulesDone()).isEqualTo(1);
        assertThat(certified.modulesRequired()).isEqualTo(1);
        assertThat(certified.lowestBestScore()).isEqualTo(100.0);
        assertThat(certified.quizzesTaken()).isEqualTo(1);
        ProgramProgress assigned = line(rows, o.assigned());
        assertThat(assigned.status()).isEqualTo(CertStatus.ASSIGNED);
        assertThat(assigned.dueOn()).isEqualTo(time.today().plusDays(20));
        assertThat(assigned.assignedAt()).isNotNull();
        assertThat(assigned.certifiedOn()).isNull();
        assertThat(assigned.modulesDone()).isZero();
        assertThat(assigned.lowestBestScore()).isNull();
        assertThat(line(rows, o.untouched()).status()).isEqualTo(CertStatus.NOT_ASSIGNED);

        assertThat(report.rows(new ProgressFilter(null, o.program().id(), CertStatus.CERTIFIED, null, null, "")))
                .as("only these two hold this program's certificate").hasSize(2);
        assertThat(report.rows(new ProgressFilter(null, o.program().id(), null, time.today(), time.today(), "")))
                .as("certified between").hasSize(2);
        assertThat(report.rows(new ProgressFilter(null, o.program().id(), null, time.today().plusDays(1), null,
                ""))).isEmpty();
        assertThat(report.rows(new ProgressFilter(o.teams().teamB(), o.program().id(), null, null, null, "")))
                .extracting(ProgramProgress::displayName).containsExactly("Test " + o.other());
        assertThat(report.rows(new ProgressFilter(null, o.program().id(), null, null, null, o.assigned())))
                .hasSize(1);
        assertThat(report.page(new ProgressFilter(o.teams().teamA(), o.program().id(), null, null, null, ""),
                Pageable.ofSize(2)).getTotalElements()).isEqualTo(3);
    }

    @Test
    void a_manager_sees_their_teams_only_by_every_route_and_an_agent_nothing() throws IOException {
        Org o = org("prog-scope");
        fixtures.signIn(o.teams().manager());
        assertThat(report.rows(of(o.program()))).hasSize(3).noneMatch(r -> r.displayName().equals("Test " + o.other()));
        var csv = new ByteArrayOutputStream();
        assertThat(report.export(of(o.program()), ExportFormat.CSV, csv)).isEqualTo(3);
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(new String(csv.toByteArray(),
                StandardCharsets.UTF_8).substring(1)).stream().toList();
        assertThat(records).hasSize(4);
        assertThat(records.get(0).getField(0)).isEqualTo("Agent");
        assertThat(records.stream().skip(1).map(r -> r.getField(0))).doesNotContain("Test " + o.other());
        var xlsx = new ByteArrayOutputStream();
        assertThat(report.export(of(o.program()), ExportFormat.XLSX, xlsx)).isEqualTo(3);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            Row due = rows.stream().filter(r -> r.getCellAsString(0).orElse("").equals("Test " + o.assigned()))
                    .findFirst().orElseThrow();
            assertThat(due.getCellAsDate(5)).hasValue(time.today().plusDays(20).atStartOfDay());
            assertThat(due.getCellAsNumber(9)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(1));
        }
        ProgressFilter otherTeam = new ProgressFilter(o.teams().teamB(), o.program().id(), null, null, null, "");
        assertThatThrownBy(() -> report.rows(otherTeam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.export(otherTeam, ExportFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(o.certified());
        assertThatThrownBy(() -> report.rows(of(o.program()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.export(of(o.program()), ExportFormat.XLSX, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.teams()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hr_lists_deactivated_agents_on_request_marked_as_such_and_a_manager_cannot() throws IOException {
        Org o = org("prog-left");
        fixtures.signIn(o.teams().admin());
        users.setActive(fixtures.userId(o.certified()), false);
        fixtures.signIn(o.teams().hr());
        ProgressFilter active = new ProgressFilter(o.teams().teamA(), o.program().id(), null, null, null, "");
        ProgressFilter left = new ProgressFilter(o.teams().teamA(), o.program().id(), null, null, null, "",
                AgentActivity.INACTIVE);
        ProgressFilter both = new ProgressFilter(o.teams().teamA(), o.program().id(), null, null, null, "",
                AgentActivity.ALL);
        assertThat(report.rows(active)).extracting(ProgramProgress::displayName)
                .doesNotContain("Test " + o.certified()).hasSize(2);
        List<ProgramProgress> gone = report.rows(left);
        assertThat(gone).extracting(ProgramProgress::displayName).containsExactly("Test " + o.certified());
        // their record stays as it was: certified, in the team they were last in
        assertThat(gone.getFirst().active()).isFalse();
        assertThat(gone.getFirst().status()).isEqualTo(CertStatus.CERTIFIED);
        assertThat(gone.getFirst().teamName()).isNotBlank();
        assertThat(report.rows(both)).hasSize(3).filteredOn(ProgramProgress::active).hasSize(2);
        var csv = new ByteArrayOutputStream();
        assertThat(report.export(both, ExportFormat.CSV, csv)).isEqualTo(3);
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(new String(csv.toByteArray(),
                StandardCharsets.UTF_8).substring(1)).stream().toList();
        int activeColumn = records.getFirst().getFields().indexOf("Agent active");
        assertThat(activeColumn).isNotNegative();
        assertThat(records.stream().skip(1).filter(r -> r.getField(0).equals("Test " + o.certified())))
                .singleElement().satisfies(r -> assertThat(r.getField(activeColumn)).isEqualTo("no"));

        fixtures.signIn(o.teams().manager());
        assertThat(report.rows(active)).hasSize(2);
        assertThatThrownBy(() -> report.rows(left)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("deactivated");
        assertThatThrownBy(() -> report.export(both, ExportFormat.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
