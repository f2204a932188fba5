package com.certdesk.insight;

import com.certdesk.feedback.Granularity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One calendar period of the organization's calendar: an ISO week (Monday first), a month or a quarter, as the
 * days [start, end). The organization's time zone decides which day it is ({@link com.certdesk.base.OrganizationTime});
 * this record only does calendar arithmetic. {@link #token()} ("2026-11", "2026-W48", "2026-Q4") is how a period
 * travels in a URL.
 */
public record ReportPeriod(Granularity granularity, LocalDate start) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public ReportPeriod {
        if (!startOf(granularity, start).equals(start)) {
            throw new IllegalArgumentException(start + " does not start a " + granularity.name().toLowerCase(Locale.ROOT));
        }
    }

    /** The period of this kind that contains the day. */
    public static ReportPeriod of(Granularity granularity, LocalDate day) {
        return new ReportPeriod(granularity, startOf(granularity, day));
    }

    private static LocalDate startOf(Granularity granularity, LocalDate day) {
        return switch (granularity) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    /** The first day after the period. */
    public LocalDate end() {
        return switch (granularity) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }

    public ReportPeriod previous() {
        return of(granularity, start.minusDays(1));
    }

    public ReportPeriod next() {
        return new ReportPeriod(granularity, end());
    }

    /** Whether the period lies wholly after the day (so it holds no ratings yet). */
    public boolean after(LocalDate day) {
        return start.isAfter(day);
    }

    /** "2026-11", "2026-W48" (ISO week-based year), "2026-Q4". */
    public String token() {
        return switch (granularity) {
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        };
    }

    /** The period a {@link #token()} names; empty for anything else (a hand-edited URL). */
    public static Optional<ReportPeriod> parse(String token) {
        try {
            Matcher m = MONTH.matcher(token);
            if (m.matches()) {
                return Optional.of(of(Granularity.MONTH, YearMonth.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2))).atDay(1)));
            }
            m = QUARTER.matcher(token);
            if (m.matches()) {
                return Optional.of(of(Granularity.QUARTER, LocalDate.of(Integer.parseInt(m.group(1)),
                        (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1)));
            }
            m = WEEK.matcher(token);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate anyDayOfYear = LocalDate.of(year, 6, 1);
                if (week < 1 || week > anyDayOfYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    return Optional.empty();
                }
                return Optional.of(of(Granularity.WEEK, anyDayOfYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
