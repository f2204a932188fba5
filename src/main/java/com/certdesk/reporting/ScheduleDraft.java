package com.certdesk.reporting;

/**
 * A new scheduled report, as the dialog on a report page fills it in.
 *
 * @param day      the day of the week (1 = Monday … 7) for {@link ScheduleFrequency#WEEKLY}, of the month (1–28) for
 *                 {@link ScheduleFrequency#MONTHLY}
 * @param filter   the page's filter; with {@link DateRule#FIXED} its dates are kept, otherwise they are replaced
 * @param email    also e-mail the owner a link to each file (only when e-mail is configured)
 */
public record ScheduleDraft(String name, ExportFormat format, ScheduleFrequency frequency, int day,
        DateRule dates, SavedFilter filter, boolean email) {
}
