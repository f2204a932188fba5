package com.certdesk.insight;

import com.certdesk.feedback.Measure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A planned evaluation exactly as registered: what its analysis is (program, measure, windows, minimums, bootstrap
 * replicates and seed), who registered it and when, and its waves (sizes per team at registration and due dates).
 *
 * @param seed          the seed the waves were drawn with, also the seed of the analysis' bootstrap
 * @param firstResultOn the first day the first wave's post window has ended, from which a result can be expected
 * @param withinChannel whether the registered analysis compares the change within each channel
 * @param withdrawal    who withdrew the plan, when and why; null unless it was withdrawn
 */
public record PlannedEvaluation(long id, String title, long programId, String programName, Measure measure,
        int preDays, int washoutDays, int postDays, int minimumRatings, int minimumAgents, int replicates, int waves,
        int waveGapDays, LocalDate firstDueOn, long seed, String registeredBy, Instant registeredAt,
        List<WaveGroup> groups, LocalDate firstResultOn, EvaluationStatus status, boolean withinChannel,
        @Nullable Withdrawal withdrawal) {

    /** Who withdrew a plan (by name), when, why, and how many of its assignments were removed with it. */
    public record Withdrawal(String by, Instant at, String reason, int assignmentsRemoved) {
    }

    public PlannedEvaluation {
        groups = List.copyOf(groups);
    }

    /** Whether it may still be withdrawn: not withdrawn, and its first wave not yet due. */
    public boolean withdrawable() {
        return status == EvaluationStatus.ROLLING_OUT;
    }

    /** Agents taking part, all waves. */
    public int agents() {
        return groups.stream().mapToInt(WaveGroup::agents).sum();
    }
}
