package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.ProgressState;
import com.certdesk.security.Roles;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class CertificationMatrixServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    CertificationMatrixService matrix;
    @Autowired
    AssignmentService assignments;
    @Autowired
    TestClock clock;

    String manager;
    String otherManager;
    long team;
    long otherTeam;
    String alice;
    String bob;
    String carol;
    String dave;
    long moduleId;
    ProgramSummary program;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("mx-manager", null, Roles.MANAGER);
        otherManager = fixtures.user("mx-other-manager", null, Roles.MANAGER);
        team = fixtures.team("Matrix team", fixtures.userId(manager));
        otherTeam = fixtures.team("Other team", fixtures.userId(otherManager));
        alice = fixtures.user("mx-alice", team, Roles.AGENT);
        bob = fixtures.user("mx-bob", team, Roles.AGENT);
        carol = fixtures.user("mx-carol", team, Roles.AGENT);
        dave = fixtures.user("mx-dave", otherTeam, Roles.AGENT);
        moduleId = certs.moduleWithQuiz("Matrix module");
        program = certs.program("Matrix program", 12, 30, null, moduleId);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void assignToTeam(long programId, LocalDate due) {
        fixtures.signIn(manager);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, programId, team, due));
    }

    private MatrixFilter inProgram() {
        return new MatrixFilter(null, program.id(), null, "");
    }

    private static List<Long> ids(Page<MatrixRow> page) {
        return page.getContent().stream().map(MatrixRow::userId).toList();
    }

    private long id(String username) {
        return fixtures.userId(username);
    }

    @Test
    void manager_sees_the_agents_of_their_teams_only_by_name_with_each_ones_status() {
        certs.learnAndPass(bob, moduleId, 2);
        LocalDate due = today().plusDays(10);
        assignToTeam(program.id(), due);

        fixtures.signIn(manager);
        Page<MatrixRow> rows = matrix.rows(inProgram(), Pageable.unpaged());

        assertThat(ids(rows)).containsExactly(id(alice), id(bob), id(carol));
        assertThat(matrix.columns(inProgram())).extracting(ProgramSummary::id).containsExactly(program.id());
        MatrixRow bobRow = rows.getContent().get(1);
        assertThat(bobRow.teamName()).startsWith("Matrix team");
        assertThat(bobRow.cell(program.id()))
                .isEqualTo(new StatusCell(CertStatus.CERTIFIED, today().plusMonths(12).minusDays(1)));
        assertThat(rows.getContent().getFirst().cell(program.id()))
                .isEqualTo(new StatusCell(CertStatus.ASSIGNED, due));
    }

    @Test
    void filters_narrow_the_rows_by_status_name_and_team_and_rows_come_a_page_at_a_time() {
        certs.learnAndPass(bob, moduleId, 2);
        assignToTeam(program.id(), today().plusDays(10));
        fixtures.signIn(manager);

        assertThat(ids(matrix.rows(inProgram().withStatus(CertStatus.CERTIFIED), Pageable.unpaged())))
                .containsExactly(id(bob));
        assertThat(ids(matrix.rows(inProgram().withStatus(CertStatus.ASSIGNED), Pageable.unpaged())))
                .containsExactly(id(alice), id(carol));
        assertThat(ids(matrix.rows(inProgram().withStatus(CertStatus.OVERDUE), Pageable.unpaged()))).isEmpty();
        assertThat(ids(matrix.rows(inProgram().withText("  MX-CAROL "), Pageable.unpaged()))).containsExactly(id(carol));
        assertThat(ids(matrix.rows(inProgram().withText("100%_"), Pageable.unpaged())))
                .as("like wildcards in the search are taken literally").isEmpty();
        assertThat(ids(matrix.rows(inProgram().withTeam(team), Pageable.unpaged()))).hasSize(3);

        Page<MatrixRow> second = matrix.rows(inProgram(), PageRequest.of(1, 2));
        assertThat(ids(second)).containsExactly(id(carol));
        assertThat(second.getTotalElements()).isEqualTo(3);
    }

    @Test
    void counts_add_up_every_shown_cell_by_status() {
        ProgramSummary second = certs.program("Second program", 12, 30, null, certs.moduleWithQuiz("Second module"));
        certs.learnAndPass(bob, moduleId, 2);
        assignToTeam(program.id(), today().plusDays(10));
        fixtures.signIn(manager);

        Map<CertStatus, Long> one = matrix.counts(inProgram());
        assertThat(one).containsEntry(CertStatus.CERTIFIED, 1L).containsEntry(CertStatus.ASSIGNED, 2L)
                .containsEntry(CertStatus.OVERDUE, 0L).containsEntry(CertStatus.NOT_ASSIGNED, 0L);
        assertThat(one.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);

        Map<CertStatus, Long> all = matrix.counts(MatrixFilter.team(team));
        long shownPrograms = matrix.columns(MatrixFilter.team(team)).size();
        assertThat(all.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3 * shownPrograms);
        assertThat(matrix.rows(MatrixFilter.team(team), Pageable.unpaged()).getContent().getFirst().cell(second.id()))
                .isEqualTo(StatusCell.NOT_ASSIGNED);

        assertThat(matrix.counts(inProgram().withStatus(CertStatus.CERTIFIED)))
                .as("only the rows the status filter leaves").containsEntry(CertStatus.CERTIFIED, 1L)
                .containsEntry(CertStatus.ASSIGNED, 0L);
    }

    @Test
    void hr_sees_every_team_and_managers_are_refused_teams_they_do_not_manage() {
        fixtures.signIn(fixtures.user("mx-hr", null, Roles.HR));
        assertThat(ids(matrix.rows(inProgram().withTeam(otherTeam), Pageable.unpaged()))).containsExactly(id(dave));
        assertThat(ids(matrix.rows(inProgram().withText("mx-"), Pageable.unpaged())))
                .contains(id(alice), id(bob), id(carol), id(dave));

        fixtures.signIn(manager);
        assertThat(ids(matrix.rows(inProgram().withText("mx-dave"), Pageable.unpaged()))).isEmpty();
        assertThatThrownBy(() -> matrix.rows(inProgram().withTeam(otherTeam), Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.counts(MatrixFilter.team(otherTeam))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.overdue(otherTeam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.agentRecord(id(dave))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_without_teams_sees_nobody() {
        fixtures.signIn(fixtures.user("mx-lonely", null, Roles.MANAGER));
        assertThat(matrix.rows(MatrixFilter.ALL, Pageable.unpaged())).isEmpty();
        assertThat(matrix.overdue(null)).isEmpty();
    }

    @Test
    void agents_are_refused_everything() {
        fixtures.signIn(alice);
        assertThatThrownBy(() -> matrix.rows(MatrixFilter.ALL, Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.counts(MatrixFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.expiring(30, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.overdue(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matrix.agentRecord(id(alice))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdue_lists_agents_past_the_due_date_until_they_get_a_new_one() {
        certs.learnAndPass(bob, moduleId, 2);
        LocalDate due = today().plusDays(3);
        assignToTeam(program.id(), due);
        fixtures.signIn(manager);
        assertThat(matrix.overdue(team)).isEmpty();

        clock.advance(Duration.ofDays(5));
        List<DueItem> overdue = matrix.overdue(team).stream().filter(i -> i.programId() == program.id()).toList();
        assertThat(overdue).extracting(DueItem::userId).containsExactly(id(alice), id(carol));
        assertThat(overdue.getFirst().cell()).isEqualTo(new StatusCell(CertStatus.OVERDUE, due));
        assertThat(overdue.getFirst().programName()).isEqualTo(program.name());

        assignments.setDueDate(id(alice), program.id(), today().plusDays(14));
        assertThat(matrix.overdue(team)).extracting(DueItem::userId).containsExactly(id(carol));
        assertThat(matrix.rows(inProgram().withText("mx-alice"), Pageable.unpaged()).getContent().getFirst()
                .cell(program.id())).isEqualTo(new StatusCell(CertStatus.ASSIGNED, today().plusDays(14)));

        fixtures.signIn(fixtures.user("mx-hr2", null, Roles.HR));
        assertThat(matrix.overdue(null)).extracting(DueItem::userId).contains(id(carol)).doesNotContain(id(alice));
    }

    @Test
    void expiring_lists_certificates_whose_last_day_falls_within_the_chosen_days() {
        long shortModule = certs.moduleWithQuiz("Short module");
        ProgramSummary monthly = certs.program("Monthly", 1, 20, null, shortModule);
        certs.learnAndPass(bob, shortModule, 2);
        LocalDate lastDay = today().plusMonths(1).minusDays(1);
        fixtures.signIn(manager);

        assertThat(matrix.expiring(60, team)).extracting(DueItem::userId, DueItem::programId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id(bob), monthly.id()));
        assertThat(matrix.expiring(60, team).getFirst().cell()).isEqualTo(new StatusCell(CertStatus.CERTIFIED, lastDay));
        assertThat(matrix.expiring(7, team)).isEmpty();

        clock.advance(Duration.ofDays(20));
        assertThat(matrix.expiring(14, team)).singleElement()
                .satisfies(i -> assertThat(i.cell()).isEqualTo(new StatusCell(CertStatus.EXPIRING_SOON, lastDay)));
        assertThatThrownBy(() -> matrix.expiring(0, team)).isInstanceOf(ValidationException.class);
    }

    @Test
    void the_agent_record_shows_programs_modules_attempts_and_certificates() {
        certs.learnAndPass(bob, moduleId, 0);
        certs.learnAndPass(bob, moduleId, 2);
        fixtures.signIn(manager);

        AgentRecord record = matrix.agentRecord(id(bob));

        assertThat(record.person().username()).isEqualTo(bob);
        assertThat(record.programs()).filteredOn(p -> p.programId() == program.id()).singleElement()
                .satisfies(p -> assertThat(p.cell().status()).isEqualTo(CertStatus.CERTIFIED));
        assertThat(record.modules()).filteredOn(m -> m.moduleId() == moduleId).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo(ProgressState.COMPLETED);
            assertThat(m.doneLessons()).isEqualTo(2);
            assertThat(m.totalLessons()).isEqualTo(2);
            assertThat(m.quizPassed()).isTrue();
        });
        assertThat(record.attempts()).hasSize(2);
        assertThat(record.attempts().getFirst().passed()).as("newest first").isTrue();
        assertThat(record.attempts().getFirst().percent()).isEqualTo(100.0);
        assertThat(record.attempts().get(1).passed()).isFalse();
        assertThat(record.attempts().getFirst().moduleTitle()).startsWith("Matrix module");
        assertThat(record.certificates()).singleElement()
                .satisfies(c -> assertThat(c.programId()).isEqualTo(program.id()));
    }
}
