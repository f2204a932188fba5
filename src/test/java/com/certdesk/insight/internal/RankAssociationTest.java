package com.certdesk.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Spearman's rank correlation with ties and its Fisher-z interval, against a value worked out by hand. */
class RankAssociationTest {

    @Test
    void ties_take_their_average_rank_and_the_interval_follows_fisher_z() {
        // ranks of y: 1, 2, 3.5, 5, 3.5; r = 8 / sqrt(10 * 9.5) = 0.8208
        var e = RankAssociation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7});
        assertThat(e.rho()).isCloseTo(0.8208, within(1e-4));
        assertThat(e.low()).isCloseTo(-0.2612, within(1e-3));
        assertThat(e.high()).isCloseTo(0.9887, within(1e-3));
        assertThat(e.n()).isEqualTo(5);
    }

    @Test
    void a_perfectly_reversed_order_is_minus_one_and_a_constant_sample_says_nothing() {
        assertThat(RankAssociation.spearman(new double[] {1, 2, 3, 4, 5, 6}, new double[] {9, 8, 7, 6, 5, 4}).rho())
                .isCloseTo(-1, within(1e-5));
        var flat = RankAssociation.spearman(new double[] {1, 2, 3, 4}, new double[] {3, 3, 3, 3});
        assertThat(flat.low()).isEqualTo(-1);
        assertThat(flat.high()).isEqualTo(1);
    }
}
