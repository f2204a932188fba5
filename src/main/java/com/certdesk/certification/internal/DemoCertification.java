package com.certdesk.certification.internal;

import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.SkillArea;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.ProgramDraft;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.UserSummary;
import com.certdesk.quiz.QuizPass;
import com.certdesk.quiz.QuizResults;
import com.certdesk.security.SystemAuthentication;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo certification: four programs built from the demo modules, assigned to the demo teams with due dates past
 * and coming, and certificates that make a realistic mix (see {@link #certify}): a valid certificate only where the
 * holder's learning records meet the program's requirements, lapsed ones from earlier cycles, and De-escalation
 * Specialist for the agents of the year's de-escalation drive at staggered dates over the last 12 months (the demo
 * feedback's CSAT rises after it); agents of the team
 * whose due date passed without certification are overdue. Fixed
 * seed; nothing is added when programs already exist. The first reminder run follows at once, so the bell has
 * real reminders to show.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
class DemoCertification implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCertification.class);
    static final String DE_ESCALATION = "De-escalation Specialist";

    private final ProgramService programService;
    private final ModuleDirectory modules;
    private final TeamService teams;
    private final PeopleDirectory people;
    private final LearningService learning;
    private final QuizResults quizResults;
    private final AssignmentRepository assignments;
    private final CertificateRepository certificates;
    private final ProgramRepository programs;
    private final TransactionTemplate tx;
    private final CertificationReminders reminders;
    private final Clock clock;
    private final long seed;

    DemoCertification(ProgramService programService, ModuleDirectory modules, TeamService teams,
            PeopleDirectory people, LearningService learning, QuizResults quizResults,
            AssignmentRepository assignments, CertificateRepository certificates, ProgramRepository programs,
            TransactionTemplate tx, CertificationReminders reminders, Clock clock, @Value("${certdesk.demo.seed:20261122}") long seed) {
        this.programService = programService;
        this.modules = modules;
        this.teams = teams;
        this.people = people;
        this.learning = learning;
        this.quizResults = quizResults;
        this.assignments = assignments;
        this.certificates = certificates;
        this.programs = programs;
        this.tx = tx;
        this.reminders = reminders;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (programs.count() > 0) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            long started = System.nanoTime();
            Map<SkillArea, Long> bySkill = new EnumMap<>(SkillArea.class);
            for (ModuleRef m : modules.all()) {
                bySkill.putIfAbsent(m.skillArea(), m.id());
            }
            if (bySkill.size() < SkillArea.values().length) {
                log.warn("Demo certification skipped: the demo curriculum is incomplete");
                return;
            }
            List<ProgramSummary> created = createPrograms(bySkill);
            List<TeamSummary> demoTeams = teams.visibleTeams();
            int assigned = tx.execute(status -> assign(created, demoTeams, bySkill));
            int issued = tx.execute(status -> certify(created, demoTeams));
            CertificationReminders.Run reminded = reminders.run();
            log.info("Demo certification: {} programs, {} assignments, {} certificates, {} reminders and {} manager "
                    + "digests in {} ms", created.size(), assigned, issued, reminded.agentReminders(),
                    reminded.managerDigests(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    private List<ProgramSummary> createPrograms(Map<SkillArea, Long> m) {
        return List.of(
                programService.create(new ProgramDraft("Certified Service Professional",
                        "The foundation of great service: a warm first impression, real listening, empathy and a "
                                + "methodical way to solve the customer's problem.",
                        List.of(m.get(SkillArea.FIRST_IMPRESSIONS), m.get(SkillArea.ACTIVE_LISTENING),
                                m.get(SkillArea.EMPATHY), m.get(SkillArea.PROBLEM_SOLVING)), 12, 30, null)),
                programService.create(new ProgramDraft(DE_ESCALATION,
                        "Calm angry customers, recover from mistakes and keep the relationship. Requires a score of "
                                + "at least 85 % in each quiz.",
                        List.of(m.get(SkillArea.EMPATHY), m.get(SkillArea.DE_ESCALATION),
                                m.get(SkillArea.SERVICE_RECOVERY)), 12, 45, 85)),
                programService.create(new ProgramDraft("Written Support Essentials",
                        "Clear, friendly and effortless answers by email and chat.",
                        List.of(m.get(SkillArea.WRITTEN_COMMUNICATION), m.get(SkillArea.LOW_EFFORT_SERVICE)), 24, 60,
                        null)),
                programService.create(new ProgramDraft("Product Knowledge Foundations",
                        "Knows the products well enough to explain them on the phone with confidence.",
                        List.of(m.get(SkillArea.PRODUCT_KNOWLEDGE), m.get(SkillArea.PHONE_ETIQUETTE)), null, 0,
                        null)));
    }

    /** Program 1 to every team (one due date already passed), program 2 and 3 to some, a module to one. */
    private int assign(List<ProgramSummary> created, List<TeamSummary> demoTeams, Map<SkillArea, Long> bySkill) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int count = 0;
        int[] professionalDue = {-6, 21, 5};
        int[] writtenDue = {0, 30, 60};
        for (int i = 0; i < demoTeams.size(); i++) {
            long teamId = demoTeams.get(i).id();
            LocalDate due = today.plusDays(professionalDue[i % professionalDue.length]);
            assignments.save(new Assignment(AssignmentKind.PROGRAM, created.get(0).id(), teamId, null, due, null,
                    now.minusSeconds(86_400L * 40)));
            count++;
            if (i % 3 == 0) {
                assignments.save(new Assignment(AssignmentKind.PROGRAM, created.get(1).id(), teamId, null,
                        today.plusDays(45), null, now.minusSeconds(86_400L * 10)));
                assignments.save(new Assignment(AssignmentKind.MODULE, bySkill.get(SkillArea.PHONE_ETIQUETTE), teamId,
                        null, today.plusDays(14), null, now.minusSeconds(86_400L * 3)));
                count += 2;
            }
            if (i % 3 != 0) {
                assignments.save(new Assignment(AssignmentKind.PROGRAM, created.get(2).id(), teamId, null,
                        today.plusDays(writtenDue[i % writtenDue.length]), null, now.minusSeconds(86_400L * 20)));
                count++;
            }
        }
        return count;
    }

    /**
     * Certificates that keep the demo's own rules: a valid certificate only for an agent whose records meet the
     * program's requirements (checked by DemoDataConsistencyTest). Such agents hold one from the day they finished,
     * some also an earlier one that lapsed; some instead hold last cycle's certificate, now inside its renewal window
     * (history from before Certdesk, since they have retaken the modules here). Agents who have not finished a
     * program's modules hold at most a lapsed certificate from an earlier cycle, never a valid one.
     */
    private int certify(List<ProgramSummary> created, List<TeamSummary> demoTeams) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        SecureRandom codes = new SecureRandom();
        int count = 0;
        for (TeamSummary team : demoTeams) {
            for (UserSummary agent : people.agentsInTeam(team.id(), Pageable.unpaged())) {
                Random random = new Random(seed * 17 + agent.id());
                Set<Long> complete = learning.progressOf(agent.id()).stream().filter(m -> m.progress().complete())
                        .map(m -> m.module().id()).collect(Collectors.toSet());
                List<QuizPass> passes = quizResults.passesOf(agent.id());
                for (ProgramSummary program : created) {
                    Optional<LocalDate> earned = earnedOn(program, complete, passes, zone);
                    Integer months = program.validityMonths();
                    double roll = random.nextDouble();
                    List<LocalDate> issued = new java.util.ArrayList<>();
                    if (program.name().equals(DE_ESCALATION) && complete.containsAll(program.moduleIds())) {
                        // the year's de-escalation drive (see DemoCurriculum): certified three days after taking
                        // its modules, at staggered dates across the last 12 months
                        issued.add(today.minusDays(deEscalationDriveDaysAgo(agent.id()) - 3L));
                    } else if (earned.isPresent() && months != null && roll < 0.25) {
                        // last cycle's certificate, now inside its renewal window
                        issued.add(today.minusMonths(months).plusDays(1 + random.nextInt(Math.max(1,
                                program.windowDays() - 1))));
                    } else if (earned.isPresent() && months != null && roll < 0.4) {
                        // certified before, let it lapse, and certified again when they finished this round
                        issued.add(earned.get().minusMonths(months).minusDays(20 + random.nextInt(90)));
                        issued.add(earned.get());
                    } else if (earned.isPresent()) {
                        issued.add(earned.get());
                    } else if (months != null && roll < (program.name().equals(DE_ESCALATION) ? 0.1 : 0.3)) {
                        // (fewer for De-escalation Specialist, whose never-certified agents are the comparison group
                        // of the demo's training-impact effect)
                        // certified in an earlier cycle and not renewed: lapsed 2 weeks to 4 months ago
                        issued.add(today.minusMonths(months).minusDays(15 + random.nextInt(120)));
                    }
                    int seq = 0;
                    for (LocalDate issuedOn : issued) {
                        LocalDate validUntil = CertificationRules.validUntil(issuedOn, months);
                        Instant issuedAt = issuedOn.atTime(9, 0).atZone(zone).toInstant();
                        byte[] salt = new byte[16];
                        codes.nextBytes(salt);
                        certificates.save(new Certificate(agent.id(), program.id(), ++seq,
                                VerificationCode.generate(codes), issuedAt, issuedOn, issuedOn, validUntil,
                                HexFormat.of().formatHex(salt)));
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** The same formula as DemoCurriculum's: how many days ago an agent of the de-escalation drive took its modules. */
    private int deEscalationDriveDaysAgo(long agentId) {
        return 18 + new java.util.SplittableRandom(seed * 13 + agentId).nextInt(340);
    }

    /** The day the agent met the program's requirements: the latest first qualifying pass of its modules. */
    private static Optional<LocalDate> earnedOn(ProgramSummary program, Set<Long> complete, List<QuizPass> passes,
            ZoneId zone) {
        LocalDate latest = null;
        for (long moduleId : program.moduleIds()) {
            if (!complete.contains(moduleId)) {
                return Optional.empty();
            }
            Optional<LocalDate> passed = passes.stream().filter(p -> p.moduleId() == moduleId)
                    .filter(p -> program.minScore() == null || p.percent() >= program.minScore())
                    .map(p -> LocalDate.ofInstant(p.finishedAt(), zone)).min(LocalDate::compareTo);
            if (passed.isEmpty()) {
                return Optional.empty();
            }
            latest = latest == null || passed.get().isAfter(latest) ? passed.get() : latest;
        }
        return Optional.ofNullable(latest);
    }

}
