package com.certdesk.insight.internal;

import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic customer ratings for demo agents and benchmarks: a pure function of the settings, the agents and the
 * seed (no database, no clock of its own), so the same inputs always give the same ratings.
 *
 * <p>The model, per agent and day over [first day, last day): the number of ratings is Poisson with a weekday
 * pattern, a busier November-December and an agent-level volume; each rating picks a channel from the agent's team's
 * mix (chat and phone better than email, web and social worse), and a metric: CSAT 1-5 (qualtrics, 45 %), CSAT good
 * or bad (zendesk, 20 %), NPS 0-10 (qualtrics, 20 %), CES 1-7 (surveymonkey, 15 %). The probability that a CSAT
 * customer is satisfied (4-5 of 5, "good") is {@code base + agent + channel + month}: the agent's own level (normal,
 * sd 5 points), the channel's, a seasonal one (a December holiday dip of 5 points, a smaller one in January and at
 * Black Friday) and a little month-to-month noise; <b>after an agent's De-escalation Specialist certificate it is
 * {@code effect} higher</b> (default 4 points). NPS and CES follow the same agent, channel and season levels but not
 * the certificate. About a quarter of the ratings carry a comment from {@link CommentPool}, matching the score's
 * tone, some of the bad ones a reason.
 */
final class FeedbackSimulation {

    /** The sources and questions the demo ratings come from. */
    static final String CSAT_SOURCE = "qualtrics";
    static final String BINARY_SOURCE = "zendesk";
    static final String NPS_SOURCE = "qualtrics";
    static final String CES_SOURCE = "surveymonkey";
    static final List<String> CHANNELS = List.of("email", "chat", "phone", "web", "social");
    private static final double[] CHANNEL_LEVEL = {0.0, 0.03, 0.01, -0.03, -0.07};
    /** Share satisfied by calendar month (January first) on top of the base: December's holiday dip. */
    private static final double[] MONTH_LEVEL = {-0.02, 0, 0, 0, 0, 0.005, 0.01, 0.01, 0, 0, -0.015, -0.05};
    private static final double[] MONTH_VOLUME = {1.05, 0.95, 1, 1, 0.95, 0.9, 0.85, 0.85, 1, 1, 1.2, 1.3};
    private static final List<String> ZENDESK_REASONS = List.of("The issue took too long to be solved",
            "The issue was not solved", "The agent's knowledge is unsatisfactory",
            "The agent's attitude is unsatisfactory", "Some other reason");
    private static final List<String> CSAT_REASONS = List.of("Waiting time", "Not resolved", "Transferred too often",
            "Had to repeat myself", "Unclear answer", "Policy", "Product problem");

    /**
     * What to simulate: ratings on the days [first, last), {@code ratingsPerAgentDay} on an average weekday, the
     * satisfied-probability {@code effect} after the certificate, in the organization's time zone.
     */
    record Settings(long seed, LocalDate first, LocalDate last, ZoneId zone, double ratingsPerAgentDay,
            double effect, String recordPrefix) {
    }

    /**
     * One agent: {@code key} names them stably across runs (the external id), {@code certifiedOn} is the day they
     * earned De-escalation Specialist (null: not / not yet), {@code teamName} decides the channel mix.
     */
    record Agent(String key, @Nullable String externalId, @Nullable String email, String firstName,
            @Nullable String teamName, @Nullable LocalDate activeFrom, @Nullable LocalDate certifiedOn) {
    }

    private final Settings settings;
    private final CommentPool comments;
    private final double[] monthNoise = new double[12 * 3];

    FeedbackSimulation(Settings settings, CommentPool comments) {
        this.settings = settings;
        this.comments = comments;
        Random random = new Random(new java.util.SplittableRandom(settings.seed()).nextLong());
        for (int i = 0; i < monthNoise.length; i++) {
            monthNoise[i] = (random.nextDouble() - 0.5) * 0.02;
        }
    }

    /** Probability that a CSAT customer of this agent is satisfied, on a channel, on a day: the whole model. */
    double satisfiedProbability(double agentLevel, int channel, LocalDate day, boolean certified) {
        int month = day.getMonthValue() - 1;
        int noise = Math.floorMod(day.getYear() * 12 + month, monthNoise.length);
        double p = 0.80 + agentLevel + CHANNEL_LEVEL[channel] + MONTH_LEVEL[month] + monthNoise[noise]
                + (certified ? settings.effect() : 0);
        return Math.clamp(p, 0.05, 0.98);
    }

    /** The agent's own level of satisfaction, drawn once from the seed and their key. */
    double agentLevel(Agent agent) {
        return Math.clamp(new Random(agentSeed(agent)).nextGaussian() * 0.05, -0.15, 0.12);
    }

