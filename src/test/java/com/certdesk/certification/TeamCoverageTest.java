package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.security.Roles;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A team's coverage per assigned program, its overdue count and its agents' valid certificates, for dashboards. */
@ServiceTest
class TeamCoverageTest {

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

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void coverage_counts_certified_agents_of_programs_assigned_to_the_team_or_its_agents_and_the_overdue() {
        String manager = fixtures.user("cov-manager", null, Roles.MANAGER);
        long team = fixtures.team("Coverage team", fixtures.userId(manager));
        String ana = fixtures.user("cov-ana", team, Roles.AGENT);
        String ben = fixtures.user("cov-ben", team, Roles.AGENT);
        String cy = fixtures.user("cov-cy", team, Roles.AGENT);
        long first = certs.moduleWithQuiz("Coverage first");
        long second = certs.moduleWithQuiz("Coverage second");
        ProgramSummary teamProgram = certs.program("Coverage team program", 12, 30, null, first);
        ProgramSummary agentProgram = certs.program("Coverage agent program", 12, 30, null, second);
        ProgramSummary unassigned = certs.program("Coverage unassigned", 12, 30, null, second);
        fixtures.signIn(manager);
        LocalDate today = LocalDate.now(clock);
        assignments.assign(AssignmentDraft.toTeam(AssignmentKind.PROGRAM, teamProgram.id(), team, today.plusDays(3)));
        assignments.assign(AssignmentDraft.toAgents(AssignmentKind.PROGRAM, agentProgram.id(),
                List.of(fixtures.userId(ben)), today.plusDays(30)));
        fixtures.signOut();
        certs.learnAndPass(ana, first, 2);
        certs.learnAndPass(cy, second, 2);
        clock.advance(Duration.ofDays(5));

        fixtures.signIn(manager);
        TeamCertification coverage = matrix.teamCoverage(team);

        assertThat(coverage.agents()).isEqualTo(3);
        assertThat(coverage.programs()).extracting(ProgramCoverage::programId)
                .as("the program nobody in the team was given is left out")
                .containsExactlyInAnyOrder(teamProgram.id(), agentProgram.id())
                .doesNotContain(unassigned.id());
        ProgramCoverage byTeam = coverage.programs().stream().filter(p -> p.programId() == teamProgram.id())
                .findFirst().orElseThrow();
        assertThat(byTeam.certified()).isEqualTo(1);
        assertThat(byTeam.agents()).isEqualTo(3);
        assertThat(byTeam.overdue()).as("ben and cy are past the team's due date").isEqualTo(2);
        assertThat(byTeam.percent()).isCloseTo(33.33, org.assertj.core.api.Assertions.within(0.01));
        ProgramCoverage byAgent = coverage.programs().stream().filter(p -> p.programId() == agentProgram.id())
                .findFirst().orElseThrow();
        assertThat(byAgent.certified()).as("cy earned it without being assigned").isEqualTo(1);
        assertThat(byAgent.overdue()).isZero();
        assertThat(coverage.overdue()).isEqualTo(2);
        assertThat(coverage.certificatesOf(fixtures.userId(ana))).containsExactly(teamProgram.name());
        assertThat(coverage.certificatesOf(fixtures.userId(cy)))
                .containsExactlyInAnyOrder(agentProgram.name(), unassigned.name());
        assertThat(coverage.certificatesOf(fixtures.userId(ben))).isEmpty();
    }

    @Test
    void another_managers_team_and_agents_are_refused() {
        String manager = fixtures.user("cov-m1", null, Roles.MANAGER);
        String other = fixtures.user("cov-m2", null, Roles.MANAGER);
        fixtures.team("Coverage mine", fixtures.userId(manager));
        long theirs = fixtures.team("Coverage theirs", fixtures.userId(other));
        String agent = fixtures.user("cov-agent", theirs, Roles.AGENT);

        fixtures.signIn(manager);
        assertThatThrownBy(() -> matrix.teamCoverage(theirs)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(agent);
        assertThatThrownBy(() -> matrix.teamCoverage(theirs)).isInstanceOf(AccessDeniedException.class);
    }
}
