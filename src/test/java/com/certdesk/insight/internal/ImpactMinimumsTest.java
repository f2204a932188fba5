package com.certdesk.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.insight.internal.ImpactEstimator.AgentSeries;
import com.certdesk.insight.internal.ImpactEstimator.Result;
import com.certdesk.insight.internal.ImpactEstimator.Rules;
import com.certdesk.insight.internal.ImpactEstimator.Windows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The estimator's minimums at their boundaries: four certified or comparison agents give no number, five do. */
class ImpactMinimumsTest {

    private static final LocalDate END = LocalDate.of(2026, 10, 31);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    /** An agent with one rating a day, satisfied on 8 days in 10 (9 in 10 after certification). */
    private static AgentSeries agent(long id, LocalDate certified, boolean inScope) {
        int days = (int) (END.toEpochDay() - START.toEpochDay() + 1);
        int[] d = new int[days];
        long[] n = new long[days];
        double[] s = new double[days];
        for (int i = 0; i < days; i++) {
            LocalDate day = START.plusDays(i);
            d[i] = (int) day.toEpochDay();
            n[i] = 1;
            boolean after = certified != null && !day.isBefore(certified);
            s[i] = (i + id) % 10 < (after ? 9 : 8) ? 1 : 0;
        }
        return new AgentSeries(id, certified, inScope, d, n, s);
    }

    private static Result estimate(int treated, int controls, int treatedOutOfScope) {
        List<AgentSeries> agents = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < treated; i++) {
            agents.add(agent(id++, LocalDate.of(2026, 3, 10), true));
        }
        for (int i = 0; i < treatedOutOfScope; i++) {
            agents.add(agent(id++, LocalDate.of(2026, 3, 12), false));
        }
        for (int i = 0; i < controls; i++) {
            agents.add(agent(id++, null, true));
        }
        return ImpactEstimator.estimate(agents, END, Windows.DEFAULT, new Rules(10, 3, 5, 5, 200, 7));
    }

    @Test
    void four_certified_agents_give_no_number_and_say_what_is_missing_five_do() {
        Result four = estimate(4, 8, 0);
        assertThat(four.effect()).isNull();
        assertThat(four.treatedAgents()).isEqualTo(4);
        assertThat(four.missing()).singleElement().asString().startsWith("1 more certified agent with at least 10 "
                + "ratings");
        Result five = estimate(5, 8, 0);
        assertThat(five.effect()).isNotNull();
        assertThat(five.effect().estimate()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.02));
        assertThat(five.missing()).isEmpty();
        // each month's effect is the gap between the two groups' own changes since the reference month
        five.eventStudy().stream().filter(p -> p.effect() != null && p.month() != -1).forEach(p -> assertThat(
                p.treatedChange() - p.controlChange()).isCloseTo(p.effect().estimate(),
                        org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(five.eventStudy().stream().filter(p -> p.month() >= 1 && p.effect() != null)).allSatisfy(p ->
                assertThat(p.treatedChange()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.03)));
    }

    @Test
    void four_comparison_agents_give_no_number_five_do() {
        Result four = estimate(6, 4, 0);
        assertThat(four.effect()).isNull();
        assertThat(four.missing()).singleElement().asString().startsWith("1 more not-yet-certified agent");
        assertThat(estimate(6, 5, 0).effect()).isNotNull();
    }

    @Test
    void agents_certified_outside_the_team_asked_about_are_neither_certified_nor_comparison_agents() {
        Result r = estimate(5, 5, 3);
        assertThat(r.treatedAgents()).isEqualTo(5);
        assertThat(r.controlAgents()).isEqualTo(5);
    }

    @Test
    void a_certification_whose_window_after_has_not_ended_is_not_counted_yet() {
        List<AgentSeries> agents = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            agents.add(agent(id, LocalDate.of(2026, 9, 1), true));
            agents.add(agent(id + 10, null, true));
        }
        Result r = ImpactEstimator.estimate(agents, END, Windows.DEFAULT, new Rules(10, 3, 5, 5, 200, 7));
        assertThat(r.effect()).isNull();
        assertThat(r.treatedAgents()).isZero();
    }
}
