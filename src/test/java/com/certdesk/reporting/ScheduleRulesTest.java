package com.certdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.certification.CertStatus;
import com.certdesk.certification.CertificateFilter;
import com.certdesk.certification.CertificateState;
import com.certdesk.reporting.internal.SavedFilterJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pure rules of scheduled reports: run days, relative date ranges, and the stored filter read back. */
class ScheduleRulesTest {

    // a Thursday
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void a_weekly_schedule_is_due_on_the_next_such_weekday_after_the_day_never_the_day_itself() {
        assertThat(ScheduleFrequency.WEEKLY.nextAfter(DAY, 4)).as("Thursday: a week on").isEqualTo(DAY.plusWeeks(1));
        assertThat(ScheduleFrequency.WEEKLY.nextAfter(DAY, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(ScheduleFrequency.WEEKLY.nextAfter(DAY, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(ScheduleFrequency.WEEKLY.describe(1)).isEqualTo("Weekly on Monday");
    }

    @Test
    void a_monthly_schedule_is_due_on_its_day_this_month_or_next() {
        assertThat(ScheduleFrequency.MONTHLY.nextAfter(DAY, 28)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(ScheduleFrequency.MONTHLY.nextAfter(DAY, 3)).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(ScheduleFrequency.MONTHLY.nextAfter(DAY, 1)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ScheduleFrequency.MONTHLY.nextAfter(LocalDate.of(2027, 1, 31), 28))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ScheduleFrequency.MONTHLY.describe(5)).isEqualTo("Monthly on day 5");
    }

    @Test
    void relative_ranges_end_the_day_before_the_run() {
        assertThat(DateRule.LAST_7_DAYS.range(DAY, null, null)).isEqualTo(new DateRule.Range(
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 2)));
        assertThat(DateRule.LAST_30_DAYS.range(DAY, null, null).from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(DateRule.PREVIOUS_WEEK.range(DAY, null, null)).isEqualTo(new DateRule.Range(
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThat(DateRule.PREVIOUS_WEEK.range(LocalDate.of(2026, 11, 30), null, null).from())
                .as("run on a Monday: the week that just ended").isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(DateRule.PREVIOUS_MONTH.range(LocalDate.of(2026, 3, 1), null, null)).isEqualTo(
                new DateRule.Range(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(DateRule.FIXED.range(DAY, LocalDate.of(2026, 1, 1), null)).isEqualTo(
                new DateRule.Range(LocalDate.of(2026, 1, 1), null));
        assertThat(DateRule.ALL.range(DAY, LocalDate.of(2026, 1, 1), DAY)).isEqualTo(new DateRule.Range(null, null));
    }

    @Test
    void each_reports_filter_is_stored_without_its_dates_and_read_back_equal() {
        var progress = new SavedFilter.Progress(new ProgressFilter(3L, 4L, CertStatus.OVERDUE, DAY, DAY, "Ann"));
        var modules = new SavedFilter.Modules(new ModuleProgressReport.Filter(null, 9L, "Complete", DAY, null, ""));
        var register = new SavedFilter.Register(new CertificateFilter(1L, null, CertificateState.REVOKED, null, DAY,
                "o'Neil \"=1+1\""));
        for (SavedFilter filter : new SavedFilter[] {progress, modules, register}) {
            String json = SavedFilterJson.write(filter);
            assertThat(json).doesNotContain(DAY.toString());
            assertThat(SavedFilterJson.read(filter.kind(), json, SavedFilterJson.VERSION))
                    .isEqualTo(filter.withDates(null, null));
        }
        assertThat(SavedFilterJson.write(progress)).isEqualTo("{\"teamId\":3,\"programId\":4,\"status\":\"OVERDUE\","
                + "\"certifiedFrom\":null,\"certifiedTo\":null,\"agent\":\"Ann\",\"agents\":\"ACTIVE\"}");
        // a filter stored before the reports had the Agents choice reads back as active agents only
        assertThat(SavedFilterJson.read(ReportKind.PROGRESS, "{\"teamId\":3,\"programId\":4,\"status\":\"OVERDUE\","
                + "\"certifiedFrom\":null,\"certifiedTo\":null,\"agent\":\"Ann\"}", SavedFilterJson.VERSION))
                .isEqualTo(progress.withDates(null, null));
        var left = new SavedFilter.Modules(new ModuleProgressReport.Filter(null, 9L, null, null, null, "",
                com.certdesk.people.AgentActivity.INACTIVE));
        assertThat(SavedFilterJson.read(ReportKind.MODULE_PROGRESS, SavedFilterJson.write(left), SavedFilterJson.VERSION))
                .isEqualTo(left);
    }

    @Test
    void a_stored_filter_this_release_cannot_read_is_refused_with_the_reason() {
        String json = SavedFilterJson.write(new SavedFilter.Progress(ProgressFilter.ALL));
        assertThatThrownBy(() -> SavedFilterJson.read(ReportKind.PROGRESS, json, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> SavedFilterJson.read(ReportKind.PROGRESS, "{\"teamId\":1,\"colour\":\"red\"}", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> SavedFilterJson.read(ReportKind.CERTIFICATE_REGISTER, "{\"teamId\":1}", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
