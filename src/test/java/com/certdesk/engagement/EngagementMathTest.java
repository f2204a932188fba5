package com.certdesk.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engagement index and eNPS, with their intervals, from a group's sums. */
class EngagementMathTest {

    private static GroupTally shares(double... perRespondent) {
        double sum = 0;
        double squares = 0;
        for (double s : perRespondent) {
            sum += s;
            squares += s * s;
        }
        return new GroupTally(perRespondent.length, perRespondent.length, perRespondent.length, sum, squares, 0, 0,
                0, Map.of());
    }

    @Test
    void the_index_is_the_mean_share_of_favourable_answers_with_a_t_interval() {
        // five respondents agreeing with 40%, 60%, 80%, 100% and 20% of the statements: mean 60%,
        // standard deviation 31.6, t(4) 2.776: 60 +- 39.3
        var index = EngagementMath.index(shares(0.4, 0.6, 0.8, 1.0, 0.2));
        assertThat(index).isNotNull();
        assertThat(index.value()).isCloseTo(60, within(1e-9));
        assertThat(index.low()).isCloseTo(20.7, within(0.1));
        assertThat(index.high()).isCloseTo(99.3, within(0.1));
        assertThat(EngagementMath.index(shares(0.5))).as("one respondent has no interval").isNull();
    }

    @Test
    void the_index_interval_stays_within_0_and_100_percent() {
        // four of six agree with every statement, two with none: 66.7% +- 54.2 by t(5), cut at 100%
        var index = EngagementMath.index(shares(1, 1, 1, 1, 0, 0));
        assertThat(index.value()).isCloseTo(66.67, within(0.01));
        assertThat(index.low()).isCloseTo(12.47, within(0.01));
        assertThat(index.high()).isEqualTo(100);
        assertThat(EngagementMath.index(shares(0, 0, 0, 1)).low()).isZero();
    }

    @Test
    void enps_is_promoters_minus_detractors_with_its_standard_error() {
        // 40% promoters, 20% detractors of 50: +20 +- 20.7
        var tally = new GroupTally(50, 50, 0, 0, 0, 50, 20, 10, Map.of());
        var enps = EngagementMath.enps(tally);
        assertThat(enps).isNotNull();
        assertThat(enps.value()).isCloseTo(20, within(1e-9));
        assertThat(enps.low()).isCloseTo(-0.7, within(0.1));
        assertThat(enps.high()).isCloseTo(40.7, within(0.1));
        assertThat(EngagementMath.enps(GroupTally.EMPTY)).isNull();
    }

    @Test
    void a_persons_own_index_is_their_share_of_statements_agreed_with() {
        assertThat(EngagementMath.ownIndex(List.of(5, 4, 3, 2, 1))).isEqualTo(40);
        assertThat(EngagementMath.ownIndex(List.of(4, 4))).isEqualTo(100);
    }

    @Test
    void sums_of_two_groups_add_up() {
        var a = new GroupTally(6, 5, 5, 3, 2, 5, 2, 1, Map.of(1L, new GroupTally.ItemTally(3, 1, 1)));
        var b = new GroupTally(4, 3, 3, 1, 0.5, 3, 1, 1, Map.of(1L, new GroupTally.ItemTally(1, 1, 1)));
        var both = a.plus(b);
        assertThat(both.invited()).isEqualTo(10);
        assertThat(both.responded()).isEqualTo(8);
        assertThat(both.items().get(1L)).isEqualTo(new GroupTally.ItemTally(4, 2, 2));
        assertThat(both.promoters()).isEqualTo(3);
    }
}
