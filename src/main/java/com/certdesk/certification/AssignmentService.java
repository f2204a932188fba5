package com.certdesk.certification;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.PrintedDates;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.LearnerModule;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.ModuleStatus;
import com.certdesk.catalog.ProgressState;
import com.certdesk.certification.internal.Assignment;
import com.certdesk.certification.internal.AssignmentChanged;
import com.certdesk.certification.internal.AssignmentRepository;
import com.certdesk.certification.internal.ProgramRepository;
import com.certdesk.certification.internal.StatusCalculator;
import com.certdesk.certification.internal.StatusCalculator.Agent;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.UserSummary;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has to earn which program or finish which module by when. Managers assign to their own teams and their
 * agents, administrators to anyone. Removing an assignment never touches certificates already earned.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentService {

    static final DateTimeFormatter DATE = PrintedDates.DATE;
    private static final String NOT_FOUND = "This assignment does not exist any more. Someone may have removed it.";

    private final AssignmentRepository assignments;
    private final ProgramRepository programs;
    private final ModuleDirectory modules;
    private final PeopleDirectory people;
    private final TeamService teams;
    private final LearningService learning;
    private final ProgramService programService;
    private final StatusCalculator calculator;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, ProgramRepository programs, ModuleDirectory modules,
            PeopleDirectory people, TeamService teams, LearningService learning, ProgramService programService,
            StatusCalculator calculator, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.programs = programs;
        this.modules = modules;
        this.people = people;
        this.teams = teams;
        this.learning = learning;
        this.programService = programService;
        this.calculator = calculator;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigns a program or module to a team or to chosen agents. Assigning the same thing to the same team or agent
     * again sets the new due date instead of adding a second assignment.
     */
    @Transactional
    @PreAuthorize(Roles.IS_ASSIGNER)
    public List<AssignmentView> assign(AssignmentDraft draft) {
        checkTarget(draft.kind(), draft.targetId());
        if (draft.dueOn().isBefore(LocalDate.now(clock))) {
            throw new ValidationException("The due date " + DATE.format(draft.dueOn()) + " is in the past. Choose today or a later day.");
        }
        List<Assignment> saved = new ArrayList<>();
        if (draft.teamId() != null) {
            people.checkCanManageTeam(draft.teamId());
            if (draft.joinerDays() < 1 || draft.joinerDays() > AssignmentDraft.MAX_JOINER_DAYS) {
                throw new ValidationException("Agents who join later need between 1 and "
                        + AssignmentDraft.MAX_JOINER_DAYS + " days to complete it.");
            }
            saved.add(upsert(draft.kind(), draft.targetId(), draft.teamId(), null, draft.dueOn(), draft.joinerDays()));
        } else {
            if (draft.agentIds().isEmpty()) {
                throw new ValidationException("Choose a team or at least one agent.");
            }
            for (long agentId : draft.agentIds()) {
                checkCanAssignAgent(agentId);
                saved.add(upsert(draft.kind(), draft.targetId(), null, agentId, draft.dueOn(),
                        AssignmentDraft.DEFAULT_JOINER_DAYS));
            }
        }
        return views(saved);
    }

    /** Gives one agent their own due date for a program (e.g. from the overdue list), over their team's. */
    @Transactional
    @PreAuthorize(Roles.IS_ASSIGNER)
    public AssignmentView setDueDate(long userId, long programId, LocalDate dueOn) {
        return assign(AssignmentDraft.toAgents(AssignmentKind.PROGRAM, programId, List.of(userId), dueOn)).getFirst();
    }

    @Transactional
    @PreAuthorize(Roles.IS_ASSIGNER)
    public AssignmentView reschedule(long assignmentId, LocalDate dueOn) {
        Assignment a = findManageable(assignmentId);
        if (dueOn.isBefore(LocalDate.now(clock))) {
            throw new ValidationException("The due date " + DATE.format(dueOn) + " is in the past. Choose today or a later day.");
        }
        if (a.reschedule(dueOn, me(), clock.instant())) {
            events.publishEvent(new AssignmentChanged(a.getId()));
        }
        return views(List.of(a)).getFirst();
    }

    /** Removes an assignment; certificates earned through it stay. Removing one already gone is not an error. */
    @Transactional
    @PreAuthorize(Roles.IS_ASSIGNER)
    public void remove(long assignmentId) {
        if (!assignments.existsById(assignmentId)) {
            return;
        }
        assignments.delete(findManageable(assignmentId));
    }

    /** "2 of 4 modules complete", or "Not started" / "In progress" while none is complete. */
    private static String programProgress(ProgramSummary program, Map<Long, LearnerModule> moduleById,
            Set<Long> started) {
        long complete = program.modules().stream().map(m -> moduleById.get(m.id()))
                .filter(m -> m != null && m.progress().complete()).count();
        if (complete > 0) {
            return complete + " of " + program.modules().size() + " modules complete";
        }
        boolean anyStarted = program.modules().stream().anyMatch(m -> started.contains(m.id()));
        return (anyStarted ? CertStatus.IN_PROGRESS : CertStatus.ASSIGNED).label();
    }

    /** Assignments of a team and of its agents, by due date; for the team's managers, HR and administrators. */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public List<AssignmentView> forTeam(long teamId) {
        people.checkCanViewTeam(teamId);
        List<Long> agentIds = people.agentsInTeam(teamId, org.springframework.data.domain.Pageable.unpaged())
                .map(UserSummary::id).getContent();
        return views(assignments.findForTeamsOrUsers(Set.of(teamId), agentIds.isEmpty() ? Set.of(-1L) : agentIds));
    }

    /**
     * For each current agent of the team, the modules assigned to them (their own assignment, else their team's) and
     * the due date that applies to them (an agent who joined after a team assignment gets their joiner days), in a
     * few queries however many agents; agents without module assignments are left out. For the team's managers, HR
     * and administrators.
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Map<Long, Map<Long, LocalDate>> moduleDueDates(long teamId) {
        people.checkCanViewTeam(teamId);
        List<Agent> agents = people.agentsOfTeams(List.of(teamId), "").stream()
                .map(m -> new Agent(m.userId(), m.teamId())).toList();
        Map<Long, Map<Long, LocalDate>> result = new java.util.HashMap<>();
        calculator.effectiveDueDates(agents).forEach((userId, dues) -> dues.forEach((key, due) -> {
            Long moduleId = StatusCalculator.moduleOf(key);
            if (moduleId != null) {
                result.computeIfAbsent(userId, k -> new java.util.HashMap<>()).put(moduleId, due);
            }
        }));
        return result;
    }

    /** The caller's assignments with where they stand: overdue first, then by due date, finished ones last. */
    @PreAuthorize(Roles.IS_AGENT)
    public List<MyAssignment> mine() {
        long me = currentUser.id();
        UserSummary self = people.person(me);
        Agent agent = new Agent(me, self.teamId());
        Map<Long, Map<String, LocalDate>> dues = calculator.effectiveDueDates(List.of(agent));
        Map<String, LocalDate> due = dues.getOrDefault(me, Map.of());
        if (due.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<LearnerModule> myModules = learning.myModules();
        Map<Long, LearnerModule> moduleById = myModules.stream()
                .collect(Collectors.toMap(m -> m.module().id(), m -> m));
        Set<Long> started = myModules.stream().filter(m -> m.progress().state() != ProgressState.NOT_STARTED)
                .map(m -> m.module().id()).collect(Collectors.toSet());
        List<ProgramSummary> active = programService.active();
        Map<Long, StatusCell> statuses = calculator.statuses(List.of(agent), active, Map.of(me, started), dues)
                .getOrDefault(me, Map.of());
        List<MyAssignment> result = new ArrayList<>();
        for (ProgramSummary program : active) {
            LocalDate dueOn = due.get(StatusCalculator.targetKey(AssignmentKind.PROGRAM, program.id()));
            if (dueOn != null) {
                StatusCell cell = statuses.getOrDefault(program.id(), StatusCell.NOT_ASSIGNED);
                String text = cell.status().certified() ? cell.describe(DATE)
                        : programProgress(program, moduleById, started);
                result.add(new MyAssignment(AssignmentKind.PROGRAM, program.id(), program.name(), dueOn,
                        text, cell.status().certified(), cell.status() == CertStatus.OVERDUE,
                        ChronoUnit.DAYS.between(today, dueOn), program.modules()));
            }
        }
        for (var entry : due.entrySet()) {
            Long moduleId = StatusCalculator.moduleOf(entry.getKey());
            if (moduleId == null) {
                continue;
            }
            LearnerModule module = moduleById.get(moduleId);
            if (module == null) {
                continue;
            }
            LocalDate dueOn = entry.getValue();
            boolean done = module.progress().complete();
            boolean overdue = !done && today.isAfter(dueOn);
            String text = done ? "Completed" : module.progress().state().label();
            result.add(new MyAssignment(AssignmentKind.MODULE, moduleId, module.module().title(), dueOn, text, done,
                    overdue, ChronoUnit.DAYS.between(today, dueOn), List.of()));
        }
        result.sort(Comparator.comparing(MyAssignment::done).thenComparing(a -> !a.overdue())
                .thenComparing(MyAssignment::dueOn).thenComparing(MyAssignment::title));
        return result;
    }

    /** Saves a new assignment or a new due date; agents are told (after commit) only when something changed. */
    private Assignment upsert(AssignmentKind kind, long targetId, @Nullable Long teamId, @Nullable Long userId,
            LocalDate dueOn, int joinerDays) {
        String key = Assignment.key(kind, targetId, teamId, userId);
        var existing = assignments.findByAssigneeKey(key);
        if (existing.isPresent()) {
            Assignment a = existing.get();
            a.setJoinerDays(joinerDays);
            if (a.reschedule(dueOn, me(), clock.instant())) {
                events.publishEvent(new AssignmentChanged(a.getId()));
            }
            return a;
        }
        try {
            Assignment a = assignments.saveAndFlush(teamId != null
                    ? new Assignment(kind, targetId, teamId, dueOn, joinerDays, me(), clock.instant())
                    : new Assignment(kind, targetId, null, userId, dueOn, me(), clock.instant()));
            events.publishEvent(new AssignmentChanged(a.getId()));
            return a;
        } catch (DataIntegrityViolationException doubleClick) {
            throw new ValidationException("This was just assigned, perhaps in another tab. Reload to see it.");
        }
    }

    private void checkTarget(AssignmentKind kind, long targetId) {
        if (kind == AssignmentKind.PROGRAM) {
            var program = programs.findById(targetId)
                    .orElseThrow(() -> new NotFoundException(ProgramService.NOT_FOUND));
            if (!program.isActive()) {
                throw new ValidationException("\"" + program.getName() + "\" is archived and cannot be assigned.");
            }
        } else {
            ModuleRef module = modules.find(targetId)
                    .orElseThrow(() -> new NotFoundException("This module does not exist. It may have been removed."));
            if (module.status() != ModuleStatus.PUBLISHED) {
                throw new ValidationException("\"" + module.title() + "\" is not published yet and cannot be assigned.");
            }
        }
    }

    private void checkCanAssignAgent(long userId) {
        people.checkCanManage(userId);
        UserSummary agent = people.person(userId);
        if (!agent.roles().contains(Roles.AGENT) || !agent.active()) {
            throw new ValidationException(agent.displayName() + " is not an active agent.");
        }
    }

    private Assignment findManageable(long assignmentId) {
        Assignment a = assignments.findById(assignmentId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (a.getTeamId() != null) {
            people.checkCanManageTeam(a.getTeamId());
        } else {
            people.checkCanManage(Objects.requireNonNull(a.getUserId()));
        }
        return a;
    }

    /** The assigning user, or null for background work running as the system account. */
    private @Nullable Long me() {
        return SystemAuthentication.SYSTEM.equals(currentUser.username()) ? null : currentUser.id();
    }

    private List<AssignmentView> views(List<Assignment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> personIds = new HashSet<>();
        for (Assignment a : list) {
            if (a.getUserId() != null) {
                personIds.add(a.getUserId());
            }
            if (a.getAssignedBy() != null) {
                personIds.add(a.getAssignedBy());
            }
        }
        Map<Long, String> names = people.names(personIds);
        Map<Long, String> teamNames = teams.visibleTeams().stream()
                .collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        Map<Long, String> programNames = programs.findAllByName().stream()
                .collect(Collectors.toMap(p -> p.getId(), p -> p.getName()));
        Map<Long, String> moduleNames = modules.all().stream().collect(Collectors.toMap(ModuleRef::id, ModuleRef::title));
        return list.stream().map(a -> new AssignmentView(a.getId(), a.getKind(), a.getTargetId(),
                (a.getKind() == AssignmentKind.PROGRAM ? programNames : moduleNames).getOrDefault(a.getTargetId(), "?"),
                a.getTeamId(), a.getUserId(),
                a.getTeamId() != null ? "Team " + teamNames.getOrDefault(a.getTeamId(), "#" + a.getTeamId())
                        : names.getOrDefault(a.getUserId(), "#" + a.getUserId()),
                a.getDueOn(), a.getAssignedBy() == null ? null : names.get(a.getAssignedBy()), a.getAssignedAt(),
                a.getTeamId() != null ? a.getJoinerDays() : null))
                .toList();
    }
}
