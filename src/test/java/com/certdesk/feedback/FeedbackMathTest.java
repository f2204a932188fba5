package com.certdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The worked examples of FEEDBACK_FORMAT.md, reproduced exactly, and the rules around them. */
class FeedbackMathTest {

    @Test
    void sixteen_satisfied_of_twenty_is_80_percent_with_the_wilson_interval_58_4_to_91_9() {
        Figure csat = FeedbackMath.figure(new Tally(Measure.CSAT, 20, 16, 0, 0, 0), 10);
        assertThat(csat.value()).isCloseTo(80.0, within(1e-9));
        assertThat(csat.low()).isCloseTo(58.4, within(0.05));
        assertThat(csat.high()).isCloseTo(91.9, within(0.05));
        assertThat(csat.n()).isEqualTo(20);
    }

    @Test
    void forty_percent_promoters_twenty_percent_detractors_of_fifty_is_nps_20_plus_minus_20_7() {
        Figure nps = FeedbackMath.figure(new Tally(Measure.NPS, 50, 20, 10, 0, 0), 10);
        assertThat(nps.value()).isCloseTo(20.0, within(1e-9));
        assertThat(nps.value() - nps.low()).isCloseTo(20.7, within(0.05));
        assertThat(nps.high() - nps.value()).isCloseTo(20.7, within(0.05));
    }

    @Test
    void ces_is_the_mean_with_a_student_t_interval() {
        // scores 5, 6, 7, 4, 6, 7, 5, 6, 7, 7: mean 6.0, sample sd 1.0541, t(9) 2.2622 -> half width 0.754
        int[] scores = {5, 6, 7, 4, 6, 7, 5, 6, 7, 7};
        long sum = 0;
        long squares = 0;
        for (int s : scores) {
            sum += s;
            squares += (long) s * s;
        }
        Figure ces = FeedbackMath.figure(new Tally(Measure.CES, scores.length, 0, 0, sum, squares), 10);
        assertThat(ces.value()).isCloseTo(6.0, within(1e-9));
        assertThat(ces.high() - ces.value()).isCloseTo(0.754, within(0.001));
    }

    @Test
    void below_the_minimum_a_figure_has_no_number_only_its_n() {
        Figure few = FeedbackMath.figure(new Tally(Measure.CSAT, 9, 9, 0, 0, 0), 10);
        assertThat(few.enough()).isFalse();
        assertThat(few.value()).isNull();
        assertThat(few.low()).isNull();
        assertThat(few.n()).isEqualTo(9);
        assertThat(FeedbackMath.figure(Tally.empty(Measure.NPS), 1).enough()).isFalse();
    }

    @Test
    void intervals_stay_inside_the_possible_range() {
        Figure all = FeedbackMath.figure(new Tally(Measure.CSAT, 12, 12, 0, 0, 0), 10);
        assertThat(all.high()).isLessThanOrEqualTo(100.0);
        assertThat(all.low()).isGreaterThan(70.0);
        Figure promoters = FeedbackMath.figure(new Tally(Measure.NPS, 10, 10, 0, 0, 0), 10);
        assertThat(promoters.value()).isEqualTo(100.0);
        assertThat(promoters.high()).isLessThanOrEqualTo(100.0);
    }

    @Test
    void every_csat_scale_is_read_as_share_satisfied_top_two_of_five_top_of_three_good_of_binary() {
        assertThat(RatingRules.satisfied(Metric.CSAT, 5, 4)).isTrue();
        assertThat(RatingRules.satisfied(Metric.CSAT, 5, 3)).isFalse();
        assertThat(RatingRules.satisfied(Metric.CSAT, 3, 3)).isTrue();
        assertThat(RatingRules.satisfied(Metric.CSAT, 3, 2)).isFalse();
        assertThat(RatingRules.satisfied(Metric.CSAT_BINARY, 1, 1)).isTrue();
        assertThat(RatingRules.satisfied(Metric.CSAT_BINARY, 1, 0)).isFalse();
        assertThat(RatingRules.promoter(9)).isTrue();
        assertThat(RatingRules.promoter(8)).isFalse();
        assertThat(RatingRules.detractor(6)).isTrue();
        assertThat(RatingRules.detractor(7)).isFalse();
    }

    @Test
    void scales_a_metric_cannot_have_and_scores_outside_the_scale_are_problems() {
        var now = java.time.Instant.parse("2026-12-01T12:00:00Z");
        assertThat(RatingRules.problems(TestRatings.rating("x", Metric.NPS, 1, 5, 3, "a"), now))
                .anyMatch(p -> p.contains("not a NPS scale"));
        assertThat(RatingRules.problems(TestRatings.rating("x", Metric.CSAT, 1, 5, 6, "a"), now))
                .anyMatch(p -> p.contains("outside the declared scale"));
        assertThat(RatingRules.problems(TestRatings.rating("x", Metric.CSAT, 1, 5, null, "a"), now)).isEmpty();
        assertThat(RatingRules.problems(TestRatings.rating("x", Metric.CES, 1, 7, 7, null), now))
                .contains("agent_id or agent_email is required");
    }

    @Test
    void enps_is_refused_with_a_pointer_to_the_engagement_import() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Metric.parse("eNPS"))
                .hasMessageContaining("engagement");
        assertThat(Metric.parse(" csat_binary ")).isEqualTo(Metric.CSAT_BINARY);
    }
}
