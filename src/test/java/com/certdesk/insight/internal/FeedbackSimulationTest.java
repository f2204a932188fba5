package com.certdesk.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The synthetic ratings behind the demo and the benchmarks: deterministic, varied, and with a known effect. */
class FeedbackSimulationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final List<String> TEAMS = List.of("Billing Support", "Technical Support", "Social & Chat");

    static List<FeedbackSimulation.Agent> organization(int teams, int perTeam, long seed) {
        Random random = new Random(seed);
        List<FeedbackSimulation.Agent> agents = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            for (int a = 0; a < perTeam; a++) {
                String key = "ext-" + t + "-" + a;
                // half certified at a staggered date inside the year, a quarter never, a quarter hired recently
                LocalDate certified = random.nextBoolean() ? TODAY.minusDays(30 + random.nextInt(300)) : null;
                LocalDate hired = random.nextInt(4) == 0 ? TODAY.minusDays(60 + random.nextInt(200))
                        : TODAY.minusYears(2);
                agents.add(new FeedbackSimulation.Agent(key, key, key + "@example.com", "Agent" + a,
                        TEAMS.get(t % TEAMS.size()), hired, certified));
            }
        }
        return agents;
    }

    static List<RatingInput> simulate(long seed, int months, double effect, List<FeedbackSimulation.Agent> agents) {
        var simulation = new FeedbackSimulation(new FeedbackSimulation.Settings(seed, TODAY.minusMonths(months), TODAY,
                ZONE, 4, effect, "demo-"), FeedbackSimulation.loadComments());
        List<RatingInput> out = new ArrayList<>();
        agents.forEach(a -> simulation.generate(a, out::add));
        return out;
    }

    static String checksum(List<RatingInput> ratings) {
        var checksum = new FeedbackSimulation.Checksum();
        ratings.forEach(checksum);
        return checksum.count() + ":" + checksum.hex();
    }

    @Test
    void the_same_seed_gives_the_same_ratings_and_another_seed_other_ones() {
        var agents = organization(3, 10, 1);
        List<RatingInput> first = simulate(42, 2, 0.04, agents);
        List<RatingInput> again = simulate(42, 2, 0.04, agents);
        List<RatingInput> other = simulate(43, 2, 0.04, agents);

        assertThat(first).hasSizeGreaterThan(3 * 10 * 40);
        assertThat(checksum(again)).isEqualTo(checksum(first));
        assertThat(checksum(other)).isNotEqualTo(checksum(first));
    }

    @Test
    void demo_ratings_hold_every_metric_and_channel_with_comments_reasons_and_languages() {
        List<RatingInput> ratings = simulate(7, 2, 0.04, organization(3, 10, 2));

        assertThat(ratings).extracting(RatingInput::metric).containsOnly(Metric.values())
                .contains(Metric.values());
        assertThat(ratings).extracting(RatingInput::channel).contains("email", "chat", "phone", "web", "social");
        assertThat(ratings.stream().filter(r -> r.metric() == Metric.CSAT_BINARY).map(RatingInput::sourceSystem))
                .containsOnly("zendesk");
        Set<String> keys = new HashSet<>();
        for (RatingInput r : ratings) {
            assertThat(RatingRules.problems(r, TODAY.atStartOfDay(ZONE).toInstant())).as(r.toString()).isEmpty();
            assertThat(keys.add(r.sourceSystem() + "|" + r.sourceRecordId() + "|" + r.questionKey())).isTrue();
            assertThat(r.respondedAt()).isBefore(TODAY.atStartOfDay(ZONE).toInstant());
        }
        long withComment = ratings.stream().filter(r -> r.comment() != null).count();
        assertThat(withComment).isBetween(ratings.size() / 10L, ratings.size() / 2L);
        assertThat(ratings).extracting(RatingInput::reason).contains("The issue took too long to be solved");
        assertThat(ratings).extracting(RatingInput::language).contains("en", "de", "fr", "es");
        assertThat(ratings.stream().filter(r -> r.metric() == Metric.CES && r.score() == null)).isNotEmpty();
        assertThat(FeedbackSimulation.loadComments().all()).hasSizeGreaterThan(200);
    }

    @Test
    void satisfaction_dips_in_december_and_differs_by_channel() {
        List<RatingInput> ratings = simulate(11, 12, 0.0, organization(3, 40, 3));
        Map<String, double[]> byChannel = new HashMap<>();
        double[] december = new double[2];
        double[] october = new double[2];
        for (RatingInput r : ratings) {
            if (r.metric().measure() != com.certdesk.feedback.Measure.CSAT || r.score() == null) {
                continue;
            }
            int satisfied = satisfied(r);
            add(byChannel.computeIfAbsent(r.channel(), c -> new double[2]), satisfied);
            YearMonth month = YearMonth.from(r.respondedAt().atZone(ZONE));
            if (month.getMonthValue() == 12) {
                add(december, satisfied);
            } else if (month.getMonthValue() == 10) {
                add(october, satisfied);
            }
        }
        assertThat(share(october) - share(december)).isBetween(0.03, 0.09);
        assertThat(share(byChannel.get("chat"))).isGreaterThan(share(byChannel.get("social")) + 0.05);
    }

    @Test
    void csat_rises_by_the_configured_effect_after_de_escalation_certification() {
        var agents = organization(3, 100, 5);
        assertThat(estimatedEffect(simulate(99, 12, 0.04, agents), agents)).isCloseTo(0.04, within(0.015));
        assertThat(estimatedEffect(simulate(99, 12, 0.0, agents), agents)).isCloseTo(0.0, within(0.015));
    }

    /**
     * Within each certified agent: the mean of (satisfied minus the same month's share satisfied of agents not
     * certified by then) after certification minus before; the month adjustment takes out the seasonal dip.
     */
    static double estimatedEffect(List<RatingInput> ratings, List<FeedbackSimulation.Agent> agents) {
        Map<String, FeedbackSimulation.Agent> byKey = new HashMap<>();
        agents.forEach(a -> byKey.put(a.externalId(), a));
        Map<YearMonth, double[]> controls = new HashMap<>();
        for (RatingInput r : ratings) {
            var agent = byKey.get(r.agentId());
            LocalDate day = LocalDate.ofInstant(r.respondedAt(), ZONE);
            if (isCsat(r) && (agent.certifiedOn() == null || day.isBefore(agent.certifiedOn()))) {
                add(controls.computeIfAbsent(YearMonth.from(day), m -> new double[2]), satisfied(r));
            }
        }
        Map<String, double[]> before = new HashMap<>();
        Map<String, double[]> after = new HashMap<>();
        for (RatingInput r : ratings) {
            var agent = byKey.get(r.agentId());
            if (!isCsat(r) || agent.certifiedOn() == null) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(r.respondedAt(), ZONE);
            double residual = satisfied(r) - share(controls.get(YearMonth.from(day)));
            double[] sums = (day.isBefore(agent.certifiedOn()) ? before : after)
                    .computeIfAbsent(r.agentId(), k -> new double[2]);
            sums[0] += residual;
            sums[1]++;
        }
        double total = 0;
        int n = 0;
        for (String key : before.keySet()) {
            if (after.containsKey(key) && before.get(key)[1] >= 30 && after.get(key)[1] >= 30) {
                total += share(after.get(key)) - share(before.get(key));
                n++;
            }
        }
        assertThat(n).as("certified agents with ratings before and after").isGreaterThan(50);
        return total / n;
    }

    private static boolean isCsat(RatingInput r) {
        return r.metric().measure() == com.certdesk.feedback.Measure.CSAT && r.score() != null;
    }

    private static int satisfied(RatingInput r) {
        return RatingRules.satisfied(r.metric(), r.scaleMax(), r.score()) ? 1 : 0;
    }

    private static void add(double[] sums, int value) {
        sums[0] += value;
        sums[1]++;
    }

    private static double share(double[] sums) {
        return sums[0] / sums[1];
    }
}
