package com.certdesk.certification.internal;

import com.certdesk.quiz.spi.AttemptPeriods;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the quiz when an agent's current certification period began: attempts before the renewal window of a
 * program requiring the module opened do not count against the quiz's attempt limit.
 */
@Component
@Transactional(readOnly = true)
class RenewalPeriods implements AttemptPeriods {

    private final ProgramRepository programs;
    private final CertificateRepository certificates;
    private final Clock clock;

    RenewalPeriods(ProgramRepository programs, CertificateRepository certificates, Clock clock) {
        this.programs = programs;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> periodStart(long userId, long moduleId) {
        LocalDate today = LocalDate.now(clock);
        return programs.findActiveRequiring(moduleId).stream()
                .map(program -> CertificationRules.periodStart(today, clock.getZone(),
                        certificates.findHistory(userId, program.getId()).stream().map(Certificate::period).toList(),
                        program.getWindowDays()))
                .filter(Objects::nonNull).max(Comparator.naturalOrder());
    }
}