    /** Generates every rating of one agent, oldest first, and hands them to {@code out}; returns how many. */
    int generate(Agent agent, Consumer<RatingInput> out) {
        long agentSeed = agentSeed(agent);
        Random random = new Random(agentSeed);
        double level = agentLevel(agent);
        random.nextGaussian(); // the draw agentLevel made
        double volume = 0.6 + random.nextDouble() * 0.8;
        double[] mix = channelMix(agent.teamName(), random);
        LocalDate day = settings.first();
        if (agent.activeFrom() != null && agent.activeFrom().isAfter(day)) {
            day = agent.activeFrom();
        }
        int count = 0;
        for (; day.isBefore(settings.last()); day = day.plusDays(1)) {
            double rate = settings.ratingsPerAgentDay() * volume * MONTH_VOLUME[day.getMonthValue() - 1]
                    * (day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.4 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.25 : 1.1);
            int n = poisson(rate, random);
            boolean certified = agent.certifiedOn() != null && !day.isBefore(agent.certifiedOn());
            for (int i = 0; i < n; i++) {
                out.accept(rating(agent, agentSeed, day, count++, level, mix, certified, random));
            }
        }
        return count;
    }

    private RatingInput rating(Agent agent, long agentSeed, LocalDate day, int seq, double level, double[] mix,
            boolean certified, Random random) {
        int channel = pick(mix, random);
        String channelName = CHANNELS.get(channel);
        int minute = (channel == 2 ? 9 * 60 : 8 * 60) + random.nextInt(channel == 2 ? 9 * 60 : 12 * 60);
        Instant at = day.atStartOfDay(settings.zone()).plusMinutes(minute).plusSeconds(random.nextInt(60)).toInstant();
        String id = settings.recordPrefix() + Long.toString(agentSeed & 0xffffffffL, 36) + "-" + seq;
        String ticket = Long.toString(10_000_000L + Math.floorMod(agentSeed * 31 + seq, 89_999_999L));
        double roll = random.nextDouble();
        double p = satisfiedProbability(level, channel, day, certified);
        // NPS and CES follow the agent, channel and season, not the certificate
        double quality = p - (certified ? settings.effect() : 0) - 0.80;
        if (roll < 0.45) {
            boolean satisfied = random.nextDouble() < p;
            int score = satisfied ? (random.nextDouble() < 0.62 ? 5 : 4)
                    : new int[] {1, 2, 2, 3, 3, 3}[random.nextInt(6)];
            Tone tone = satisfied ? Tone.POS : score == 3 ? Tone.NEU : score == 1 && random.nextDouble() < 0.3
                    ? Tone.ANGRY : Tone.NEG;
            Comment comment = comment(tone, satisfied ? 0.2 : 0.4, agent, random);
            String reason = !satisfied && score <= 2 && random.nextDouble() < 0.5
                    ? CSAT_REASONS.get(random.nextInt(CSAT_REASONS.size())) : null;
            return input(CSAT_SOURCE, id, "QID1", Metric.CSAT, 1, 5, Integer.toString(score), score, at, ticket, agent,
                    channelName, "SV_demo_csat", comment, reason);
        }
        if (roll < 0.65) {
            boolean good = random.nextDouble() < p;
            Comment comment = comment(good ? Tone.POS : random.nextDouble() < 0.12 ? Tone.ANGRY : Tone.NEG,
                    good ? 0.2 : 0.35, agent, random);
            String reason = good || random.nextDouble() < 0.3 ? null
                    : ZENDESK_REASONS.get(random.nextInt(ZENDESK_REASONS.size()));
            return input(BINARY_SOURCE, id, "satisfaction", Metric.CSAT_BINARY, 0, 1, good ? "good" : "bad",
                    good ? 1 : 0, at, ticket, agent, channelName.equals("phone") ? "email" : channelName, "zd-legacy",
                    comment, reason);
        }
        if (roll < 0.85) {
            double promoter = Math.clamp(0.47 + 1.6 * quality, 0.05, 0.9);
            double detractor = Math.clamp(0.17 - 1.1 * quality, 0.02, 0.8);
            double r = random.nextDouble();
            int score = r < promoter ? (random.nextDouble() < 0.55 ? 10 : 9)
                    : r < promoter + detractor ? new int[] {0, 2, 3, 4, 5, 5, 6, 6, 6}[random.nextInt(9)]
                    : 7 + random.nextInt(2);
            Tone tone = score >= 9 ? Tone.POS : score >= 7 ? Tone.NEU : score <= 2 ? Tone.ANGRY : Tone.NEG;
            Comment comment = comment(tone, 0.3, agent, random);
            return input(NPS_SOURCE, id, "QID2", Metric.NPS, 0, 10, Integer.toString(score), score, at, ticket, agent,
                    channelName, "SV_demo_nps", comment, null);
        }
        if (random.nextDouble() < 0.03) {
            // opened the effort survey and left without answering: stored, never counted
            return input(CES_SOURCE, id, "effort", Metric.CES, 1, 7, null, null, at, ticket, agent, channelName,
                    "SM-demo", null, null);
        }
        int score = (int) Math.clamp(Math.round(5.3 + 5 * quality + random.nextGaussian() * 1.2), 1, 7);
        Comment comment = comment(score >= 5 ? Tone.POS : score >= 4 ? Tone.NEU : Tone.NEG, 0.1, agent, random);
        return input(CES_SOURCE, id, "effort", Metric.CES, 1, 7, Integer.toString(score), score, at, ticket, agent,
                channelName, "SM-demo", comment, null);
    }

