package com.certdesk.insight.internal;

import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.engagement.DefaultPulse;
import com.certdesk.engagement.DemoSurveys;
import com.certdesk.engagement.EngagementSettings;
import com.certdesk.engagement.ItemKind;
import com.certdesk.engagement.PulseQuestion;
import com.certdesk.engagement.ScoreImports;
import com.certdesk.engagement.WaveView;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.SystemAuthentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo engagement: the Service team pulse, monthly since the first of the month six months ago, each wave open two
 * weeks, with answers from about 85% of the agents asked (the current wave, when open, half answered so far, never by
 * the {@code agent} login, who finds it waiting). Each agent has a steady disposition, teams differ a little, and
 * every certificate an agent holds when a wave opens lifts their answers modestly (on the agreement scale 0.15 per
 * certificate, at most three), so that the insight feature has an honest, small relation to find. The three-person
 * Escalations team of the demo people shows the suppression. Runs after the demo feedback; adds nothing when any
 * survey exists.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
class DemoPulse implements ApplicationRunner {

    static final int MONTHS = 6;
    static final double CERTIFICATE_LIFT = 0.15;
    private static final Logger log = LoggerFactory.getLogger(DemoPulse.class);
    private static final Map<String, Double> THEME_OFFSET = Map.of("Purpose", 0.35, "Enablement", -0.1, "Growth",
            0.05, "Recognition", -0.45, "Wellbeing", -0.35, "Team", 0.45, "Manager", 0.1);
    private static final List<String> COMMENTS = List.of(
            "Fewer tools to switch between during a call would help a lot.",
            "The knowledge base is often out of date after a release.",
            "More time between chats on busy days.",
            "I would like to shadow the escalations team for a day.",
            "Clearer rules on when I can offer a refund without asking.",
            "The new macros save me time, thank you.",
            "Feedback from customers reaches us too late to act on.",
            "Our team meetings are useful; please keep them.",
            "Training on difficult calls helped me more than I expected.",
            "Shift swaps are hard to arrange.",
            "I want to know what happens to the ideas we send in.",
            "Better headsets for the phone queue.",
            "Hand-offs to billing take too long for the customer.",
            "More recognition when a hard case goes well.",
            "Quiet space for writing long e-mail replies.");

    static final String CULTURE_MEASURE = "Culture survey engagement";

    private final DemoSurveys demo;
    private final ScoreImports scoreImports;
    private final PeopleDirectory people;
    private final CertificateService certificates;
    private final EngagementSettings settings;
    private final OrganizationTime time;
    private final long seed;
    private final boolean enabled;
    /** Each agent's leaning in the pulse answers, so that their culture survey scores agree with them. */
    private Map<Long, Double> dispositions = Map.of();

