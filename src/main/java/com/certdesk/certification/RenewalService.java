package com.certdesk.certification;

import com.certdesk.catalog.LearnerModule;
import com.certdesk.catalog.LearningService;
import com.certdesk.certification.internal.CertPeriod;
import com.certdesk.certification.internal.Certificate;
import com.certdesk.certification.internal.CertificateRepository;
import com.certdesk.certification.internal.CertificationProgram;
import com.certdesk.certification.internal.CertificationRules;
import com.certdesk.certification.internal.ProgramRepository;
import com.certdesk.quiz.QuizPass;
import com.certdesk.quiz.QuizResults;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recertification for the agent: which certifications can be renewed now, and which of their quizzes are still
 * to pass again. Passing them issues the renewal certificate (see the certificate issuer); the quizzes count the
 * attempts of the renewal only (see {@link com.certdesk.quiz.spi.AttemptPeriods}).
 */
@Service
@Transactional(readOnly = true)
public class RenewalService {

    private final ProgramRepository programs;
    private final CertificateRepository certificates;
    private final LearningService learning;
    private final QuizResults quizResults;
    private final CurrentUser currentUser;
    private final Clock clock;

    RenewalService(ProgramRepository programs, CertificateRepository certificates, LearningService learning,
            QuizResults quizResults, CurrentUser currentUser, Clock clock) {
        this.programs = programs;
        this.certificates = certificates;
        this.learning = learning;
        this.quizResults = quizResults;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in agent's certifications that can be renewed today, soonest expiry first. */
    @PreAuthorize(Roles.IS_AGENT)
    public List<Renewal> mine() {
        long userId = currentUser.id();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Certificate>> byProgram = certificates.findByUserNewestFirst(userId).stream()
                .collect(Collectors.groupingBy(Certificate::getProgramId));
        if (byProgram.isEmpty()) {
            return List.of();
        }
        Map<Long, LearnerModule> modules = learning.progressOf(userId).stream()
                .collect(Collectors.toMap(m -> m.module().id(), Function.identity(), (a, b) -> a));
        List<QuizPass> passes = quizResults.passesOf(userId);
        List<Renewal> renewals = new ArrayList<>();
        for (CertificationProgram program : programs.findActiveByName()) {
            List<CertPeriod> history = byProgram.getOrDefault(program.getId(), List.of()).stream()
                    .map(Certificate::period).toList();
            if (!CertificationRules.renewalOpen(today, clock.getZone(), history, program.getWindowDays())) {
                continue;
            }
            Instant from = CertificationRules.eligibility(today, clock.getZone(), history, program.getWindowDays())
                    .countsFrom();
            List<Renewal.Step> steps = program.getModuleIds().stream().map(modules::get).filter(Objects::nonNull)
                    .filter(m -> m.progress().hasQuiz())
                    .map(m -> new Renewal.Step(m.module().id(), m.module().title(), passes.stream()
                            .anyMatch(p -> p.moduleId() == m.module().id()
                                    && (from == null || !p.finishedAt().isBefore(from))
                                    && (program.getMinScore() == null || p.reaches(program.getMinScore())))))
                    .toList();
            LocalDate until = history.stream().filter(c -> !c.revoked()).map(CertPeriod::validUntil)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            renewals.add(new Renewal(program.getId(), program.getName(), until, until != null && today.isAfter(until),
                    steps));
        }
        renewals.sort(Comparator.comparing(Renewal::validUntil, Comparator.nullsLast(Comparator.naturalOrder())));
        return renewals;
    }
}