    private RatingInput input(String source, String id, String question, Metric metric, int min, int max,
            @Nullable String raw, @Nullable Integer score, Instant at, String ticket, Agent agent, String channel,
            String survey, @Nullable Comment comment, @Nullable String reason) {
        return new RatingInput(source, id, question, metric, min, max, raw, score, at, ticket, agent.externalId(),
                agent.email(), null, channel, survey, comment == null ? null : comment.text(), reason,
                comment == null ? "en" : comment.language());
    }

    private @Nullable Comment comment(Tone tone, double probability, Agent agent, Random random) {
        if (random.nextDouble() >= probability) {
            return null;
        }
        List<CommentPool.Comment> pool = comments.of(tone);
        CommentPool.Comment c = pool.get(random.nextInt(pool.size()));
        if (tone == Tone.POS && c.language().equals("en") && random.nextDouble() < 0.12) {
            return new Comment(c.text() + " " + agent.firstName() + " was great.", c.language());
        }
        return new Comment(c.text(), c.language());
    }

    record Comment(String text, String language) {
    }

    enum Tone {
        POS, NEU, NEG, ANGRY;

        static Tone parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The channel mix of a team, by its name (a chat team chats), with a little individual variation. */
    private static double[] channelMix(@Nullable String teamName, Random random) {
        String name = teamName == null ? "" : teamName.toLowerCase(Locale.ROOT);
        double[] mix = name.contains("chat") || name.contains("social") ? new double[] {0.1, 0.5, 0.05, 0.1, 0.25}
                : name.contains("technical") ? new double[] {0.3, 0.25, 0.35, 0.08, 0.02}
                : name.contains("billing") || name.contains("business") ? new double[] {0.45, 0.15, 0.3, 0.08, 0.02}
                : name.contains("returns") || name.contains("retention") ? new double[] {0.3, 0.2, 0.35, 0.1, 0.05}
                : new double[] {0.3, 0.3, 0.2, 0.12, 0.08};
        for (int i = 0; i < mix.length; i++) {
            mix[i] *= 0.8 + random.nextDouble() * 0.4;
        }
        return mix;
    }

    private static int pick(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= random.nextDouble();
            n++;
        }
        return n;
    }

    private long agentSeed(Agent agent) {
        long h = 1125899906842597L;
        for (char c : agent.key().toCharArray()) {
            h = 31 * h + c;
        }
        // mixed, since java.util.Random's first draws are nearly equal for neighbouring seeds
        return new java.util.SplittableRandom(settings.seed() * 6364136223846793005L + h).nextLong();
    }

    /** A checksum over every field of the ratings in order: equal checksums mean the same ratings. */
    static final class Checksum implements Consumer<RatingInput> {
        private final MessageDigest digest;
        private long count;

        Checksum() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void accept(RatingInput r) {
            count++;
            String line = String.join("\u001f", r.sourceSystem(), r.sourceRecordId(), r.questionKey(),
                    r.metric().name(), Integer.toString(r.scaleMin()), Integer.toString(r.scaleMax()),
                    String.valueOf(r.sourceScoreRaw()), String.valueOf(r.score()), r.respondedAt().toString(),
                    String.valueOf(r.ticketId()), String.valueOf(r.agentId()), String.valueOf(r.agentEmail()),
                    String.valueOf(r.channel()), String.valueOf(r.surveyId()), String.valueOf(r.comment()),
                    String.valueOf(r.reason()), String.valueOf(r.language())) + "\n";
            digest.update(line.getBytes(StandardCharsets.UTF_8));
        }

        long count() {
            return count;
        }

        String hex() {
            try {
                return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The comment pool, loaded once from {@code demo/feedback/comments.tsv}. */
    static CommentPool loadComments() {
        try (InputStream in = FeedbackSimulation.class.getResourceAsStream("/demo/feedback/comments.tsv")) {
            if (in == null) {
                throw new IllegalStateException("demo/feedback/comments.tsv is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<CommentPool.Comment> all = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                all.add(new CommentPool.Comment(Tone.parse(parts[0]), parts[1].strip(), parts[2].strip()));
            }
            return new CommentPool(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Comments by tone. */
    static final class CommentPool {

        record Comment(Tone tone, String language, String text) {
        }

        private final List<Comment> all;
        private final Map<Tone, List<Comment>> byTone = new java.util.EnumMap<>(Tone.class);

        CommentPool(List<Comment> all) {
            this.all = List.copyOf(all);
            for (Tone tone : Tone.values()) {
                List<Comment> list = all.stream().filter(c -> c.tone() == tone).toList();
                byTone.put(tone, list.isEmpty() ? this.all : list);
            }
        }

        List<Comment> all() {
            return all;
        }

        List<Comment> of(Tone tone) {
            return byTone.get(tone);
        }
    }
}
