package com.certdesk.quiz;

import com.certdesk.quiz.internal.Scoring;
import java.time.Instant;

/** One passing attempt of a module's quiz: what certification programs count. */
public record QuizPass(long moduleId, long attemptId, double percent, Instant finishedAt) {

    /** Whether this pass reaches a minimum score (a program's), by the quiz's one pass rule. */
    public boolean reaches(int minimumPercent) {
        return Scoring.passes(percent, minimumPercent);
    }
}
