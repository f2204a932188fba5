package com.certdesk.catalog.internal;

import com.certdesk.catalog.ModuleStatus;
import com.certdesk.catalog.SkillArea;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.SystemAuthentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo curriculum: the modules in {@code demo/curriculum/*.md}, published, and a realistic spread of agents'
 * progress through them (fixed seed). Adds only modules whose title is not yet in the catalog, so a restart
 * adds nothing twice.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
class DemoCurriculum implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCurriculum.class);

    /** The skill areas of the De-escalation Specialist program's modules (see DemoCertification). */
    static final Set<SkillArea> DE_ESCALATION_SKILLS = EnumSet.of(SkillArea.EMPATHY, SkillArea.DE_ESCALATION,
            SkillArea.SERVICE_RECOVERY);

    private final ModuleRepository modules;
    private final ProgressRepository progress;
    private final PeopleDirectory people;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long seed;

    DemoCurriculum(ModuleRepository modules, ProgressRepository progress, PeopleDirectory people,
            TransactionTemplate tx, Clock clock, @Value("${certdesk.demo.seed:20261122}") long seed) {
        this.modules = modules;
        this.progress = progress;
        this.people = people;
        this.tx = tx;
        this.clock = clock;
        this.seed = seed;
    }

    static List<CurriculumFile> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:demo/curriculum/*.md");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            List<CurriculumFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                files.add(CurriculumFile.parse(resource.getFilename(), text));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> tx.executeWithoutResult(status -> seed()));
    }

    private void seed() {
        Instant now = clock.instant();
        List<LearningModule> created = new ArrayList<>();
        for (CurriculumFile file : load()) {
            if (modules.existsByTitleIgnoreCase(file.title())) {
                continue;
            }
            var module = new LearningModule(file.title(), file.summary(), file.skillArea(), file.minutes(),
                    now.minus(Duration.ofDays(200)));
            file.lessons().forEach(l -> module.addLesson(l.title(), l.body(), null));
            module.setStatus(ModuleStatus.PUBLISHED);
            module.setPublishedAt(now.minus(Duration.ofDays(180)));
            created.add(modules.save(module));
        }
        modules.flush();
        if (created.isEmpty()) {
            log.info("Demo curriculum already present; nothing to add");
            return;
        }
        seedProgress(created, now);
        log.info("Demo curriculum created: {} modules", created.size());
    }

    /**
     * About 55 % of the demo agents (never the fixed login {@code agent}) took part in a de-escalation drive over the
     * last 12 months, so that the De-escalation Specialist certificates they then earn are spread over the year and
     * the others stay as not (yet) certified comparisons for the training-impact analysis.
     */
    private boolean inDeEscalationDrive(long agentId) {
        // SplittableRandom mixes its seed: java.util.Random gives nearly the same first draw for neighbouring seeds
        return new SplittableRandom(seed * 11 + agentId).nextDouble() < 0.55;
    }

    /**
     * How many days ago an agent of the drive did its modules; DemoCertification issues the certificate three days
     * later, by the same formula (18 to 357 days ago).
     */
    static int deEscalationDriveDaysAgo(long seed, long agentId) {
        return 18 + new SplittableRandom(seed * 13 + agentId).nextInt(340);
    }

    private void seedProgress(List<LearningModule> created, Instant now) {
        var random = new Random(seed);
        List<Long> agents = people.activeAgentIds();
        long demoAgent = people.idOf("agent").orElse(-1L);
        List<Object[]> rows = new ArrayList<>();
        for (long agentId : agents) {
            for (int m = 0; m < created.size(); m++) {
                List<Lesson> lessons = created.get(m).getLessons();
                int done;
                if (agentId == demoAgent) {
                    done = m == 0 ? lessons.size() : m == 1 ? Math.min(2, lessons.size() - 1) : 0;
                } else {
                    double roll = random.nextDouble();
                    done = roll < 0.45 ? 0 : roll < 0.65 ? 1 + random.nextInt(Math.max(1, lessons.size() - 1)) : lessons.size();
                }
                Instant when = now.minus(Duration.ofHours(2 + random.nextInt(24 * 150)));
                if (agentId != demoAgent && inDeEscalationDrive(agentId)
                        && DE_ESCALATION_SKILLS.contains(created.get(m).getSkillArea())) {
                    // the year's de-escalation drive: these agents took its modules at some point of the last 12
                    // months (the random draws above are still made, so everyone else's progress stays as it was)
                    done = lessons.size();
                    when = now.minus(Duration.ofDays(deEscalationDriveDaysAgo(seed, agentId))).plus(Duration.ofHours(2L * m));
                }
                for (int l = 0; l < done; l++) {
                    rows.add(new Object[] {agentId, lessons.get(l).getId(), Timestamp.from(when.plus(Duration.ofMinutes(12L * l)))});
                }
            }
            if (rows.size() > 5_000) {
                progress.insertAll(rows);
                rows.clear();
            }
        }
        progress.insertAll(rows);
    }
}
