package com.certdesk.certification;

import com.certdesk.base.ValidationException;
import com.certdesk.catalog.LearnerModule;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleProgress;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.ProgressState;
import com.certdesk.catalog.QuizRequirement;
import com.certdesk.catalog.TeamProgressService;
import com.certdesk.certification.AgentRecord.AttemptLine;
import com.certdesk.certification.AgentRecord.ModuleLine;
import com.certdesk.certification.AgentRecord.ProgramLine;
import com.certdesk.certification.internal.StatusCalculator.Agent;
import com.certdesk.certification.internal.StatusCalculator;
import com.certdesk.people.AgentActivity;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamMember;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.UserSummary;
import com.certdesk.quiz.QuizResults;
import com.certdesk.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification matrix (agents × programs) and the lists of certificates running out and assignments overdue,
 * for managers (the agents of the teams they manage), HR and administrators (everyone). Every call reads the
 * agents, their assignments, certificates and learning progress with a fixed number of bulk queries, however many
 * agents there are, and derives all statuses once with {@link StatusCalculator}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_TEAM_VIEWER)
public class CertificationMatrixService {

    /** The longest look-ahead for {@link #expiring}. */
    public static final int MAX_EXPIRING_DAYS = 366;

    private final TeamService teams;
    private final PeopleDirectory people;
    private final ProgramService programs;
    private final TeamProgressService teamProgress;
    private final LearningService learning;
    private final ModuleDirectory modules;
    private final QuizResults quizResults;
    private final CertificateService certificates;
    private final StatusCalculator calculator;

    CertificationMatrixService(TeamService teams, PeopleDirectory people, ProgramService programs,
            TeamProgressService teamProgress, LearningService learning, ModuleDirectory modules,
            QuizResults quizResults, CertificateService certificates, StatusCalculator calculator) {
        this.teams = teams;
        this.people = people;
        this.programs = programs;
        this.teamProgress = teamProgress;
        this.learning = learning;
        this.modules = modules;
        this.quizResults = quizResults;
        this.certificates = certificates;
        this.calculator = calculator;
    }

    /** The programs shown as columns: the chosen one, or every active program by name. */
    public List<ProgramSummary> columns(MatrixFilter filter) {
        scopeTeams(filter.teamId());
        return programsOf(filter.programId());
    }

