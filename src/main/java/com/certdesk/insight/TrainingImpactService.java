package com.certdesk.insight;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.AgentDays;
import com.certdesk.feedback.FeedbackFigures;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.TrainingImpact.Effect;
import com.certdesk.insight.TrainingImpact.MonthEffect;
import com.certdesk.insight.internal.ImpactEstimator;
import com.certdesk.insight.internal.ImpactEstimator.AgentSeries;
import com.certdesk.insight.internal.ImpactEstimator.Interval;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.quiz.QuizResults;
import com.certdesk.people.TeamMember;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training impact for the Training impact page: for a certification program and a customer-feedback measure, the
 * difference in differences of certified agents (of one team, or of the whole organization) against the
 * organization's agents not yet certified over the same calendar windows (IMPACT_METHOD.md, ADR 012). Managers ask
 * about their own teams, HR and administrators about any team or the organization. Only aggregates are returned:
 * the comparison agents are never named, and below the minimums there is no number.
 */
@Service
@Transactional(readOnly = true)
public class TrainingImpactService {

    /** How far back ratings are read: enough for the event study of certifications in the last two years. */
    static final int HISTORY_MONTHS = 36;

    private final ProgramService programs;
    private final CertificateService certificates;
    private final FeedbackFigures feedback;
    private final QuizResults quizzes;
    private final com.certdesk.catalog.LearningService learning;
    private final com.certdesk.catalog.ModuleDirectory modules;
    private final PeopleDirectory people;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final OrganizationTime time;
    private final ImpactEstimator.Windows windows;
    private final int minimumRatings;
    private final int minimumAgents;
    private final int replicates;

    TrainingImpactService(ProgramService programs, CertificateService certificates, FeedbackFigures feedback,
            QuizResults quizzes, com.certdesk.catalog.LearningService learning,
            com.certdesk.catalog.ModuleDirectory modules, PeopleDirectory people, TeamService teams,
            CurrentUser currentUser, OrganizationTime time,
            @Value("${certdesk.impact.pre-days:90}") int preDays,
            @Value("${certdesk.impact.washout-days:14}") int washoutDays,
            @Value("${certdesk.impact.post-days:90}") int postDays,
            @Value("${certdesk.impact.minimum-ratings:10}") int minimumRatings,
            @Value("${certdesk.impact.minimum-agents:5}") int minimumAgents,
            @Value("${certdesk.impact.replicates:1000}") int replicates) {
        this.programs = programs;
        this.certificates = certificates;
        this.feedback = feedback;
        this.quizzes = quizzes;
        this.learning = learning;
        this.modules = modules;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
        this.time = time;
        if (preDays < 28 || postDays < 28 || washoutDays < 0) {
            throw new IllegalArgumentException("certdesk.impact: the windows must be at least 28 days before and "
                    + "after, the washout not negative (they are " + preDays + ", " + postDays + ", " + washoutDays
                    + ").");
        }
        if (minimumAgents < 5 || minimumRatings < 1 || replicates < 200) {
            throw new IllegalArgumentException("certdesk.impact: at least 5 agents per group, 1 rating per window "
                    + "and 200 bootstrap replicates (they are " + minimumAgents + ", " + minimumRatings + ", "
                    + replicates + ").");
        }
        this.windows = new ImpactEstimator.Windows(preDays, washoutDays, postDays);
        this.minimumRatings = minimumRatings;
        this.minimumAgents = minimumAgents;
        this.replicates = replicates;
    }

    /** The certification programs, the one most agents earned first (the one most likely to have an answer). */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ProgramSummary> programs() {
        Map<Long, Integer> earned = new java.util.HashMap<>();
        List<ProgramSummary> all = programs.all();
        all.forEach(p -> earned.put(p.id(), certificates.firstCertified(p.id()).size()));
        return all.stream().sorted(java.util.Comparator.comparing((ProgramSummary p) -> -earned.get(p.id()))
                .thenComparing(ProgramSummary::name)).toList();
    }

    /** The teams the caller may ask about, by name. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamSummary> teams() {
        return teams.visibleTeams();
    }

    /** Whether the caller may ask about the whole organization (HR and administrators). */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public boolean mayAskOrganization() {
        return currentUser.hasAnyRole(Roles.HR, Roles.ADMIN);
    }

