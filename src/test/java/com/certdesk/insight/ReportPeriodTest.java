package com.certdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.feedback.Granularity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Calendar periods of the dashboard's period picker: what a period holds, its neighbours and its URL token. */
class ReportPeriodTest {

    @Test
    void a_month_quarter_and_iso_week_hold_the_day_and_end_the_day_after_their_last() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(ReportPeriod.of(Granularity.MONTH, day)).satisfies(p -> {
            assertThat(p.start()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(p.end()).isEqualTo(LocalDate.of(2027, 1, 1));
        });
        assertThat(ReportPeriod.of(Granularity.QUARTER, LocalDate.of(2026, 11, 30)).start())
                .isEqualTo(LocalDate.of(2026, 10, 1));
        ReportPeriod week = ReportPeriod.of(Granularity.WEEK, LocalDate.of(2027, 1, 2));
        assertThat(week.start()).as("weeks start on Monday").isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(week.end()).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void previous_and_next_step_over_year_ends() {
        assertThat(ReportPeriod.of(Granularity.MONTH, LocalDate.of(2027, 1, 15)).previous().start())
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ReportPeriod.of(Granularity.QUARTER, LocalDate.of(2026, 12, 31)).next().start())
                .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ReportPeriod.of(Granularity.WEEK, LocalDate.of(2027, 1, 4)).previous().start())
                .isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void a_period_travels_in_the_url_as_a_token_and_comes_back_the_same() {
        var month = ReportPeriod.of(Granularity.MONTH, LocalDate.of(2026, 11, 5));
        var quarter = ReportPeriod.of(Granularity.QUARTER, LocalDate.of(2026, 11, 5));
        var week = ReportPeriod.of(Granularity.WEEK, LocalDate.of(2027, 1, 1));
        assertThat(month.token()).isEqualTo("2026-11");
        assertThat(quarter.token()).isEqualTo("2026-Q4");
        assertThat(week.token()).as("ISO week-based year").isEqualTo("2026-W53");
        for (ReportPeriod p : new ReportPeriod[] {month, quarter, week}) {
            assertThat(ReportPeriod.parse(p.token())).contains(p);
        }
    }

    @Test
    void a_hand_edited_token_is_ignored_rather_than_failing() {
        assertThat(ReportPeriod.parse("2026-13")).isEmpty();
        assertThat(ReportPeriod.parse("2026-Q5")).isEmpty();
        assertThat(ReportPeriod.parse("2025-W53")).as("2025 has 52 ISO weeks").isEmpty();
        assertThat(ReportPeriod.parse("<script>")).isEmpty();
        assertThatThrownBy(() -> new ReportPeriod(Granularity.MONTH, LocalDate.of(2026, 11, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
