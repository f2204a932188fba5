package com.certdesk.quiz.spi;

import java.time.Instant;
import java.util.Optional;

/**
 * When a learner's current period at a module's quiz began. Recertification opens a new period: attempts made
 * before it do not count against the quiz's attempt limit or its waits, and a pass before it does not renew
 * anything. Certification implements this, so the quiz needs no knowledge of certificates; without an
 * implementation every attempt counts.
 */
public interface AttemptPeriods {

    /** The start of the learner's current period for the module's quiz, or empty when every attempt counts. */
    Optional<Instant> periodStart(long userId, long moduleId);
}
