package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.certification.internal.CertificateIssuer;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ServiceTest
@RecordApplicationEvents
class CertificateIssuanceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateIssuer issuer;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    long team;
    String manager;
    String agent;
    long agentId;
    long moduleA;
    long moduleB;

    @BeforeEach
    void setUp() {
        manager = fixtures.user("cert-manager", null, Roles.MANAGER);
        team = fixtures.team("Cert team", fixtures.userId(manager));
        agent = fixtures.user("cert-agent", team, Roles.AGENT);
        agentId = fixtures.userId(agent);
        moduleA = certs.moduleWithQuiz("Greeting");
        moduleB = certs.moduleWithQuiz("Closing");
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    private List<CertificateView> certificatesOf(long userId, long programId) {
        return SystemAuthentication.callAsSystem(() -> certificates.of(userId)).stream()
                .filter(c -> c.programId() == programId).toList();
    }

    @Test
    void agent_who_completes_every_required_module_gets_exactly_one_certificate() {
        ProgramSummary program = certs.program("Service Pro", 12, 30, null, moduleA, moduleB);

        certs.learnAndPass(agent, moduleA, 2);
        assertThat(certificatesOf(agentId, program.id())).isEmpty();

        certs.learnAndPass(agent, moduleB, 2);
        List<CertificateView> issued = certificatesOf(agentId, program.id());
        assertThat(issued).hasSize(1);
        CertificateView certificate = issued.getFirst();
        LocalDate today = LocalDate.now(clock);
        assertThat(certificate.validFrom()).isEqualTo(today);
        assertThat(certificate.validUntil()).isEqualTo(today.plusMonths(12).minusDays(1));
        assertThat(certificate.code()).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]{20}");
        assertThat(events.stream(CertificateIssued.class).filter(e -> e.userId() == agentId)).hasSize(1);

        certs.learnAndPass(agent, moduleB, 2);
        assertThat(certificatesOf(agentId, program.id())).as("passing again outside the window issues nothing")
                .hasSize(1);
    }

    @Test
    void agent_who_scores_below_the_program_minimum_gets_no_certificate_until_they_reach_it() {
        ProgramSummary program = certs.program("Strict", 12, 30, 90, moduleA);

        certs.learnAndPass(agent, moduleA, 1);
        assertThat(certificatesOf(agentId, program.id())).as("50 %% passes the quiz but not the program").isEmpty();

        certs.learnAndPass(agent, moduleA, 2);
        assertThat(certificatesOf(agentId, program.id())).hasSize(1);
    }

    @Test
    void two_concurrent_evaluations_issue_one_certificate() throws Exception {
        certs.learnAndPass(agent, moduleA, 2);
        ProgramSummary program = certs.program("Concurrent", 12, 30, null, moduleA);
        assertThat(certificatesOf(agentId, program.id())).isEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Optional<Long>> evaluate = () -> {
                start.await();
                return SystemAuthentication.callAsSystem(() -> issuer.issueIfEligible(agentId, program.id()));
            };
            List<Future<Optional<Long>>> results = new ArrayList<>();
            results.add(pool.submit(evaluate));
            results.add(pool.submit(evaluate));
            start.countDown();
            long issued = 0;
            for (Future<Optional<Long>> result : results) {
                issued += result.get().isPresent() ? 1 : 0;
            }
            assertThat(issued).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(certificatesOf(agentId, program.id())).hasSize(1);
    }

    @Test
    void passing_again_inside_the_window_recertifies_from_the_old_expiry_without_lost_days() {
        ProgramSummary program = certs.program("Recert", 12, 30, null, moduleA);
        certs.learnAndPass(agent, moduleA, 2);
        CertificateView first = certificatesOf(agentId, program.id()).getFirst();

        clock.advance(Duration.ofDays(ChronoDays.between(LocalDate.now(clock), first.validUntil().minusDays(10))));
        certs.learnAndPass(agent, moduleA, 2);

        List<CertificateView> all = certificatesOf(agentId, program.id());
        assertThat(all).hasSize(2);
        CertificateView renewed = all.getFirst();
        assertThat(renewed.validFrom()).isEqualTo(first.validUntil().plusDays(1));
        assertThat(renewed.validUntil()).isEqualTo(first.validUntil().plusMonths(12));
        assertThat(renewed.code()).isNotEqualTo(first.code());
    }

    @Test
    void recertifying_after_expiry_runs_from_today() {
        ProgramSummary program = certs.program("Lapsed", 1, 7, null, moduleA);
        certs.learnAndPass(agent, moduleA, 2);
        CertificateView first = certificatesOf(agentId, program.id()).getFirst();

        clock.advance(Duration.ofDays(ChronoDays.between(LocalDate.now(clock), first.validUntil().plusDays(5))));
        certs.learnAndPass(agent, moduleA, 2);

        CertificateView renewed = certificatesOf(agentId, program.id()).getFirst();
        assertThat(renewed.validFrom()).isEqualTo(LocalDate.now(clock));
    }

    @Test
    void an_agent_cannot_see_another_agents_certificate_and_a_manager_only_their_teams() {
        ProgramSummary program = certs.program("Private", 12, 30, null, moduleA);
        certs.learnAndPass(agent, moduleA, 2);
        long certificateId = certificatesOf(agentId, program.id()).getFirst().id();
        String other = fixtures.user("other-agent", null, Roles.AGENT);
        String otherManager = fixtures.user("other-manager", null, Roles.MANAGER);
        fixtures.team("Other team", fixtures.userId(otherManager));

        fixtures.signIn(other);
        assertThatThrownBy(() -> certificates.get(certificateId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.of(agentId)).isInstanceOf(AccessDeniedException.class);
        assertThat(certificates.mine()).isEmpty();

        fixtures.signIn(otherManager);
        assertThatThrownBy(() -> certificates.get(certificateId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> certificates.pdf(certificateId)).as("another team's manager gets no PDF")
                .isInstanceOf(NotFoundException.class);

        fixtures.signIn(manager);
        assertThat(certificates.get(certificateId).holderName()).isEqualTo("Test " + agent);

        assertThat(new String(certificates.pdf(certificateId).content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .as("the manager may download the PDF").isEqualTo("%PDF-");
        fixtures.signIn(fixtures.user("pdf-hr", null, Roles.HR));
        assertThat(certificates.pdf(certificateId).fileName()).as("HR may download the PDF").endsWith(".pdf");
        fixtures.signIn(other);
        assertThatThrownBy(() -> certificates.pdf(certificateId)).isInstanceOf(NotFoundException.class);

        fixtures.signIn(agent);
        assertThat(certificates.mine()).extracting(CertificateView::id).contains(certificateId);
        CertificateFile pdf = certificates.pdf(certificateId);
        assertThat(pdf.fileName()).startsWith("certificate-").endsWith(".pdf");
        assertThat(pdf.content().length).isGreaterThan(1000);
        assertThatThrownBy(() -> certificates.revoke(certificateId, "cheating"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void verification_shows_valid_then_revoked_and_never_details_of_unknown_codes() {
        ProgramSummary program = certs.program("Verified", 12, 30, null, moduleA);
        certs.learnAndPass(agent, moduleA, 2);
        CertificateView certificate = certificatesOf(agentId, program.id()).getFirst();

        Verification valid = certificates.verify(certificate.code());
        assertThat(valid.status()).isEqualTo(VerificationStatus.VALID);
        assertThat(valid.holderName()).isEqualTo("Test " + agent);
        assertThat(valid.programName()).isEqualTo(program.name());
        assertThat(certificates.verify("0000000000000000000Z")).isEqualTo(Verification.NOT_FOUND);

        assertThatThrownBy(() -> SystemAuthentication.callAsSystem(() -> certificates.revoke(certificate.id(), " ")))
                .isInstanceOf(ValidationException.class);
        SystemAuthentication.runAsSystem(() -> certificates.revoke(certificate.id(), "Issued in error"));
        assertThat(certificates.verify(certificate.code()).status()).isEqualTo(VerificationStatus.REVOKED);
        assertThatThrownBy(() -> SystemAuthentication.callAsSystem(() -> certificates.revoke(certificate.id(), "again")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void after_a_revocation_only_a_new_pass_earns_the_program_again() {
        ProgramSummary program = certs.program("Revoked", 12, 30, null, moduleA);
        certs.learnAndPass(agent, moduleA, 2);
        long first = certificatesOf(agentId, program.id()).getFirst().id();
        SystemAuthentication.runAsSystem(() -> certificates.revoke(first, "Exam irregularity"));

        SystemAuthentication.runAsSystem(() -> issuer.issueIfEligible(agentId, program.id()));
        assertThat(certificatesOf(agentId, program.id())).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        certs.learnAndPass(agent, moduleA, 2);
        assertThat(certificatesOf(agentId, program.id())).hasSize(2);
    }

    /** Whole days between two dates. */
    static final class ChronoDays {
        static long between(LocalDate from, LocalDate to) {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to);
        }
    }
}
