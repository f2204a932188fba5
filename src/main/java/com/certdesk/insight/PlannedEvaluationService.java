package com.certdesk.insight;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.AssignmentView;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.internal.EvaluationStore;
import com.certdesk.insight.internal.EvaluationStore.Stored;
import com.certdesk.insight.internal.EvaluationStore.StoredAgent;
import com.certdesk.insight.internal.ImpactEstimator;
import com.certdesk.insight.internal.WaveSplit;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamMember;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planned evaluations (issue 11): before a rollout, a manager, HR or an administrator registers what the analysis
 * will be (program, measure, windows, minimums) and Certdesk splits the chosen teams' active agents at random into
 * assignment waves, balanced by team, with the seed recorded; the program is assigned to each wave with its due date,
 * in the same transaction. The registered analysis is then run exactly as registered, whatever the Training impact
 * settings say later.
 *
 * <p>Who: managers plan for the teams they manage and see the evaluations whose agents were all in their teams at
 * registration; HR and administrators plan for any team and see every evaluation. HR may not assign training
 * through {@link AssignmentService} (they only look); registering is the one place where an HR user's decision
 * creates assignments, and it does so as the system account after this service has checked the teams, with the
 * evaluation recording who registered it (ADR 013).
 */
@Service
@Transactional(readOnly = true)
public class PlannedEvaluationService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final EvaluationStore store;
    private final TrainingImpactService impact;
    private final ProgramService programs;
    private final CertificateService certificates;
    private final AssignmentService assignments;
    private final PeopleDirectory people;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final OrganizationTime time;
    private final Clock clock;

    PlannedEvaluationService(EvaluationStore store, TrainingImpactService impact, ProgramService programs,
            CertificateService certificates, AssignmentService assignments, PeopleDirectory people, TeamService teams,
            CurrentUser currentUser, OrganizationTime time, Clock clock) {
        this.store = store;
        this.impact = impact;
        this.programs = programs;
        this.certificates = certificates;
        this.assignments = assignments;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
        this.time = time;
        this.clock = clock;
    }

    /** A new plan with the Training impact settings' windows and minimums, two waves eight weeks apart. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public EvaluationPlan newPlan() {
        ImpactEstimator.Windows w = impact.windows();
        ImpactEstimator.Rules rules = impact.settings(0);
        return new EvaluationPlan(UUID.randomUUID().toString(), "", 0, Measure.CSAT, w.preDays(), w.washoutDays(),
                w.postDays(), rules.minRatings(), rules.minTreated(), Set.of(), EvaluationPlan.MIN_WAVES, 8,
                time.today().plusWeeks(4), false);
    }

    /** The programs that can be assigned, by name. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ProgramSummary> programs() {
        return programs.active();
    }

    /** The teams the caller may plan for: a manager's own, every team for HR and administrators. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<TeamSummary> teams() {
        return teams.visibleTeams();
    }

    /**
     * What registering would do; nothing is written and no seed is drawn.
     *
     * @throws ValidationException   for a plan that cannot be registered (the message says why)
     * @throws AccessDeniedException for a team that is not the caller's
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public EvaluationPreview preview(EvaluationPlan plan) {
        return candidates(plan).preview();
    }

    /**
     * Registers the plan, draws the waves and assigns the program to each wave with its due date, all or nothing.
     * Submitting the same form again (same request key) returns the evaluation already registered.
     *
     * @return the evaluation's id
     */
    @Transactional
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public long register(EvaluationPlan plan) {
        var registered = store.idOfRequest(plan.requestKey());
        if (registered.isPresent()) {
            return registered.get();
        }
        Candidates c = candidates(plan);
        long seed = SEEDS.nextLong();
        Map<Long, Integer> waves = WaveSplit.split(c.eligible(), plan.waves(), seed);
        Map<Long, Long> teamOf = c.eligible().stream()
                .collect(Collectors.toMap(WaveSplit.Agent::userId, WaveSplit.Agent::teamId));
        List<StoredAgent> agents = new ArrayList<>();
        waves.forEach((user, wave) -> agents.add(new StoredAgent(user, teamOf.get(user), wave, plan.dueOn(wave))));
        long id;
        try {
            id = store.insert(new Stored(0, plan.requestKey(), plan.title().strip(), plan.programId(),
                    plan.measure().name(), plan.preDays(), plan.washoutDays(), plan.postDays(), plan.minimumRatings(),
                    plan.minimumAgents(), impact.settings(0).replicates(), plan.waves(), plan.waveGapWeeks() * 7,
                    plan.firstDueOn(), seed, currentUser.id(), clock.instant(), 0, plan.withinChannel(), null), agents);
        } catch (DataIntegrityViolationException sameFormTwice) {
            throw new ValidationException("This plan was just registered, perhaps in another tab. Open the list of "
                    + "planned evaluations to see it.");
        }
        boolean mayAssign = plan.teamIds().stream().allMatch(people::canManageTeam);
        for (int wave = 0; wave < plan.waves(); wave++) {
            int w = wave;
            List<Long> ids = agents.stream().filter(a -> a.wave() == w).map(StoredAgent::userId).sorted().toList();
            if (ids.isEmpty()) {
                continue;
            }
            var draft = AssignmentDraft.toAgents(AssignmentKind.PROGRAM, plan.programId(), ids, plan.dueOn(wave));
            if (mayAssign) {
                assignments.assign(draft);
            } else {
                // HR: the teams were checked above (candidates); the assignment is the evaluation's, made as the system
                SystemAuthentication.runAsSystem(() -> assignments.assign(draft));
            }
        }
        return id;
    }

    /** The evaluations the caller may see, newest first. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Page<PlannedEvaluation> list(Pageable pageable) {
        Set<Long> scope = scope();
        if (scope != null && scope.isEmpty()) {
            return Page.empty(pageable);
        }
        Map<Long, String> names = teamNames();
        List<PlannedEvaluation> page = store.page(scope, (int) pageable.getOffset(), pageable.getPageSize()).stream()
                .map(e -> view(e, names)).toList();
        return new PageImpl<>(page, pageable, store.count(scope));
    }

    /**
     * One evaluation as registered.
     *
     * @throws NotFoundException for an unknown id, or an evaluation with agents outside a manager's teams (alike)
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public PlannedEvaluation get(long id) {
        return view(visible(id), teamNames());
    }

    /**
     * The registered analysis: the evaluation's agents only, certified against not yet certified, with the registered
     * windows, minimums, replicates and seed. Before the first wave's post window has ended it says what is missing,
     * like any analysis without enough data.
     *
     * @throws NotFoundException as {@link #get}
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public TrainingImpact analysis(long id) {
        return analysis(id, false);
    }

    /**
     * The registered analysis read as the randomised comparison it is (intention to treat): each agent counts from
     * their wave's due date, certified or not, against the agents whose wave was not yet due, with the registered
     * windows, minimums, replicates and seed. Waiting for certification would let who certifies when (not the draw)
     * decide the groups; by wave, only the draw does. The learning before a due date falls in the window before, and
     * agents who never certify count as treated, so it reads the effect of being assigned the training, smaller than
     * that of completing it.
     *
     * @throws NotFoundException as {@link #get}
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public TrainingImpact analysisByWave(long id) {
        return analysis(id, true);
    }

    private TrainingImpact analysis(long id, boolean byWave) {
        Stored e = visible(id);
        if (e.withdrawal() != null) {
            throw new ValidationException("This evaluation was withdrawn before its first wave was due: it has no "
                    + "registered result.");
        }
        List<StoredAgent> stored = store.agents(id);
        Set<Long> agents = stored.stream().map(StoredAgent::userId).collect(Collectors.toSet());
        return impact.registered(programs.get(e.programId()), Measure.valueOf(e.measure()), agents,
                new ImpactEstimator.Windows(e.preDays(), e.washoutDays(), e.postDays()), e.minimumRatings(),
                e.minimumAgents(), e.replicates(), e.seed(), e.withinChannel(), byWave ? stored.stream()
                        .collect(Collectors.toMap(StoredAgent::userId, StoredAgent::dueOn)) : null);
    }

    /**
     * Withdraws a plan before its first wave is due, saying why; with {@code removeAssignments} the program's
     * assignments of its agents (those the registration made) are removed too, certificates already earned stay.
     * Once the first wave is due a plan cannot be withdrawn: its result is then shown whatever it says, which is what
     * registering it first is for. Withdrawing twice (a double click, a second tab) changes nothing the second time.
     *
     * @throws ValidationException for a plan whose first wave is due, or without a reason
     * @throws NotFoundException   as {@link #get}
     */
    @Transactional
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public PlannedEvaluation withdraw(long id, String reason, boolean removeAssignments) {
        Stored e = visible(id);
        if (e.withdrawal() != null) {
            return get(id);
        }
        if (!time.today().isBefore(e.firstDueOn())) {
            throw new ValidationException("The first wave was due on " + e.firstDueOn() + ": once a rollout has begun "
                    + "its evaluation cannot be withdrawn, so that its result is shown whatever it says.");
        }
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new ValidationException("Say why the plan is withdrawn: the reason is shown with it.");
        }
        if (why.length() > 500) {
            throw new ValidationException("The reason is longer than 500 characters.");
        }
        List<AssignmentView> planned = removeAssignments ? assignmentsOf(e) : List.of();
        boolean first;
        try {
            first = store.withdraw(id, new EvaluationStore.Withdrawal(currentUser.id(), clock.instant(), why,
                    planned.size()));
        } catch (DataIntegrityViolationException sameTime) {
            first = false;
        }
        if (first && !planned.isEmpty()) {
            boolean mayAssign = store.groups(id).stream().allMatch(g -> people.canManageTeam(g[1]));
            for (AssignmentView a : planned) {
                if (mayAssign) {
                    assignments.remove(a.id());
                } else {
                    // HR: as at registration, the evaluation's own assignments are undone as the system
                    SystemAuthentication.runAsSystem(() -> assignments.remove(a.id()));
                }
            }
        }
        return get(id);
    }

    /** The program's assignments of the evaluation's agents (found through their teams at registration). */
    private List<AssignmentView> assignmentsOf(Stored e) {
        Set<Long> agents = store.agents(e.id()).stream().map(StoredAgent::userId).collect(Collectors.toSet());
        Set<Long> teamIds = store.groups(e.id()).stream().map(g -> g[1]).collect(Collectors.toSet());
        Map<Long, AssignmentView> found = new java.util.TreeMap<>();
        for (long team : teamIds) {
            for (AssignmentView a : assignments.forTeam(team)) {
                if (a.kind() == AssignmentKind.PROGRAM && a.targetId() == e.programId() && a.userId() != null
                        && agents.contains(a.userId())) {
                    found.put(a.id(), a);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** The waves of an evaluation as its stored seed draws them again (for checking that the split is the seed's). */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public boolean wavesMatchTheirSeed(long id) {
        Stored e = visible(id);
        List<StoredAgent> agents = store.agents(id);
        Map<Long, Integer> again = WaveSplit.split(agents.stream().map(a -> new WaveSplit.Agent(a.userId(),
                a.teamId())).toList(), e.waves(), e.seed());
        return agents.stream().allMatch(a -> again.get(a.userId()) == a.wave());
    }

    /** The day from which the first wave's registered post window has ended (the estimator's cohort windows). */
    static LocalDate firstResultOn(LocalDate firstDueOn, int washoutDays, int postDays) {
        // only the washout and the window after matter to when the window after ends
        return new ImpactEstimator.Windows(0, washoutDays, postDays).postTo(YearMonth.from(firstDueOn));
    }

    private Stored visible(long id) {
        Stored e = store.find(id).orElseThrow(() -> new NotFoundException("There is no planned evaluation " + id
                + "."));
        Set<Long> scope = scope();
        if (scope != null && !scope.containsAll(store.groups(id).stream().map(g -> g[1]).toList())) {
            throw new NotFoundException("There is no planned evaluation " + id + " among your teams'.");
        }
        return e;
    }

    /** The teams whose evaluations the caller sees; null for all (HR and administrators). */
    private @Nullable Set<Long> scope() {
        if (currentUser.hasAnyRole(Roles.HR, Roles.ADMIN)) {
            return null;
        }
        return teams.visibleTeams().stream().map(TeamSummary::id).collect(Collectors.toSet());
    }

    private Map<Long, String> teamNames() {
        return teams.visibleTeams().stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
    }

    private PlannedEvaluation view(Stored e, Map<Long, String> teamNames) {
        List<WaveGroup> groups = store.groups(e.id()).stream().map(g -> new WaveGroup((int) g[0], g[1],
                teamNames.getOrDefault(g[1], "Team " + g[1]), (int) g[2],
                e.firstDueOn().plusDays((long) g[0] * e.waveGapDays()))).toList();
        LocalDate resultOn = firstResultOn(e.firstDueOn(), e.washoutDays(), e.postDays());
        LocalDate today = time.today();
        EvaluationStatus status = e.withdrawal() != null ? EvaluationStatus.WITHDRAWN
                : today.isBefore(e.firstDueOn()) ? EvaluationStatus.ROLLING_OUT
                : today.isBefore(resultOn) ? EvaluationStatus.COLLECTING : EvaluationStatus.READY;
        Map<Long, String> names = people.names(e.withdrawal() == null ? List.of(e.registeredBy())
                : List.of(e.registeredBy(), e.withdrawal().by()));
        String by = names.getOrDefault(e.registeredBy(), "#" + e.registeredBy());
        PlannedEvaluation.Withdrawal withdrawal = e.withdrawal() == null ? null : new PlannedEvaluation.Withdrawal(
                names.getOrDefault(e.withdrawal().by(), "#" + e.withdrawal().by()), e.withdrawal().at(),
                e.withdrawal().reason(), e.withdrawal().assignmentsRemoved());
        return new PlannedEvaluation(e.id(), e.title(), e.programId(), programs.get(e.programId()).name(),
                Measure.valueOf(e.measure()), e.preDays(), e.washoutDays(), e.postDays(), e.minimumRatings(),
                e.minimumAgents(), e.replicates(), e.waves(), e.waveGapDays(), e.firstDueOn(), e.seed(), by,
                e.registeredAt(), groups, resultOn, status, e.withinChannel(), withdrawal);
    }

    /** The checked plan and the agents it would take, with those left out. */
    private record Candidates(EvaluationPlan plan, List<WaveSplit.Agent> eligible, Map<Long, String> teamNames,
            int certified, int assigned, LocalDate firstResultOn, List<String> warnings) {

        EvaluationPreview preview() {
            List<WaveGroup> groups = new ArrayList<>();
            WaveSplit.sizes(eligible, plan.waves()).forEach((team, sizes) -> {
                for (int w = 0; w < sizes.length; w++) {
                    groups.add(new WaveGroup(w, team, teamNames.get(team), sizes[w], plan.dueOn(w)));
                }
            });
            groups.sort(java.util.Comparator.comparingInt(WaveGroup::wave).thenComparing(WaveGroup::teamName));
            return new EvaluationPreview(groups, eligible.size(), certified, assigned, firstResultOn, warnings);
        }
    }

    private Candidates candidates(EvaluationPlan plan) {
        check(plan);
        ProgramSummary program = programs.get(plan.programId());
        if (!program.active()) {
            throw new ValidationException("\"" + program.name() + "\" is archived and cannot be rolled out.");
        }
        // refused (AccessDeniedException) unless the caller may see every one of the teams
        List<TeamMember> members = people.agentsOfTeams(plan.teamIds(), "");
        Set<Long> certified = certificates.firstCertified(plan.programId()).keySet();
        Set<Long> assignedTeams = new HashSet<>();
        Set<Long> assignedAgents = new HashSet<>();
        for (long team : plan.teamIds()) {
            for (AssignmentView a : assignments.forTeam(team)) {
                if (a.kind() == AssignmentKind.PROGRAM && a.targetId() == plan.programId()) {
                    if (a.teamId() != null) {
                        assignedTeams.add(a.teamId());
                    } else if (a.userId() != null) {
                        assignedAgents.add(a.userId());
                    }
                }
            }
        }
        List<WaveSplit.Agent> eligible = new ArrayList<>();
        Map<Long, String> teamNames = new java.util.HashMap<>();
        int leftCertified = 0;
        int leftAssigned = 0;
        for (TeamMember m : members) {
            teamNames.put(m.teamId(), m.teamName());
            if (certified.contains(m.userId())) {
                leftCertified++;
            } else if (assignedTeams.contains(m.teamId()) || assignedAgents.contains(m.userId())) {
                leftAssigned++;
            } else {
                eligible.add(new WaveSplit.Agent(m.userId(), m.teamId()));
            }
        }
        if (eligible.size() < plan.waves()) {
            String who = eligible.isEmpty() ? "None of the teams' active agents can take part ("
                    : "Only " + eligible.size() + " of the teams' active agents can take part (";
            throw new ValidationException(who + leftCertified + " already certified, " + leftAssigned
                    + " already assigned the program): that is fewer than one per wave. Choose more teams or fewer "
                    + "waves.");
        }
        LocalDate resultOn = firstResultOn(plan.firstDueOn(), plan.washoutDays(), plan.postDays());
        List<String> warnings = new ArrayList<>();
        if (eligible.size() < 2 * plan.minimumAgents()) {
            warnings.add("With " + eligible.size() + " agents there cannot be " + plan.minimumAgents()
                    + " certified and " + plan.minimumAgents() + " not yet certified agents: the analysis will say "
                    + "\"not enough data\". Choose more teams.");
        }
        if (plan.dueOn(1).isBefore(resultOn.minusDays(1))) {
            warnings.add("The second wave is due before the first wave's post window ends: its agents who are "
                    + "certified by their due date are then no comparison for the first wave. A gap of at least "
                    + (java.time.temporal.ChronoUnit.DAYS.between(plan.firstDueOn(), resultOn) + 6) / 7
                    + " weeks, or shorter windows, keeps them not yet certified while the first wave is measured.");
        }
        return new Candidates(plan, eligible, teamNames, leftCertified, leftAssigned, resultOn, warnings);
    }

    private void check(EvaluationPlan plan) {
        List<String> problems = new ArrayList<>();
        if (plan.title().isBlank()) {
            problems.add("Give the evaluation a title.");
        } else if (plan.title().strip().length() > 200) {
            problems.add("The title is longer than 200 characters.");
        }
        if (plan.preDays() < EvaluationPlan.MIN_WINDOW_DAYS || plan.postDays() < EvaluationPlan.MIN_WINDOW_DAYS
                || plan.preDays() > EvaluationPlan.MAX_WINDOW_DAYS || plan.postDays() > EvaluationPlan.MAX_WINDOW_DAYS
                || plan.washoutDays() < 0 || plan.washoutDays() > EvaluationPlan.MAX_WINDOW_DAYS) {
            problems.add("The windows before and after are " + EvaluationPlan.MIN_WINDOW_DAYS + " to "
                    + EvaluationPlan.MAX_WINDOW_DAYS + " days, the washout 0 to " + EvaluationPlan.MAX_WINDOW_DAYS
                    + ".");
        }
        if (plan.minimumRatings() < 1 || plan.minimumRatings() > 1000) {
            problems.add("Each agent needs 1 to 1,000 ratings in each window.");
        }
        if (plan.minimumAgents() < 5 || plan.minimumAgents() > 1000) {
            problems.add("Each group needs at least 5 agents (and at most 1,000).");
        }
        if (plan.waves() < EvaluationPlan.MIN_WAVES || plan.waves() > EvaluationPlan.MAX_WAVES) {
            problems.add("Choose " + EvaluationPlan.MIN_WAVES + " to " + EvaluationPlan.MAX_WAVES + " waves.");
        }
        if (plan.waveGapWeeks() < 1 || plan.waveGapWeeks() > EvaluationPlan.MAX_GAP_WEEKS) {
            problems.add("The waves are 1 to " + EvaluationPlan.MAX_GAP_WEEKS + " weeks apart.");
        }
        if (plan.firstDueOn().isBefore(time.today())) {
            problems.add("The first wave's due date is in the past. Choose today or a later day.");
        }
        if (plan.teamIds().isEmpty()) {
            problems.add("Choose at least one team.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(String.join(" ", problems));
        }
    }
}