    /** One page of agents matching the filter, by name, with their status in every shown program. */
    public Page<MatrixRow> rows(MatrixFilter filter, Pageable pageable) {
        List<MatrixRow> all = matrix(filter).rows();
        if (pageable.isUnpaged()) {
            return new PageImpl<>(all, pageable, all.size());
        }
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /**
     * How many cells have each status over every agent and program the filter shows (all statuses present, zero
     * when none), so that the page can say "Certified 41 · Expiring soon 6 · Overdue 5".
     */
    public Map<CertStatus, Long> counts(MatrixFilter filter) {
        Matrix matrix = matrix(filter);
        Map<CertStatus, Long> counts = new EnumMap<>(CertStatus.class);
        for (CertStatus status : CertStatus.values()) {
            counts.put(status, 0L);
        }
        for (MatrixRow row : matrix.rows()) {
            for (ProgramSummary program : matrix.columns()) {
                counts.merge(row.cell(program.id()).status(), 1L, Long::sum);
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Agents holding a certificate in an active program whose last valid day is within the next {@code days} days
     * (today included), soonest first; in one team or all the caller may see.
     */
    public List<DueItem> expiring(int days, @Nullable Long teamId) {
        if (days < 1 || days > MAX_EXPIRING_DAYS) {
            throw new ValidationException("Look ahead between 1 and " + MAX_EXPIRING_DAYS + " days.");
        }
        LocalDate until = calculator.today().plusDays(days);
        return dueItems(teamId, cell -> cell.status().certified() && cell.date() != null
                && !cell.date().isAfter(until));
    }

    /** Agents whose assignment of an active program is past its due date without certification, oldest first. */
    public List<DueItem> overdue(@Nullable Long teamId) {
        return dueItems(teamId, cell -> cell.status() == CertStatus.OVERDUE);
    }

    /**
     * One team's coverage, overdue count and valid certificates per agent ({@link TeamCertification}), from the same
     * bulk queries as the matrix. A program counts as assigned to the team when a team assignment or an assignment
     * of one of its agents reaches it. Refused unless the caller may see the team.
     */
    public TeamCertification teamCoverage(long teamId) {
        scopeTeams(teamId);
        return teamsCoverage(List.of(teamId)).getFirst();
    }

    /**
     * {@link #teamCoverage} of several teams at once (e.g. a page of HR's overview), in the order given, with a fixed
     * number of queries however many teams and agents. Refused unless the caller may see every one of the teams.
     */
    public List<TeamCertification> teamsCoverage(List<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<TeamMember> agents = people.agentsOfTeams(teamIds, "");
        List<ProgramSummary> columns = programs.active();
        List<Agent> keys = agents.stream().map(a -> new Agent(a.userId(), a.teamId())).toList();
        Map<Long, Map<Long, StatusCell>> statuses = Map.of();
        Map<Long, Map<String, LocalDate>> due = Map.of();
        if (!agents.isEmpty() && !columns.isEmpty()) {
            Map<Long, Set<Long>> started = new LinkedHashMap<>();
            teamProgress.startedModulesOf(agents.stream().map(TeamMember::userId).toList())
                    .forEach((userId, byModule) -> started.put(userId, byModule.keySet()));
            due = calculator.effectiveDueDates(keys);
            statuses = calculator.statuses(keys, columns, started, due);
        }
        Map<Long, List<TeamMember>> byTeam = agents.stream().collect(Collectors.groupingBy(TeamMember::teamId));
        List<TeamCertification> result = new ArrayList<>(teamIds.size());
        for (long teamId : teamIds) {
            result.add(coverage(teamId, byTeam.getOrDefault(teamId, List.of()), columns, statuses, due));
        }
        return result;
    }

    private static TeamCertification coverage(long teamId, List<TeamMember> members, List<ProgramSummary> columns,
            Map<Long, Map<Long, StatusCell>> statuses, Map<Long, Map<String, LocalDate>> due) {
        Set<String> assigned = new java.util.HashSet<>();
        members.forEach(m -> assigned.addAll(due.getOrDefault(m.userId(), Map.of()).keySet()));
        List<ProgramCoverage> coverage = new ArrayList<>();
        Map<Long, List<String>> valid = new LinkedHashMap<>();
        long overdue = 0;
        for (ProgramSummary program : columns) {
            int certified = 0;
            int late = 0;
            for (TeamMember member : members) {
                CertStatus status = statuses.getOrDefault(member.userId(), Map.of())
                        .getOrDefault(program.id(), StatusCell.NOT_ASSIGNED).status();
                if (status.certified()) {
                    certified++;
                    valid.computeIfAbsent(member.userId(), k -> new ArrayList<>()).add(program.name());
                } else if (status == CertStatus.OVERDUE) {
                    late++;
                }
            }
            overdue += late;
            if (assigned.contains(StatusCalculator.targetKey(AssignmentKind.PROGRAM, program.id()))) {
                coverage.add(new ProgramCoverage(program.id(), program.name(), certified, members.size(), late));
            }
        }
        return new TeamCertification(teamId, members.size(), coverage, overdue, valid);
    }

    /**
     * One agent's record: status per active program, progress per published module, quiz attempts and
     * certificates. Refused unless the caller may see the agent.
     */
    public AgentRecord agentRecord(long userId) {
        people.checkCanView(userId);
        UserSummary person = people.person(userId);
        List<LearnerModule> progress = learning.progressOf(userId);
        Set<Long> started = progress.stream().filter(m -> m.progress().state() != ProgressState.NOT_STARTED)
                .map(m -> m.module().id()).collect(Collectors.toSet());
        List<ProgramSummary> active = programs.active();
        Map<Long, StatusCell> cells = calculator.statuses(List.of(new Agent(userId, person.teamId())), active,
                Map.of(userId, started)).getOrDefault(userId, Map.of());
        List<ProgramLine> programLines = active.stream().map(p -> new ProgramLine(p.id(), p.name(),
                cells.getOrDefault(p.id(), StatusCell.NOT_ASSIGNED))).toList();
        List<ModuleLine> moduleLines = progress.stream().map(m -> moduleLine(m.module().id(), m.module().title(),
                m.progress())).toList();
        Map<Long, String> titles = modules.all().stream().collect(Collectors.toMap(ModuleRef::id, ModuleRef::title));
        List<AttemptLine> attempts = quizResults.attemptsOf(userId).stream().map(a -> new AttemptLine(a.id(),
                a.moduleId(), titles.getOrDefault(a.moduleId(), "Module " + a.moduleId()), a.number(), a.state(),
                a.startedAt(), a.finishedAt(), a.percent(), a.passed())).toList();
        return new AgentRecord(person, programLines, moduleLines, attempts, certificates.of(userId));
    }

    private static ModuleLine moduleLine(long id, String title, ModuleProgress progress) {
        Boolean quizPassed = progress.quiz() == QuizRequirement.NONE ? null : progress.quiz() == QuizRequirement.PASSED;
        return new ModuleLine(id, title, progress.state(), progress.doneLessons(), progress.totalLessons(), quizPassed);
    }

    private List<DueItem> dueItems(@Nullable Long teamId, Predicate<StatusCell> wanted) {
        Matrix matrix = matrix(MatrixFilter.team(teamId));
        List<DueItem> items = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            for (ProgramSummary program : matrix.columns()) {
                StatusCell cell = row.cell(program.id());
                if (wanted.test(cell)) {
                    items.add(new DueItem(row.userId(), row.displayName(), row.teamName(), program.id(),
                            program.name(), cell));
                }
            }
        }
        items.sort(Comparator.comparing((DueItem i) -> i.cell().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> i.displayName().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(DueItem::programName));
        return items;
    }

    /** The shown programs and the agents matching the filter with all their cells. */
    private record Matrix(List<ProgramSummary> columns, List<MatrixRow> rows) {
    }

    /**
     * Every agent × program of the matrix in this filter, with what the progress report shows besides the status
     * (the assignment's date and the due date that applies, the latest certificate, modules complete, best quiz
     * scores), by agent name and program name. Managers get their teams' agents, HR and administrators everyone's.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ProgramProgress> programProgress(MatrixFilter filter) {
        return programProgress(filter, AgentActivity.ACTIVE);
    }

    /**
     * As {@link #programProgress(MatrixFilter)}, of deactivated agents too or only (in the team they were last in)
     * when {@code activity} says so; those only for HR and administrators.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<ProgramProgress> programProgress(MatrixFilter filter, AgentActivity activity) {
        Matrix matrix = matrix(filter, activity);
        if (matrix.rows().isEmpty() || matrix.columns().isEmpty()) {
            return List.of();
        }
        List<Long> userIds = matrix.rows().stream().map(MatrixRow::userId).toList();
        Map<Long, TeamMember> memberOf = new java.util.HashMap<>();
        people.agentsOfTeams(scopeTeams(filter.teamId()).stream().map(TeamSummary::id).toList(), filter.text(),
                activity).forEach(m -> memberOf.put(m.userId(), m));
        Map<Long, Map<String, StatusCalculator.Due>> dues = calculator.effectiveDues(userIds.stream()
                .map(u -> new Agent(u, memberOf.get(u) == null ? null : memberOf.get(u).teamId())).toList());
        Map<Long, List<CertificateView>> certificatesOf = certificates.ofUsers(userIds);
        Map<Long, Map<Long, ModuleProgress>> started = teamProgress.startedModulesOf(userIds);
        Map<Long, Map<Long, com.certdesk.quiz.BestScore>> best = quizResults.bestScores(userIds);
        List<ProgramProgress> lines = new ArrayList<>();
        for (MatrixRow row : matrix.rows()) {
            for (ProgramSummary program : matrix.columns()) {
                StatusCell cell = row.cell(program.id());
                var due = dues.getOrDefault(row.userId(), Map.of()).get(StatusCalculator.targetKey(
                        AssignmentKind.PROGRAM, program.id()));
                CertificateView latest = certificatesOf.getOrDefault(row.userId(), List.of()).stream()
                        .filter(c -> c.programId() == program.id() && !c.revoked())
                        .max(Comparator.comparing(CertificateView::issuedOn).thenComparing(CertificateView::id))
                        .orElse(null);
                Map<Long, ModuleProgress> mine = started.getOrDefault(row.userId(), Map.of());
                int done = (int) program.modules().stream().map(m -> mine.get(m.id()))
                        .filter(m -> m != null && m.complete()).count();
                Map<Long, com.certdesk.quiz.BestScore> scores = best.getOrDefault(row.userId(), Map.of());
                List<Double> bests = program.modules().stream().map(m -> scores.get(m.id()))
                        .filter(java.util.Objects::nonNull).map(com.certdesk.quiz.BestScore::percent).toList();
                lines.add(new ProgramProgress(row.userId(), row.displayName(), row.teamName(), program.id(),
                        program.name(), cell.status(), cell.date(), due == null ? null : due.assignedAt(),
                        due == null ? null : due.dueOn(), latest == null ? null : latest.issuedOn(),
                        latest == null ? null : latest.validUntil(), done, program.modules().size(),
                        bests.isEmpty() ? null : bests.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                        bests.size(), memberOf.get(row.userId()) == null || memberOf.get(row.userId()).active()));
            }
        }
        return lines;
    }

    private Matrix matrix(MatrixFilter filter) {
        return matrix(filter, AgentActivity.ACTIVE);
    }

    private Matrix matrix(MatrixFilter filter, AgentActivity activity) {
        List<Long> teamIds = scopeTeams(filter.teamId()).stream().map(TeamSummary::id).toList();
        List<ProgramSummary> columns = programsOf(filter.programId());
        List<TeamMember> agents = people.agentsOfTeams(teamIds, filter.text(), activity);
        if (agents.isEmpty()) {
            return new Matrix(columns, List.of());
        }
        Map<Long, Map<Long, StatusCell>> statuses = Map.of();
        if (!columns.isEmpty()) {
            Map<Long, Set<Long>> started = new LinkedHashMap<>();
            teamProgress.startedModulesOf(agents.stream().map(TeamMember::userId).toList())
                    .forEach((userId, byModule) -> started.put(userId, byModule.keySet()));
            statuses = calculator.statuses(agents.stream().map(a -> new Agent(a.userId(), a.teamId())).toList(),
                    columns, started);
        }
        List<MatrixRow> rows = new ArrayList<>(agents.size());
        for (TeamMember agent : agents) {
            Map<Long, StatusCell> mine = statuses.getOrDefault(agent.userId(), Map.of());
            Map<Long, StatusCell> cells = new LinkedHashMap<>();
            for (ProgramSummary program : columns) {
                cells.put(program.id(), mine.getOrDefault(program.id(), StatusCell.NOT_ASSIGNED));
            }
            if (filter.status() == null || cells.values().stream().anyMatch(c -> c.status() == filter.status())) {
                rows.add(new MatrixRow(agent.userId(), agent.displayName(), agent.teamName(), cells));
            }
        }
        return new Matrix(columns, rows);
    }

    /** The teams in view: the chosen one (refused when the caller may not see it), or all the caller may see. */
    private List<TeamSummary> scopeTeams(@Nullable Long teamId) {
        List<TeamSummary> visible = teams.visibleTeams();
        if (teamId == null) {
            return visible;
        }
        return visible.stream().filter(t -> t.id() == teamId).findFirst().map(List::of)
                .orElseThrow(() -> new AccessDeniedException("You may not see team " + teamId));
    }

    private List<ProgramSummary> programsOf(@Nullable Long programId) {
        return programId == null ? programs.active() : List.of(programs.get(programId));
    }
}
