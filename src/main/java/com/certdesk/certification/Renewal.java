package com.certdesk.certification;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A certification the signed-in agent can renew now (its recertification window is open, or it has expired): the
 * program, the last valid day of the certificate being renewed, and the quizzes to pass again.
 *
 * @param steps the program's required modules that have a quiz, each with whether it was passed again already
 */
public record Renewal(long programId, String programName, @Nullable LocalDate validUntil, boolean expired,
        List<Step> steps) {

    public Renewal {
        steps = List.copyOf(steps);
    }

    /** The first quiz still to pass again, where Renew leads; null when all are passed. */
    public @Nullable Step next() {
        return steps.stream().filter(s -> !s.passedAgain()).findFirst().orElse(null);
    }

    public record Step(long moduleId, String moduleTitle, boolean passedAgain) {
    }
}
