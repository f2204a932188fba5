package com.certdesk.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * How a scheduled report's date filter is kept: no dates, the page's dates as they are, or a range relative to the
 * day the run is for, so that a weekly report always covers the week before it instead of one fixed week.
 */
public enum DateRule {
    ALL("No date limit"),
    FIXED("Fixed dates, as on the page"),
    LAST_7_DAYS("The 7 days before each run"),
    LAST_30_DAYS("The 30 days before each run"),
    PREVIOUS_WEEK("The calendar week before each run (Monday to Sunday)"),
    PREVIOUS_MONTH("The calendar month before each run");

    private final String label;

    DateRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first and last day (both included, either null for open) for a run on {@code day}. */
    public record Range(@Nullable LocalDate from, @Nullable LocalDate to) {
    }

    /**
     * The range for a run on {@code day}: relative rules end the day before (a run early in the morning has no day
     * of its own to report yet), FIXED keeps {@code from} and {@code to}.
     */
    public Range range(LocalDate day, @Nullable LocalDate from, @Nullable LocalDate to) {
        return switch (this) {
            case ALL -> new Range(null, null);
            case FIXED -> new Range(from, to);
            case LAST_7_DAYS -> new Range(day.minusDays(7), day.minusDays(1));
            case LAST_30_DAYS -> new Range(day.minusDays(30), day.minusDays(1));
            case PREVIOUS_WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new Range(monday, monday.plusDays(6));
            }
            case PREVIOUS_MONTH -> {
                LocalDate first = day.withDayOfMonth(1).minusMonths(1);
                yield new Range(first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
        };
    }
}
