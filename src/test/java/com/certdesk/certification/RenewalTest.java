package com.certdesk.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.LearningService;
import com.certdesk.quiz.QuizCard;
import com.certdesk.quiz.QuizFixtures;
import com.certdesk.quiz.QuizTakingService;
import com.certdesk.quiz.ReviewOptions;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Renewing a certification: the program's quizzes open again inside the window, with a fresh attempt limit. */
@ServiceTest
@RecordApplicationEvents
class RenewalTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    QuizFixtures quizzes;
    @Autowired
    QuizTakingService taking;
    @Autowired
    LearningService learning;
    @Autowired
    CertificateService certificates;
    @Autowired
    RenewalService renewals;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    String agent;
    long agentId;

    @BeforeEach
    void setUp() {
        agent = fixtures.user("renewing-agent", null, Roles.AGENT);
        agentId = fixtures.userId(agent);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    /** A module of two lessons whose two-question quiz (pass mark 50) allows this many attempts (null: any). */
    private long module(String title, @Nullable Integer maxAttempts) {
        long moduleId = fixtures.publishedModule(title, 2);
        List<Long> questions = List.of(quizzes.question(QuizFixtures.trueFalse("R1", false)),
                quizzes.question(QuizFixtures.trueFalse("R2", false)));
        quizzes.quiz(moduleId, questions, s -> QuizFixtures.with(s, null, maxAttempts, null, 50,
                ReviewOptions.defaults()));
        return moduleId;
    }

    private List<CertificateView> certificatesOf(long programId) {
        return SystemAuthentication.callAsSystem(() -> certificates.of(agentId)).stream()
                .filter(c -> c.programId() == programId).toList();
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), day)));
    }

    private QuizCard card(long moduleId) {
        fixtures.signIn(agent);
        return taking.card(moduleId).orElseThrow();
    }

    private List<Renewal> myRenewals() {
        fixtures.signIn(agent);
        return renewals.mine();
    }

    @Test
    void inside_the_renewal_window_an_agent_can_take_a_passed_quiz_again_and_earlier_attempts_do_not_count() {
        long moduleId = module("Renewable", 1);
        ProgramSummary program = certs.program("Renewable program", 12, 30, null, moduleId);
        certs.learnAndPass(agent, moduleId, 2);
        CertificateView first = certificatesOf(program.id()).getFirst();

        moveTo(first.validUntil().minusDays(31));
        assertThat(card(moduleId).blockedReason()).as("outside the window the limit of 1 is used up")
                .isEqualTo("You have used all 1 attempts at this quiz.");
        assertThatThrownBy(() -> taking.startOrResume(moduleId)).isInstanceOf(ValidationException.class);
        assertThat(card(moduleId).renewal()).isFalse();
        assertThat(myRenewals()).isEmpty();

        moveTo(first.validUntil().minusDays(10));
        QuizCard inside = card(moduleId);
        assertThat(inside.renewal()).isTrue();
        assertThat(inside.attemptsUsed()).as("the attempt of the previous period does not count").isZero();
        assertThat(inside.blockedReason()).isNull();
        List<Renewal> due = myRenewals();
        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.programId()).isEqualTo(program.id());
            assertThat(r.validUntil()).isEqualTo(first.validUntil());
            assertThat(r.next().moduleId()).isEqualTo(moduleId);
        });

        certs.learnAndPass(agent, moduleId, 2);

        List<CertificateView> all = certificatesOf(program.id());
        assertThat(all).hasSize(2);
        assertThat(all.getFirst().validFrom()).isEqualTo(first.validUntil().plusDays(1));
        assertThat(events.stream(CertificateIssued.class).filter(e -> e.userId() == agentId && e.recertification()))
                .hasSize(1);
        fixtures.signIn(agent);
        assertThat(learning.module(moduleId).progress().complete()).isTrue();
        assertThat(myRenewals()).isEmpty();
        assertThat(card(moduleId).renewal()).isFalse();
        assertThat(card(moduleId).blockedReason()).as("the renewal attempt counts in the new period")
                .isEqualTo("You have used all 1 attempts at this quiz in this certification period.");
    }

    @Test
    void passing_twice_inside_the_window_issues_exactly_one_renewal_certificate() {
        long moduleId = module("Twice", null);
        ProgramSummary program = certs.program("Twice program", 12, 30, null, moduleId);
        certs.learnAndPass(agent, moduleId, 2);
        CertificateView first = certificatesOf(program.id()).getFirst();

        moveTo(first.validUntil().minusDays(5));
        certs.learnAndPass(agent, moduleId, 2);
        certs.learnAndPass(agent, moduleId, 2);

        List<CertificateView> all = certificatesOf(program.id());
        assertThat(all).hasSize(2);
        assertThat(all.getFirst().validFrom()).isEqualTo(first.validUntil().plusDays(1));
    }

    @Test
    void a_failed_renewal_attempt_leaves_the_renewal_open_and_lists_the_quiz_still_to_pass() {
        long moduleA = module("Renew A", 3);
        long moduleB = module("Renew B", 3);
        ProgramSummary program = certs.program("Two-module program", 12, 30, null, moduleA, moduleB);
        certs.learnAndPass(agent, moduleA, 2);
        certs.learnAndPass(agent, moduleB, 2);
        CertificateView first = certificatesOf(program.id()).getFirst();

        moveTo(first.validUntil().minusDays(3));
        certs.learnAndPass(agent, moduleA, 2);
        certs.learnAndPass(agent, moduleB, 0);

        assertThat(certificatesOf(program.id())).hasSize(1);
        Renewal renewal = myRenewals().getFirst();
        assertThat(renewal.steps()).extracting(Renewal.Step::passedAgain).containsExactly(true, false);
        assertThat(renewal.next().moduleId()).isEqualTo(moduleB);
        assertThat(card(moduleB).attemptsUsed()).isEqualTo(1);
    }
}