    /**
     * @param teamId the team whose certified agents are compared, or null for the whole organization (HR and
     *               administrators only)
     * @throws NotFoundException     for an unknown program or a team that is not the caller's (alike)
     * @throws AccessDeniedException when a manager asks about the whole organization
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public TrainingImpact impact(long programId, Measure measure, @Nullable Long teamId) {
        return impact(programId, measure, teamId, false);
    }

    /**
     * As {@link #impact(long, Measure, Long)}; with {@code withinChannel} the change is computed within each channel
     * (email, chat, phone, …) and averaged by the certified agents' channel mix, so that a shift of their work
     * between channels is not read as an effect of training.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public TrainingImpact impact(long programId, Measure measure, @Nullable Long teamId, boolean withinChannel) {
        TeamSummary team = scope(teamId);
        ProgramSummary program = programs.get(programId);
        return estimate(program.name(), certificates.firstCertified(programId), measure, team, withinChannel,
                programId, false);
    }

    /**
     * As {@link #impact(long, Measure, Long, boolean)} for completing one module instead of earning a certificate:
     * the day an agent completed it (last lesson done or quiz first passed, whichever came later) is their
     * "certification" day.
     *
     * @throws NotFoundException for an unknown or unpublished module, or a team that is not the caller's
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public TrainingImpact impactOfModule(long moduleId, Measure measure, @Nullable Long teamId,
            boolean withinChannel) {
        TeamSummary team = scope(teamId);
        Trained trained = trained(moduleId, true);
        return estimate(trained.name(), trained.on(), measure, team, withinChannel, -moduleId, true);
    }

    /** The published modules, by title, for a per-module analysis. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<com.certdesk.catalog.ModuleRef> modules() {
        return modules.all().stream().filter(m -> m.status() == com.certdesk.catalog.ModuleStatus.PUBLISHED)
                .sorted(java.util.Comparator.comparing(com.certdesk.catalog.ModuleRef::title)).toList();
    }

    /**
     * Everything an answer depends on: the question, the last day with data, the ratings' version, the certified
     * agents with their days and the team's agents. The same key, the same answer, on any node.
     */
    private record Question(long trainingKey, Measure measure, @Nullable Long teamId, boolean withinChannel,
            LocalDate dataEnd, long feedbackVersion, Map<Long, LocalDate> certified, @Nullable Set<Long> scope) {
    }

    /** Answers recently given, until the ratings, certificates (or completions) or the team change. */
    private final Map<Object, Object> answers = leastRecentlyUsed(CACHED_ANSWERS);

    /** A thread-safe map that forgets its least recently used entry beyond {@code size}. */
    private static <K, V> Map<K, V> leastRecentlyUsed(int size) {
        return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    /** Answers kept (the estimate's and the quiz association's): each is a few kilobytes. */
    static final int CACHED_ANSWERS = 200;

    /** The answer to a question asked before with the same data, or the new one, kept. */
    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, java.util.function.Supplier<T> answer) {
        return (T) keptIn(answers, key, answer::get);
    }

    /**
     * The value kept under {@code key}, or the one computed now, kept. Not computeIfAbsent: that would hold the map's
     * lock while the answer is computed, and every other question would wait for it.
     */
    private static <K, V> V keptIn(Map<K, V> map, K key, java.util.function.Supplier<V> compute) {
        V known = map.get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.get();
        map.put(key, computed);
        return computed;
    }

    /** Day series kept: each holds every agent's days of one measure (tens of megabytes for thousands of agents). */
    static final int CACHED_SERIES = 2;

    private record SeriesKey(Measure measure, boolean withinChannel, LocalDate from, LocalDate to, long version) {
    }

    /**
     * The agents' day series last read, until the ratings change: the slow part of an answer on a large database
     * (every agent's every day), shared by every program, module and team asked about the same measure.
     */
    private final Map<SeriesKey, Map<String, Map<Long, AgentDays>>> series = leastRecentlyUsed(CACHED_SERIES);

    private Map<String, Map<Long, AgentDays>> series(Measure measure, boolean withinChannel, LocalDate from,
            LocalDate to) {
        return keptIn(series, new SeriesKey(measure, withinChannel, from, to, feedback.dataVersion()),
                () -> withinChannel ? feedback.dailyByChannelAndAgent(measure, from, to)
                        : Map.of("", feedback.dailyByAgent(measure, from, to, null)));
    }

