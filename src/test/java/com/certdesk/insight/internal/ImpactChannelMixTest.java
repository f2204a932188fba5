package com.certdesk.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.insight.internal.ImpactEstimator.AgentSeries;
import com.certdesk.insight.internal.ImpactEstimator.Result;
import com.certdesk.insight.internal.ImpactEstimator.Rules;
import com.certdesk.insight.internal.ImpactEstimator.Windows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The channel adjustment: certified agents move from chat (90% satisfied) to the phone (70%) after certification
 * while nothing about their service changes. Without the adjustment that reads as a drop of about 10 points; within
 * channel, averaged by the certified agents' channel mix, it is no effect.
 */
class ImpactChannelMixTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 10, 31);

    @Test
    void a_shift_between_channels_is_not_read_as_an_effect_when_adjusted() {
        var random = new SplittableRandom(11);
        List<AgentSeries> all = new ArrayList<>();
        List<AgentSeries> chat = new ArrayList<>();
        List<AgentSeries> phone = new ArrayList<>();
        for (int agent = 1; agent <= 60; agent++) {
            LocalDate certified = agent <= 30 ? LocalDate.of(2025, 7, 10).plusMonths(agent % 8) : null;
            int days = (int) (END.toEpochDay() - START.toEpochDay() + 1);
            int[] d = new int[days];
            long[][] n = new long[3][days];
            double[][] sum = new double[3][days];
            double level = 0.05 * (random.nextDouble() - 0.5);
            for (int i = 0; i < days; i++) {
                LocalDate day = START.plusDays(i);
                d[i] = (int) day.toEpochDay();
                double chatShare = certified != null && !day.isBefore(certified) ? 0.3 : 0.8;
                for (int r = 0; r < 2; r++) {
                    int channel = random.nextDouble() < chatShare ? 1 : 2;
                    double p = (channel == 1 ? 0.9 : 0.7) + level;
                    double y = random.nextDouble() < p ? 1 : 0;
                    n[0][i]++;
                    sum[0][i] += y;
                    n[channel][i]++;
                    sum[channel][i] += y;
                }
            }
            all.add(new AgentSeries(agent, certified, true, d, n[0], sum[0]));
            chat.add(new AgentSeries(agent, certified, true, d, n[1], sum[1]));
            phone.add(new AgentSeries(agent, certified, true, d, n[2], sum[2]));
        }
        Rules rules = new Rules(10, 3, 5, 5, 400, 3);
        Result plain = ImpactEstimator.estimate(all, END, Windows.DEFAULT, rules);
        Result adjusted = ImpactEstimator.estimateWithin(List.of(chat, phone), END, Windows.DEFAULT, rules);
        System.out.printf("channel shift: unadjusted %.3f (%.3f to %.3f), adjusted %.3f (%.3f to %.3f)%n",
                plain.effect().estimate(), plain.effect().low(), plain.effect().high(), adjusted.effect().estimate(),
                adjusted.effect().low(), adjusted.effect().high());
        assertThat(plain.effect().high()).as("the mix shift looks like a drop").isLessThan(0);
        assertThat(adjusted.effect().low()).isLessThanOrEqualTo(0);
        assertThat(adjusted.effect().high()).isGreaterThanOrEqualTo(0);
        assertThat(adjusted.treatedAgents()).isEqualTo(plain.treatedAgents());
    }
}
