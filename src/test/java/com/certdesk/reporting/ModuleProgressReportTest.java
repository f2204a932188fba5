package com.certdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.people.AgentActivity;
import com.certdesk.people.UserAdminService;
import com.certdesk.security.Roles;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The module progress report: an agent × module's lessons, attempts, best score and completion; who sees what. */
@ServiceTest
class ModuleProgressReportTest {

    @Autowired
    ModuleProgressReport report;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    OrganizationTime time;
    @Autowired
    UserAdminService users;

    @AfterEach
    void reset() {
        fixtures.signOut();
    }

    @Test
    void each_agent_and_module_with_lessons_attempts_best_score_and_completion_for_whom_may_see_it() {
        Fixtures.TwoTeams t = fixtures.twoTeams("modrep");
        long module = certs.moduleWithQuiz("modrep module");
        String done = fixtures.user("modrep-done", t.teamA(), Roles.AGENT);
        String idle = fixtures.user("modrep-idle", t.teamA(), Roles.AGENT);
        String other = fixtures.user("modrep-other", t.teamB(), Roles.AGENT);
        certs.learnAndPass(done, module, 2);
        certs.learnAndPass(other, module, 2);

        fixtures.signIn(t.manager());
        var filter = new ModuleProgressReport.Filter(null, module, null, null, null, "");
        List<ModuleProgressRow> rows = report.rows(filter);
        assertThat(rows).extracting(ModuleProgressRow::agent).containsExactly("Test " + done, "Test " + idle);
        ModuleProgressRow complete = rows.getFirst();
        assertThat(complete.state()).isEqualTo("Complete");
        assertThat(complete.lessonsDone()).isEqualTo(complete.lessons()).isPositive();
        assertThat(complete.quizAttempts()).isEqualTo(1);
        assertThat(complete.bestScore()).isEqualTo(100.0);
        assertThat(complete.completedAt()).isNotNull();
        assertThat(time.dayOf(complete.completedAt())).isEqualTo(time.today());
        ModuleProgressRow notStarted = rows.get(1);
        assertThat(notStarted.state()).isEqualTo("Not started");
        assertThat(notStarted.lessonsDone()).isZero();
        assertThat(notStarted.lessons()).isEqualTo(complete.lessons());
        assertThat(notStarted.bestScore()).isNull();
        assertThat(notStarted.completedAt()).isNull();

        assertThat(report.rows(new ModuleProgressReport.Filter(null, module, "Complete", null, null, "")))
                .hasSize(1);
        assertThat(report.rows(new ModuleProgressReport.Filter(null, module, null, time.today().plusDays(1), null,
                ""))).isEmpty();
        var csv = new ByteArrayOutputStream();
        assertThat(report.export(filter, ExportFormat.CSV, csv)).isEqualTo(2);
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(new String(csv.toByteArray(),
                StandardCharsets.UTF_8).substring(1)).stream().toList();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).getField(4)).isEqualTo("Complete");
        assertThat(records.get(1).getField(8)).isEqualTo("100");
        assertThat(records.get(2).getField(9)).isEmpty();

        var otherTeam = new ModuleProgressReport.Filter(t.teamB(), module, null, null, null, "");
        assertThatThrownBy(() -> report.rows(otherTeam)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(t.hr());
        assertThat(report.rows(otherTeam)).extracting(ModuleProgressRow::agent).containsExactly("Test " + other);
        fixtures.signIn(done);
        assertThatThrownBy(() -> report.rows(filter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.export(filter, ExportFormat.XLSX, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deactivated_agents_appear_only_when_hr_asks_for_them() {
        Fixtures.TwoTeams t = fixtures.twoTeams("modleft");
        long module = certs.moduleWithQuiz("modleft module");
        String stays = fixtures.user("modleft-stays", t.teamA(), Roles.AGENT);
        String leaves = fixtures.user("modleft-leaves", t.teamA(), Roles.AGENT);
        certs.learnAndPass(leaves, module, 2);
        fixtures.signIn(t.admin());
        users.setActive(fixtures.userId(leaves), false);

        fixtures.signIn(t.hr());
        var active = new ModuleProgressReport.Filter(t.teamA(), module, null, null, null, "");
        var inactive = new ModuleProgressReport.Filter(t.teamA(), module, null, null, null, "",
                AgentActivity.INACTIVE);
        assertThat(report.rows(active)).extracting(ModuleProgressRow::agent).containsExactly("Test " + stays);
        assertThat(report.rows(inactive)).singleElement().satisfies(r -> {
            assertThat(r.agent()).isEqualTo("Test " + leaves);
            assertThat(r.active()).isFalse();
            assertThat(r.state()).isEqualTo("Complete");
        });
        assertThat(report.rows(new ModuleProgressReport.Filter(t.teamA(), module, null, null, null, "",
                AgentActivity.ALL))).hasSize(2);
        fixtures.signIn(t.manager());
        assertThatThrownBy(() -> report.rows(inactive)).isInstanceOf(AccessDeniedException.class);
    }
}