    /** Forgets every answer and series kept (tests: to compute an answer again from the data). */
    void forgetAnswers() {
        answers.clear();
        series.clear();
    }

    private TrainingImpact estimate(String training, Map<Long, LocalDate> certified, Measure measure,
            @Nullable TeamSummary team, boolean withinChannel, long trainingKey, boolean module) {
        LocalDate dataEnd = time.today().minusDays(1);
        // the version first: ratings stored while this answer is computed make the next question a new one
        long version = feedback.dataVersion();
        Set<Long> scope = team == null ? null : people.agentsOfTeams(Set.of(team.id()), "").stream()
                .map(TeamMember::userId).collect(Collectors.toSet());
        Question question = new Question(trainingKey, measure, team == null ? null : team.id(), withinChannel,
                dataEnd, version, Map.copyOf(certified), scope);
        return cached(question, () -> estimate(training, certified, measure, team, withinChannel, module, dataEnd,
                scope, trainingKey));
    }

    private TrainingImpact estimate(String training, Map<Long, LocalDate> certified, Measure measure,
            @Nullable TeamSummary team, boolean withinChannel, boolean module, LocalDate dataEnd,
            @Nullable Set<Long> scope, long trainingKey) {
        LocalDate from = dataEnd.withDayOfMonth(1).minusMonths(HISTORY_MONTHS);
        Map<String, Map<Long, AgentDays>> byChannel = series(measure, withinChannel, from, dataEnd.plusDays(1));
        List<List<AgentSeries>> strata = new ArrayList<>();
        long total = 0;
        // channels in one order on every database (their collations differ), so the bootstrap draws the same
        for (Map<Long, AgentDays> ratings : new java.util.TreeMap<>(byChannel).values()) {
            List<AgentSeries> series = new ArrayList<>();
            for (Map.Entry<Long, AgentDays> e : ratings.entrySet()) {
                AgentDays d = e.getValue();
                series.add(new AgentSeries(e.getKey(), certified.get(e.getKey()),
                        scope == null || scope.contains(e.getKey()), d.days(), d.counts(), d.sums()));
                for (long n : d.counts()) {
                    total += n;
                }
            }
            strata.add(series);
        }
        // the same data give the same figure, however often the page is opened and after a restart: the seed is
        // the question and the data's size, not the time (and the measure by name: an enum's hash code changes
        // from one run of the JVM to the next)
        long seed = Objects.hash(trainingKey, measure.name(), team == null ? null : team.id(), withinChannel, total,
                certified.size(), dataEnd);
        ImpactEstimator.Result r = ImpactEstimator.estimateWithin(strata, dataEnd, windows,
                new ImpactEstimator.Rules(minimumRatings, 3, minimumAgents, minimumAgents, replicates, seed));
        return impact(training, measure, team, dataEnd, windows, minimumRatings, replicates, withinChannel,
                module ? TrainingImpact.Treatment.MODULE : TrainingImpact.Treatment.CERTIFICATION, r);
    }

    /** The estimator's result in points, as the pages show it. */
    private static TrainingImpact impact(String training, Measure measure, @Nullable TeamSummary team,
            LocalDate dataEnd, ImpactEstimator.Windows windows, int minimumRatings, int replicates,
            boolean withinChannel, TrainingImpact.Treatment treatment, ImpactEstimator.Result r) {
        boolean module = treatment == TrainingImpact.Treatment.MODULE;
        double scale = measure == Measure.CES ? 1 : 100;
        return new TrainingImpact(training, measure, team, dataEnd, windows.preDays(), windows.washoutDays(),
                windows.postDays(), minimumRatings, effect(r.effect(), scale), r.treatedAgents(), r.controlAgents(),
                r.treatedRatings(), r.controlRatings(), r.eventStudy().stream().map(p -> new MonthEffect(p.month(),
                        effect(p.effect(), scale), p.treated(), p.controls(), scaled(p.treatedChange(), scale),
                        scaled(p.controlChange(), scale))).toList(), r.pretrend(), module ? r.missing().stream()
                        .map(TrainingImpactService::forModule).toList() : r.missing(),
                replicates, withinChannel, treatment);
    }

