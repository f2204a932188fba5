package com.certdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.base.Intervals.Estimate;
import org.junit.jupiter.api.Test;

/** Engagement figures read the same on the results page, the team dashboard and My performance. */
class EstimateTextTest {

    @Test
    void an_index_reads_as_a_whole_percentage_with_its_interval_in_percent() {
        Estimate index = new Estimate(71.6, 59.5, 83.7);
        assertThat(EstimateText.percent(index)).isEqualTo("72%");
        assertThat(EstimateText.interval(index, "%")).isEqualTo("95% CI 60% to 84%");
    }

    @Test
    void a_net_score_is_signed_with_a_real_minus_and_zero_has_no_sign() {
        Estimate enps = new Estimate(-4.6, -41.2, 30.4);
        assertThat(EstimateText.signed(enps.value())).isEqualTo("−5");
        assertThat(EstimateText.signed(0.4)).isEqualTo("0");
        assertThat(EstimateText.interval(enps, "")).isEqualTo("95% CI −41 to +30");
    }

    @Test
    void a_change_is_in_points_with_the_previous_figure_and_absent_without_one() {
        assertThat(EstimateText.change(new Estimate(72, 60, 84), new Estimate(66.6, 50, 80), " points"))
                .isEqualTo("+5 points since the previous wave (then 67%)");
        assertThat(EstimateText.change(new Estimate(-10, -40, 20), new Estimate(20, -10, 50), ""))
                .isEqualTo("−30 since the previous wave (then +20)");
        assertThat(EstimateText.change(new Estimate(72, 60, 84), null, " points")).isNull();
    }
}
