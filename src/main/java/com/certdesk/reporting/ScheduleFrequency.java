package com.certdesk.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * How often a scheduled report is produced: weekly on a day of the week (1 = Monday … 7 = Sunday) or monthly on a day
 * of the month from 1 to 28, so that every month has it.
 */
public enum ScheduleFrequency {
    WEEKLY("weekly"),
    MONTHLY("monthly");

    private final String adjective;

    ScheduleFrequency(String adjective) {
        this.adjective = adjective;
    }

    /** "weekly", "monthly", as in "Your weekly report". */
    public String adjective() {
        return adjective;
    }

    /** The highest day allowed: 7 for a day of the week, 28 for a day of the month. */
    public int maxDay() {
        return this == WEEKLY ? 7 : 28;
    }

    /** The first day after {@code after} the report is due on. */
    public LocalDate nextAfter(LocalDate after, int day) {
        if (this == WEEKLY) {
            int ahead = Math.floorMod(day - after.getDayOfWeek().getValue(), 7);
            return after.plusDays(ahead == 0 ? 7 : ahead);
        }
        LocalDate thisMonth = after.withDayOfMonth(day);
        return thisMonth.isAfter(after) ? thisMonth : thisMonth.plusMonths(1);
    }

    /** "Weekly on Monday", "Monthly on day 5". */
    public String describe(int day) {
        return this == WEEKLY ? "Weekly on " + DayOfWeek.of(day).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                : "Monthly on day " + day;
    }
}