    /**
     * The registered analysis of a planned evaluation (PlannedEvaluationService): only {@code agents} take part, the
     * certified among them compared with those not yet certified, with the registered windows, minimums, replicates
     * and seed instead of this service's settings, so that changing the settings never changes a registered result.
     * No check of its own: the planned evaluation decides who may read it (reading the ratings still needs a team
     * viewer).
     *
     * @param byWave null to compare by certification; else each agent's wave due date, the day from which the agent
     *               counts as treated whether certified or not (intention to treat)
     */
    TrainingImpact registered(ProgramSummary program, Measure measure, Set<Long> agents,
            ImpactEstimator.Windows registeredWindows, int minRatings, int minAgents, int registeredReplicates,
            long seed, boolean withinChannel, @Nullable Map<Long, LocalDate> byWave) {
        LocalDate dataEnd = time.today().minusDays(1);
        Map<Long, LocalDate> certified = byWave != null ? byWave : certificates.firstCertified(program.id());
        List<List<AgentSeries>> strata = new ArrayList<>();
        // channels in one order and agents by id, so that the bootstrap draws the same agents whatever order the
        // database returns them in
        new java.util.TreeMap<>(series(measure, withinChannel, dataEnd.withDayOfMonth(1).minusMonths(HISTORY_MONTHS),
                dataEnd.plusDays(1))).values().forEach(ratings -> {
                    List<AgentSeries> series = new ArrayList<>();
                    new java.util.TreeMap<>(ratings).forEach((agent, d) -> {
                        if (agents.contains(agent)) {
                            series.add(new AgentSeries(agent, certified.get(agent), true, d.days(), d.counts(),
                                    d.sums()));
                        }
                    });
                    strata.add(series);
                });
        ImpactEstimator.Result r = ImpactEstimator.estimateWithin(strata, dataEnd, registeredWindows,
                new ImpactEstimator.Rules(minRatings, 3, minAgents, minAgents, registeredReplicates, seed));
        return impact(program.name(), measure, null, dataEnd, registeredWindows, minRatings, registeredReplicates,
                withinChannel, byWave != null ? TrainingImpact.Treatment.WAVE : TrainingImpact.Treatment.CERTIFICATION,
                r);
    }

    /** The settings' windows, minimums and replicates: what a new planned evaluation starts from. */
    ImpactEstimator.Rules settings(long seed) {
        return new ImpactEstimator.Rules(minimumRatings, 3, minimumAgents, minimumAgents, replicates, seed);
    }

    ImpactEstimator.Windows windows() {
        return windows;
    }

    /** Agents below which the quiz-score association reads "not enough data yet". */
    static final int ASSOCIATION_MINIMUM = 10;
    /** Days after the quiz whose CSAT the association counts. */
    static final int ASSOCIATION_DAYS = 90;

