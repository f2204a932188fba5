package com.certdesk.insight.internal;

import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.BatchSummary;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingsRejectedException;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.UserSummary;
import com.certdesk.security.SystemAuthentication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo customer feedback: {@code certdesk.demo.feedback.months} (12) months of synthetic ratings for every demo
 * agent, ending yesterday, from {@link FeedbackSimulation} (all three measures, five channels, written comments, a
 * December dip, agent-level differences, and CSAT {@code certdesk.demo.feedback.effect} higher after the agent's
 * De-escalation Specialist certificate), stored through {@link FeedbackImports#store} in batches of origin DEMO as
 * the system. Runs after the demo certification (it needs the certificate dates); does nothing when a DEMO batch
 * already exists, so a restart adds nothing.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
class DemoFeedback implements ApplicationRunner {

    /** The program whose certificate moves CSAT in the demo (created by the demo certification). */
    static final String EFFECT_PROGRAM = "De-escalation Specialist";
    static final String FORMAT = "DEMO";
    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);

    private final FeedbackImports imports;
    private final PeopleDirectory people;
    private final ProgramService programs;
    private final CertificateService certificates;
    private final OrganizationTime time;
    private final boolean enabled;
    private final long seed;
    private final int months;
    private final double ratingsPerAgentDay;
    private final double effect;
    private final int batchSize;

    DemoFeedback(FeedbackImports imports, PeopleDirectory people, ProgramService programs,
            CertificateService certificates, OrganizationTime time,
            @Value("${certdesk.demo.feedback.enabled:true}") boolean enabled,
            @Value("${certdesk.demo.seed:20261122}") long seed,
            @Value("${certdesk.demo.feedback.months:12}") int months,
            @Value("${certdesk.demo.feedback.ratings-per-agent-day:4}") double ratingsPerAgentDay,
            @Value("${certdesk.demo.feedback.effect:0.04}") double effect,
            @Value("${certdesk.demo.feedback.batch-size:5000}") int batchSize) {
        this.imports = imports;
        this.people = people;
        this.programs = programs;
        this.certificates = certificates;
        this.time = time;
        this.enabled = enabled;
        this.seed = seed;
        this.months = Math.max(1, months);
        this.ratingsPerAgentDay = ratingsPerAgentDay;
        this.effect = effect;
        this.batchSize = Math.clamp(batchSize, 1, 50_000);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            if (demoBatchExists()) {
                log.info("Demo feedback already present; nothing to add");
                return;
            }
            long started = System.nanoTime();
            List<FeedbackSimulation.Agent> agents = agents();
            long stored = store(settings(), agents);
            log.info("Demo feedback: {} ratings for {} agents in {} ms", stored, agents.size(),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    /** The simulation's settings: the last {@code months} months up to today (exclusive), in the organization's zone. */
    FeedbackSimulation.Settings settings() {
        LocalDate today = time.today();
        return new FeedbackSimulation.Settings(seed, today.minusMonths(months), today, time.zone(),
                ratingsPerAgentDay, effect, "demo-");
    }

    boolean demoBatchExists() {
        for (int page = 0; ; page++) {
            Page<BatchSummary> batches = imports.batches(PageRequest.of(page, 200));
            if (batches.stream().anyMatch(b -> b.origin() == BatchOrigin.DEMO)) {
                return true;
            }
            if (!batches.hasNext()) {
                return false;
            }
        }
    }

    /** Every active agent with what the simulation needs, in id order (as the system). */
    List<FeedbackSimulation.Agent> agents() {
        Optional<Long> programId = programs.all().stream().filter(p -> p.name().equals(EFFECT_PROGRAM))
                .map(ProgramSummary::id).findFirst();
        List<FeedbackSimulation.Agent> agents = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<UserSummary> users = people.agentsOfVisibleTeams(PageRequest.of(page, 500, Sort.by("id")));
            for (UserSummary u : users) {
                LocalDate certified = programId.flatMap(id -> certificates.of(u.id()).stream()
                        .filter(c -> c.programId() == id && !c.revoked()).map(CertificateView::issuedOn)
                        .min(LocalDate::compareTo)).orElse(null);
                agents.add(agent(u, certified));
            }
            if (!users.hasNext()) {
                return agents;
            }
        }
    }

    static FeedbackSimulation.Agent agent(UserSummary u, @Nullable LocalDate certifiedOn) {
        String first = u.displayName().strip().split("\\s+")[0];
        String key = u.externalId() != null ? u.externalId() : u.username();
        return new FeedbackSimulation.Agent(key, u.externalId(), u.email(), first, u.teamName(), u.hireDate(),
                certifiedOn);
    }

    /** Simulates and stores the ratings of these agents in batches; returns how many were stored. */
    long store(FeedbackSimulation.Settings settings, List<FeedbackSimulation.Agent> agents) {
        return store(settings, agents, Long.MAX_VALUE);
    }

    /** As {@link #store(FeedbackSimulation.Settings, List)}, stopping after {@code limit} ratings (benchmarks). */
    long store(FeedbackSimulation.Settings settings, List<FeedbackSimulation.Agent> agents, long limit) {
        var simulation = new FeedbackSimulation(settings, FeedbackSimulation.loadComments());
        var writer = new BatchWriter(settings.seed());
        long[] generated = {0};
        for (FeedbackSimulation.Agent agent : agents) {
            if (generated[0] >= limit) {
                break;
            }
            simulation.generate(agent, r -> {
                if (generated[0]++ < limit) {
                    writer.accept(r);
                }
            });
        }
        writer.flush();
        return writer.stored;
    }

    private final class BatchWriter implements Consumer<RatingInput> {
        private final long seed;
        private final List<RatingInput> batch = new ArrayList<>();
        private long stored;
        private int part;

        BatchWriter(long seed) {
            this.seed = seed;
        }

        @Override
        public void accept(RatingInput rating) {
            batch.add(rating);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            part++;
            try {
                stored += imports.store(BatchOrigin.DEMO, FORMAT, "Demo data: synthetic ratings (seed " + seed
                        + "), part " + part, List.copyOf(batch)).imported();
            } catch (RatingsRejectedException e) {
                log.error("Demo feedback part {} was refused: {} (first: {})", part, e.getMessage(),
                        e.problems().isEmpty() ? "" : e.problems().getFirst());
                throw e;
            }
            batch.clear();
        }
    }
}