    DemoPulse(DemoSurveys demo, ScoreImports scoreImports, PeopleDirectory people, CertificateService certificates,
            EngagementSettings settings, OrganizationTime time, @Value("${certdesk.demo.seed:20261122}") long seed,
            @Value("${certdesk.demo.engagement.enabled:true}") boolean enabled) {
        this.demo = demo;
        this.scoreImports = scoreImports;
        this.people = people;
        this.certificates = certificates;
        this.settings = settings;
        this.time = time;
        this.seed = seed;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            if (demo.anySurvey()) {
                log.info("Demo engagement already present; nothing to add");
                return;
            }
            long started = System.nanoTime();
            int answers = create();
            int scores = scoreImports.imports().isEmpty() ? importCultureSurvey() : 0;
            log.info("Demo engagement: {} responses and {} imported scores in {} ms", answers, scores,
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    int create() {
        LocalDate today = time.today();
        LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS);
        List<WaveView> waves = demo.activeSince(DefaultPulse.draft(settings.organizationName(), first));
        if (waves.isEmpty()) {
            return 0;
        }
        List<PulseQuestion> questions = demo.questions(waves.getFirst().surveyId());
        var random = new Random(seed ^ 0x5EED_E46AL);
        Map<Long, Double> disposition = new HashMap<>();
        Map<Long, List<LocalDate>> certified = new HashMap<>();
        Long agentLogin = people.idOf("agent").orElse(null);
        int answers = 0;
        for (WaveView wave : waves) {
            boolean open = wave.open();
            for (long userId : demo.invitees(wave.id())) {
                if (open && (userId == (agentLogin == null ? -1 : agentLogin) || random.nextDouble() > 0.5)
                        || !open && random.nextDouble() > 0.85) {
                    continue;
                }
                double self = disposition.computeIfAbsent(userId, id -> 0.6 * random.nextGaussian());
                List<LocalDate> issued = certified.computeIfAbsent(userId, id -> certificates.of(id).stream()
                        .filter(c -> !c.revoked()).map(CertificateView::issuedOn).toList());
                long held = issued.stream().filter(d -> d.isBefore(wave.opensOn())).count();
                double lift = CERTIFICATE_LIFT * Math.min(3, held);
                Map<Long, Integer> scores = new HashMap<>();
                for (PulseQuestion q : questions) {
                    scores.put(q.id(), score(q, self + lift, random));
                }
                String comment = random.nextDouble() < 0.35 ? COMMENTS.get(random.nextInt(COMMENTS.size())) : null;
                demo.answer(wave.id(), userId, scores, comment, answeredAt(wave, today, random));
                answers++;
            }
        }
        this.dispositions = disposition;
        return answers;
    }

    /**
     * Scores of a yearly-style culture survey from an outside tool, on two dates, imported the way HR would: through
     * a CSV file and the real import (mean of each person's answers on 1-5, one decimal).
     */
    int importCultureSurvey() {
        var random = new Random(seed ^ 0xC0_17E5L);
        LocalDate today = time.today();
        List<LocalDate> dates = List.of(today.minusMonths(5).withDayOfMonth(15), today.minusMonths(2)
                .withDayOfMonth(15));
        StringBuilder csv = new StringBuilder("person_email,survey_date,measure,score,scale_min,scale_max\n");
        for (var agent : people.activeAgentsAndTeams()) {
            String email = people.person(agent.userId()).email();
            double self = dispositions.getOrDefault(agent.userId(), 0.6 * random.nextGaussian());
            for (LocalDate date : dates) {
                if (random.nextDouble() < 0.2) {
                    continue;
                }
                double score = Math.clamp(3.5 + 0.55 * self + 0.35 * random.nextGaussian(), 1, 5);
                csv.append(email).append(',').append(date).append(',').append(CULTURE_MEASURE).append(',')
                        .append(String.format(java.util.Locale.ROOT, "%.1f", score)).append(",1,5\n");
            }
        }
        try {
            Path file = Files.createTempFile("certdesk-demo-scores", ".csv");
            try {
                Files.writeString(file, csv);
                return scoreImports.importFile(file, "culture-survey-demo.csv").newScores();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int score(PulseQuestion q, double engagement, Random random) {
        if (q.kind() == ItemKind.ENPS) {
            return (int) Math.clamp(Math.round(7.9 + 1.9 * engagement + 1.4 * random.nextGaussian()), 0, 10);
        }
        double mean = 3.55 + THEME_OFFSET.getOrDefault(q.theme(), 0.0) + engagement;
        return (int) Math.clamp(Math.round(mean + 0.85 * random.nextGaussian()), 1, 5);
    }

    private Instant answeredAt(WaveView wave, LocalDate today, Random random) {
        LocalDate last = wave.closesOn().isBefore(today) ? wave.closesOn() : today;
        long days = ChronoUnit.DAYS.between(wave.opensOn(), last);
        LocalDate day = wave.opensOn().plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
        Instant at = time.startOf(day).plusSeconds(8 * 3600 + random.nextInt(9 * 3600));
        return day.equals(today) ? time.startOf(today) : at;
    }

}