    /**
     * How the agents' quiz scores on the program's modules (the mean of their first finished attempt at each) go with
     * their CSAT (share satisfied) in the 90 days after the last of those attempts: Spearman's rank correlation with
     * its 95% interval, over the agents of the team (or organization) with at least the minimum ratings in those days
     * and whose 90 days have ended. An association, not an effect.
     *
     * @throws NotFoundException     as {@link #impact}
     * @throws AccessDeniedException as {@link #impact}
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public QuizAssociation quizAssociation(long programId, @Nullable Long teamId) {
        TeamSummary team = scope(teamId);
        ProgramSummary program = programs.get(programId);
        Set<Long> modules = program.modules().stream().map(com.certdesk.catalog.ModuleRef::id)
                .collect(Collectors.toSet());
        Set<Long> members = team == null ? null : people.agentsOfTeams(Set.of(team.id()), "").stream()
                .map(TeamMember::userId).collect(Collectors.toSet());
        Map<Long, double[]> byAgent = new java.util.HashMap<>();
        for (var score : quizzes.firstScores(modules)) {
            if (members != null && !members.contains(score.userId())) {
                continue;
            }
            double[] a = byAgent.computeIfAbsent(score.userId(), k -> new double[3]);
            a[0] += score.percent();
            a[1]++;
            a[2] = Math.max(a[2], time.dayOf(score.finishedAt()).toEpochDay());
        }
        LocalDate dataEnd = time.today().minusDays(1);
        long version = feedback.dataVersion();
        record Association(long programId, @Nullable Long teamId, LocalDate dataEnd, long version,
                Map<Long, List<Double>> scores) {
        }
        Map<Long, List<Double>> scores = new java.util.HashMap<>();
        byAgent.forEach((agent, a) -> scores.put(agent, List.of(a[0], a[1], a[2])));
        return cached(new Association(programId, teamId, dataEnd, version, scores),
                () -> association(program, team, byAgent, dataEnd));
    }

    private QuizAssociation association(ProgramSummary program, @Nullable TeamSummary team,
            Map<Long, double[]> byAgent, LocalDate dataEnd) {
        Map<Long, AgentDays> ratings = series(Measure.CSAT, false, dataEnd.withDayOfMonth(1)
                .minusMonths(HISTORY_MONTHS), dataEnd.plusDays(1)).get("");
        List<double[]> pairs = new ArrayList<>();
        for (Map.Entry<Long, double[]> e : byAgent.entrySet()) {
            long from = (long) e.getValue()[2] + 1;
            long to = from + ASSOCIATION_DAYS;
            AgentDays days = ratings.get(e.getKey());
            if (days == null || to > dataEnd.toEpochDay() + 1) {
                continue;
            }
            long n = 0;
            double satisfied = 0;
            for (int i = 0; i < days.days().length; i++) {
                if (days.days()[i] >= from && days.days()[i] < to) {
                    n += days.counts()[i];
                    satisfied += days.sums()[i];
                }
            }
            if (n >= minimumRatings) {
                pairs.add(new double[] {e.getValue()[0] / e.getValue()[1], 100 * satisfied / n});
            }
        }
        if (pairs.size() < ASSOCIATION_MINIMUM) {
            return new QuizAssociation(program, team, pairs.size(), null, "Not enough data yet: "
                    + (ASSOCIATION_MINIMUM - pairs.size()) + " more agents with a quiz score on this program's modules "
                    + "and at least " + minimumRatings + " CSAT ratings in the " + ASSOCIATION_DAYS + " days after.");
        }
        var estimate = com.certdesk.insight.internal.RankAssociation.spearman(
                pairs.stream().mapToDouble(p -> p[0]).toArray(), pairs.stream().mapToDouble(p -> p[1]).toArray());
        return new QuizAssociation(program, team, pairs.size(), estimate.rho(), estimate.low(), estimate.high());
    }

    /** A training's name and who completed it on which day: a program's certificates, or a module's completions. */
    record Trained(String name, Map<Long, LocalDate> on) {
    }

    /** @throws NotFoundException for an unknown program or module */
    Trained trained(long id, boolean module) {
        if (!module) {
            return new Trained(programs.get(id).name(), certificates.firstCertified(id));
        }
        String title = modules.find(id).map(com.certdesk.catalog.ModuleRef::title)
                .orElseThrow(() -> new NotFoundException("There is no module " + id + "."));
        Map<Long, LocalDate> completed = new java.util.HashMap<>();
        learning.completions(id).forEach((user, at) -> completed.put(user, time.dayOf(at)));
        return new Trained(title, completed);
    }

    /** The team asked about (null for the organization), checked as {@link #impact} checks it. */
    @Nullable TeamSummary scopeOf(@Nullable Long teamId) {
        return scope(teamId);
    }

    private @Nullable TeamSummary scope(@Nullable Long teamId) {
        if (teamId == null) {
            if (!mayAskOrganization()) {
                throw new AccessDeniedException("Managers ask about one of their teams; the whole organization is "
                        + "for HR and administrators.");
            }
            return null;
        }
        return teams.visibleTeams().stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no team " + teamId + " among yours."));
    }

    /** The estimator's words for certification, said of completing a module. */
    private static String forModule(String text) {
        return text.replace("not-yet-certified agents", "agents who had not yet completed it")
                .replace("not-yet-certified agent", "agent who had not yet completed it")
                .replace("certified agents", "agents who completed the module")
                .replace("certified agent", "agent who completed the module")
                .replace("month of certification", "month of completion");
    }

    private static @Nullable Double scaled(@Nullable Double value, double scale) {
        return value == null ? null : scale * value;
    }

    private static @Nullable Effect effect(@Nullable Interval interval, double scale) {
        return interval == null ? null : new Effect(scale * interval.estimate(), scale * interval.low(),
                scale * interval.high());
    }
}
