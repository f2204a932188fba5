package com.certdesk.feedback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Calendar periods: where a week (ISO, from Monday), month or quarter starts, and the one after or before it. */
public final class Periods {

    private Periods() {
    }

    /** The first day of the period that holds {@code day}. */
    public static LocalDate start(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public static LocalDate next(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }

    /** The first day of the period before the one starting on {@code start}. */
    public static LocalDate previous(LocalDate start, Granularity granularity) {
        return switch (granularity) {
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
        };
    }
}
