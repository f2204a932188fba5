package com.certdesk.certification.internal;

import com.certdesk.base.PrintedDates;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleProgress;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.TeamProgressService;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.certification.StatusCell;
import com.certdesk.notification.NotificationRequest;
import com.certdesk.notification.NotificationService;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.UserSummary;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells agents when training is assigned to them or its due date changes: in the app, and by e-mail when SMTP is
 * configured. Each notice's key names the assignment, how often its due date has changed, the agent and the due
 * date that applies to them, so re-saving the same due date or running again tells nobody twice, while every real
 * change is a new notice. A team assignment tells the team's agents when it is made; agents who join the team later
 * are told on the next daily reminder run ({@link #tellJoiners}), with the due date they got for joining late.
 * Agents who already hold the certificate or finished the module are not told.
 */
@Component
public class AssignmentNotices {

    private static final Logger log = LoggerFactory.getLogger(AssignmentNotices.class);
    private static final DateTimeFormatter DATE = PrintedDates.DATE;

    private final AssignmentRepository assignments;
    private final StatusCalculator calculator;
    private final PeopleDirectory people;
    private final ProgramService programs;
    private final ModuleDirectory modules;
    private final TeamProgressService progress;
    private final NotificationService notifications;
    private final Clock clock;

    AssignmentNotices(AssignmentRepository assignments, StatusCalculator calculator, PeopleDirectory people,
            ProgramService programs, ModuleDirectory modules, TeamProgressService progress,
            NotificationService notifications, Clock clock) {
        this.assignments = assignments;
        this.calculator = calculator;
        this.people = people;
        this.programs = programs;
        this.modules = modules;
        this.progress = progress;
        this.notifications = notifications;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AssignmentChanged event) {
        try {
            SystemAuthentication.runAsSystem(() -> tell(event.assignmentId()));
        } catch (RuntimeException e) {
            log.error("Could not tell the agents of assignment {} about it", event.assignmentId(), e);
        }
    }

    /** Tells everyone the assignment reaches (callers run as the system account); returns how many were told. */
    int tell(long assignmentId) {
        Optional<Assignment> found = assignments.findById(assignmentId);
        if (found.isEmpty()) {
            return 0;
        }
        Assignment a = found.get();
        List<StatusCalculator.Agent> agents;
        if (a.getTeamId() != null) {
            agents = people.agentsInTeam(a.getTeamId(), Pageable.unpaged()).getContent().stream()
                    .map(u -> new StatusCalculator.Agent(u.id(), u.teamId())).toList();
        } else {
            UserSummary agent = people.person(a.getUserId());
            agents = agent.active() ? List.of(new StatusCalculator.Agent(agent.id(), agent.teamId())) : List.of();
        }
        return send(agents, due -> due.assignmentId() == assignmentId);
    }

    /**
     * Tells agents who joined their team after one of its assignments was made (callers run as the system
     * account); those told before are skipped by the notice's key. Returns how many were told.
     */
    int tellJoiners(List<StatusCalculator.Agent> agents) {
        return send(agents, StatusCalculator.Due::joiner);
    }

    private int send(List<StatusCalculator.Agent> agents, java.util.function.Predicate<StatusCalculator.Due> wanted) {
        if (agents.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<String, StatusCalculator.Due>> dues = calculator.effectiveDues(agents);
        List<ProgramSummary> active = programs.active();
        Map<Long, ProgramSummary> programById = active.stream()
                .collect(Collectors.toMap(ProgramSummary::id, Function.identity()));
        Map<Long, String> moduleTitles = modules.all().stream()
                .collect(Collectors.toMap(ModuleRef::id, ModuleRef::title));
        Map<Long, Map<Long, StatusCell>> statuses = calculator.statuses(agents, active, Map.of());
        Map<Long, Map<Long, ModuleProgress>> started = progress.startedModulesOf(
                agents.stream().map(StatusCalculator.Agent::userId).toList());
        int told = 0;
        for (StatusCalculator.Agent agent : agents) {
            for (var entry : dues.getOrDefault(agent.userId(), Map.of()).entrySet()) {
                StatusCalculator.Due due = entry.getValue();
                if (!wanted.test(due)) {
                    continue;
                }
                boolean program = entry.getKey().startsWith("P");
                long targetId = Long.parseLong(entry.getKey().substring(1));
                String title;
                boolean done;
                if (program) {
                    ProgramSummary p = programById.get(targetId);
                    if (p == null) {
                        continue;
                    }
                    title = p.name();
                    StatusCell cell = statuses.getOrDefault(agent.userId(), Map.of()).get(targetId);
                    done = cell != null && cell.status().certified();
                } else {
                    title = moduleTitles.get(targetId);
                    if (title == null) {
                        continue;
                    }
                    ModuleProgress mp = started.getOrDefault(agent.userId(), Map.of()).get(targetId);
                    done = mp != null && mp.complete();
                }
                if (done) {
                    continue;
                }
                if (notifications.send(notice(agent.userId(), program ? AssignmentKind.PROGRAM : AssignmentKind.MODULE,
                        targetId, title, due, today))) {
                    told++;
                }
            }
        }
        return told;
    }

    static NotificationRequest notice(long userId, AssignmentKind kind, long targetId, String title,
            StatusCalculator.Due due, LocalDate today) {
        String what = (kind == AssignmentKind.PROGRAM ? "the certification program " : "the module ") + title;
        long days = ChronoUnit.DAYS.between(today, due.dueOn());
        String when = DATE.format(due.dueOn()) + " (" + (days == 0 ? "today" : days == 1 ? "tomorrow"
                : days > 0 ? "in " + days + " days" : days == -1 ? "yesterday" : -days + " days ago") + ")";
        String heading;
        String message;
        if (due.revision() > 0) {
            heading = "New due date: " + title;
            message = "The due date of " + what + " has changed: please complete it by " + when + ".";
        } else if (due.joiner()) {
            heading = "New training: " + title;
            message = "Your team has been asked to complete " + what + ". As you joined the team after it was "
                    + "assigned, you have until " + when + ".";
        } else {
            heading = "New training: " + title;
            message = "You have been asked to complete " + what + " by " + when + ".";
        }
        String key = "assignment:" + due.assignmentId() + ":r" + due.revision() + ":" + userId + ":" + due.dueOn();
        String link = kind == AssignmentKind.PROGRAM ? "learning" : "modules/" + targetId;
        return new NotificationRequest(userId, key, heading, message, link, true);
    }
}
