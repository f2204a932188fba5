package com.certdesk.certification.internal;

import com.certdesk.catalog.LearnerModule;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleCompleted;
import com.certdesk.catalog.ModuleProgress;
import com.certdesk.certification.CertificateIssued;
import com.certdesk.certification.internal.CertificationRules.Eligibility;
import com.certdesk.quiz.QuizPass;
import com.certdesk.quiz.QuizPassed;
import com.certdesk.quiz.QuizResults;
import com.certdesk.security.SystemAuthentication;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a certificate the moment an agent meets a program's requirements: every required module complete (its
 * lessons done and its quiz passed), with each quiz passed at the program's minimum score if it has one, and for a
 * recertification passed again since the window opened. Listens to {@link QuizPassed} and {@link ModuleCompleted};
 * a daily reconciliation catches anything an event missed.
 *
 * <p>Exactly once: a certificate takes the next sequence number for its agent and program, which is unique in the
 * database, so of two concurrent evaluations only one can insert; the other finds the new certificate and stops.
 */
@Component
public class CertificateIssuer {

    private static final Logger log = LoggerFactory.getLogger(CertificateIssuer.class);

    private final ProgramRepository programs;
    private final CertificateRepository certificates;
    private final LearningService learning;
    private final QuizResults quizResults;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final SecureRandom random = new SecureRandom();

    CertificateIssuer(ProgramRepository programs, CertificateRepository certificates, LearningService learning,
            QuizResults quizResults, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions) {
        this.programs = programs;
        this.certificates = certificates;
        this.learning = learning;
        this.quizResults = quizResults;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(QuizPassed event) {
        evaluateQuietly(event.userId(), event.moduleId());
    }

    @ApplicationModuleListener
    void on(ModuleCompleted event) {
        evaluateQuietly(event.userId(), event.moduleId());
    }

    /** Evaluates every active program that requires the module; never throws into the caller's request. */
    void evaluateQuietly(long userId, long moduleId) {
        try {
            SystemAuthentication.runAsSystem(() -> {
                for (CertificationProgram program : programs.findActiveRequiring(moduleId)) {
                    issueIfEligible(userId, program.getId());
                }
            });
        } catch (RuntimeException e) {
            log.error("Could not evaluate certification of user {} after module {}; the daily reconciliation "
                    + "will retry", userId, moduleId, e);
        }
    }

    /**
     * Issues the certificate the agent has earned in the program, if any, in its own transaction. Returns the new
     * certificate's id, or empty when nothing is due (not eligible, or another thread issued it just now).
     * Callers run as the system account.
     */
    public Optional<Long> issueIfEligible(long userId, long programId) {
        try {
            return Optional.ofNullable(newTransaction.execute(status -> issue(userId, programId)));
        } catch (DataIntegrityViolationException issuedConcurrently) {
            log.debug("Certificate for user {} in program {} was issued concurrently", userId, programId);
            return Optional.empty();
        }
    }

    private @Nullable Long issue(long userId, long programId) {
        CertificationProgram program = programs.findById(programId).orElse(null);
        if (program == null || !program.isActive()) {
            return null;
        }
        List<Certificate> history = certificates.findHistory(userId, programId);
        LocalDate today = LocalDate.now(clock);
        Eligibility eligibility = CertificationRules.eligibility(today, clock.getZone(),
                history.stream().map(Certificate::period).toList(), program.getWindowDays());
        if (!eligibility.open() || !requirementsMet(userId, program, eligibility)) {
            return null;
        }
        LocalDate validFrom = eligibility.validFrom();
        LocalDate validUntil = CertificationRules.validUntil(validFrom, program.getValidityMonths());
        int seq = history.stream().mapToInt(Certificate::getSeq).max().orElse(0) + 1;
        var certificate = certificates.saveAndFlush(new Certificate(userId, programId, seq, newCode(),
                clock.instant(), today, validFrom, validUntil, newSalt()));
        boolean recertification = history.stream().anyMatch(c -> !c.isRevoked());
        log.info("Issued certificate {} to user {} for program {} (valid {} to {})", certificate.getId(), userId,
                programId, validFrom, validUntil);
        events.publishEvent(new CertificateIssued(certificate.getId(), userId, programId, program.getName(),
                validFrom, validUntil, recertification));
        return certificate.getId();
    }

    private boolean requirementsMet(long userId, CertificationProgram program, Eligibility eligibility) {
        Map<Long, ModuleProgress> progress = learning.progressOf(userId).stream()
                .collect(Collectors.toMap(m -> m.module().id(), LearnerModule::progress, (a, b) -> a));
        List<QuizPass> passes = null;
        for (long moduleId : program.getModuleIds()) {
            ModuleProgress module = progress.get(moduleId);
            if (module == null || !module.complete()) {
                return false;
            }
            if (!module.hasQuiz()) {
                continue;
            }
            if (passes == null) {
                passes = quizResults.passesOf(userId);
            }
            boolean counted = passes.stream().anyMatch(p -> p.moduleId() == moduleId
                    && (eligibility.countsFrom() == null || !p.finishedAt().isBefore(eligibility.countsFrom()))
                    && (program.getMinScore() == null || p.reaches(program.getMinScore())));
            if (!counted) {
                return false;
            }
        }
        return !program.getModuleIds().isEmpty();
    }

    private String newCode() {
        return VerificationCode.generate(random);
    }

    private String newSalt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

}
