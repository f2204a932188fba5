package com.certdesk.quiz;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One attempt in a learner's history. Score fields are null while the attempt is open. */
public record AttemptSummary(long id, long moduleId, int number, AttemptState state, Instant startedAt,
        @Nullable Instant deadline, @Nullable Instant finishedAt, @Nullable FinishReason finishReason,
        @Nullable Double score, double maxScore, @Nullable Double percent, @Nullable Boolean passed, int passMark) {

    public boolean open() {
        return state == AttemptState.IN_PROGRESS;
    }

    public boolean isPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
