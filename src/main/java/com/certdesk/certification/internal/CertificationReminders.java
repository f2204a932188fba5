package com.certdesk.certification.internal;

import com.certdesk.base.PrintedDates;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleProgress;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.catalog.TeamProgressService;
import com.certdesk.certification.CertificateIssued;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.notification.NotificationRequest;
import com.certdesk.notification.NotificationService;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.PersonRef;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.UserSummary;
import com.certdesk.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Tells agents and their managers what needs doing. Once a day (time set by
 * {@code certdesk.certification.reminders-cron}) it finds assignments due within 7 days, overdue assignments, and
 * certificates entering their recertification window or expired without renewal; each agent gets an in-app
 * notification (and an e-mail when SMTP is configured) and each team's managers one digest of the day's news.
 * Every reminder has a key naming its event (the due date or the certificate is part of it), and the notification
 * service stores a key only once, so nothing is sent twice, also across restarts and repeated runs; a new due date
 * is a new event. The same run issues any certificate an event may have missed.
 */
@Component
public class CertificationReminders {

    public static final int DUE_SOON_DAYS = 7;
    private static final Logger log = LoggerFactory.getLogger(CertificationReminders.class);
    private static final DateTimeFormatter DATE = PrintedDates.DATE;

    private final NotificationService notifications;
    private final TeamService teams;
    private final PeopleDirectory people;
    private final TeamProgressService teamProgress;
    private final ProgramService programService;
    private final ModuleDirectory modules;
    private final StatusCalculator calculator;
    private final CertificateRepository certificates;
    private final CertificateIssuer issuer;
    private final AssignmentNotices assignmentNotices;
    private final Clock clock;
    private final com.certdesk.notification.Webhooks webhooks;

    CertificationReminders(com.certdesk.notification.Webhooks webhooks, NotificationService notifications, TeamService teams, PeopleDirectory people,
            TeamProgressService teamProgress, ProgramService programService, ModuleDirectory modules,
            StatusCalculator calculator, CertificateRepository certificates, CertificateIssuer issuer,
            AssignmentNotices assignmentNotices, Clock clock) {
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.teams = teams;
        this.people = people;
        this.teamProgress = teamProgress;
        this.programService = programService;
        this.modules = modules;
        this.calculator = calculator;
        this.certificates = certificates;
        this.issuer = issuer;
        this.assignmentNotices = assignmentNotices;
        this.clock = clock;
    }

    /**
     * How many notifications a run sent: reminders to agents, digests to managers, and notices of training assigned
     * to their team before they joined it to agents who joined later.
     */
    public record Run(int agentReminders, int managerDigests, int certificatesIssued, int newcomerNotices) {
    }

    @ApplicationModuleListener
    void on(CertificateIssued event) {
        try {
            SystemAuthentication.runAsSystem(() -> notifications.send(new NotificationRequest(event.userId(),
                    "certificate-issued:" + event.certificateId(),
                    (event.recertification() ? "Recertified: " : "Certified: ") + event.programName(),
                    "Congratulations! You met every requirement of " + event.programName() + ". "
                            + (event.validUntil() == null ? "Your certificate does not expire."
                                    : "Your certificate is valid until " + DATE.format(event.validUntil()) + ".")
                            + " Download it as a PDF or share its verification link from My certificates.",
                    "certificates", true)));
        } catch (RuntimeException e) {
            log.error("Could not notify user {} of certificate {}", event.userId(), event.certificateId(), e);
        }
    }

    @Scheduled(cron = "${certdesk.certification.reminders-cron:0 0 7 * * *}")
    @SchedulerLock(name = "certification.reminders", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
    void daily() {
        Run run = SystemAuthentication.callAsSystem(this::run);
        log.info("Certification reminders: {} to agents, {} manager digests, {} certificates issued, {} notices to "
                + "newcomers", run.agentReminders(), run.managerDigests(), run.certificatesIssued(),
                run.newcomerNotices());
    }

    /** One pass over every team (callers run as the system account). */
    public Run run() {
        LocalDate today = LocalDate.now(clock);
        List<ProgramSummary> programs = programService.active();
        Map<Long, String> moduleTitles = modules.all().stream()
                .collect(Collectors.toMap(ModuleRef::id, ModuleRef::title));
        int agentReminders = 0;
        int digests = 0;
        int issued = 0;
        int newcomers = 0;
        for (TeamSummary team : teams.visibleTeams()) {
            List<UserSummary> agents = people.agentsInTeam(team.id(), Pageable.unpaged()).getContent();
            if (agents.isEmpty()) {
                continue;
            }
            Map<Long, Map<Long, ModuleProgress>> progress = teamProgress.startedModulesOfTeam(team.id());
            issued += reconcile(agents, programs, progress);
            List<StatusCalculator.Agent> refs = agents.stream()
                    .map(a -> new StatusCalculator.Agent(a.id(), team.id())).toList();
            newcomers += assignmentNotices.tellJoiners(refs);
            Map<Long, Map<String, LocalDate>> due = calculator.effectiveDueDates(refs);
            Map<Long, Map<Long, com.certdesk.certification.StatusCell>> statuses = calculator.statuses(refs, programs,
                    Map.of(), due);
            Map<Long, List<Certificate>> certsByUser = certificates.findByManyUsers(agents.stream().map(UserSummary::id)
                    .toList()).stream().collect(Collectors.groupingBy(Certificate::getUserId));
            List<String> digest = new ArrayList<>();
            for (UserSummary agent : agents) {
                List<Reminder> reminders = new ArrayList<>();
                reminders.addAll(assignmentReminders(agent, today, due.getOrDefault(agent.id(), Map.of()),
                        programs, moduleTitles, statuses.getOrDefault(agent.id(), Map.of()),
                        progress.getOrDefault(agent.id(), Map.of())));
                reminders.addAll(certificateReminders(agent, today, programs,
                        certsByUser.getOrDefault(agent.id(), List.of())));
                for (Reminder r : reminders) {
                    if (r.hook() != null) {
                        // once per endpoint and key, however often the daily run finds it
                        webhooks.publish(r.hook(), r.key(), clock.instant(), r.hookData());
                    }
                    if (notifications.send(new NotificationRequest(agent.id(), r.key(), r.title(), r.message(),
                            r.link(), true))) {
                        agentReminders++;
                        digest.add(agent.displayName() + ": " + r.digestLine());
                    }
                }
            }
            if (!digest.isEmpty()) {
                for (PersonRef manager : team.managers()) {
                    String message = digestMessage(team.name(), digest);
                    if (notifications.send(new NotificationRequest(manager.id(),
                            "digest:" + team.id() + ":" + today + ":" + Integer.toHexString(digest.hashCode()), "Team " + team.name() + ": " + digest.size()
                                    + (digest.size() == 1 ? " certification reminder" : " certification reminders"),
                            message, "certification", true))) {
                        digests++;
                    }
                }
            }
        }
        return new Run(agentReminders, digests, issued, newcomers);
    }

    /** Lines a manager's digest lists before it says how many more there are (a team of 200 can have 400). */
    static final int DIGEST_LINES = 40;

    /**
     * The manager's digest: the first {@value #DIGEST_LINES} lines, then how many more, so that a large team's day
     * stays a readable message within the notification's length limit; the matrix it links to shows everyone.
     */
    static String digestMessage(String teamName, List<String> lines) {
        var message = new StringBuilder("News for team ").append(teamName).append(" today:\n");
        int shown = 0;
        for (String line : lines) {
            if (shown == DIGEST_LINES || message.length() + line.length() > DIGEST_CHARACTERS) {
                break;
            }
            message.append("\n- ").append(line);
            shown++;
        }
        if (shown < lines.size()) {
            int more = lines.size() - shown;
            message.append("\n\n…and ").append(more).append(more == 1 ? " more reminder" : " more reminders")
                    .append(". See the certification matrix for everyone's status.");
        } else {
            message.append("\n\nSee the certification matrix for everyone's status.");
        }
        return message.toString();
    }

    /** Room for the lines, well inside the notification limit of 10,000 characters with the closing sentence. */
    private static final int DIGEST_CHARACTERS = 9_000;

    record Reminder(String key, String title, String message, String link, String digestLine,
            com.certdesk.notification.@org.jspecify.annotations.Nullable WebhookEventType hook,
            Map<String, Object> hookData) {

        Reminder(String key, String title, String message, String link, String digestLine) {
            this(key, title, message, link, digestLine, null, Map.of());
        }
    }

    private List<Reminder> assignmentReminders(UserSummary agent, LocalDate today, Map<String, LocalDate> due,
            List<ProgramSummary> programs, Map<Long, String> moduleTitles,
            Map<Long, com.certdesk.certification.StatusCell> statuses, Map<Long, ModuleProgress> progress) {
        Map<Long, ProgramSummary> programById = programs.stream()
                .collect(Collectors.toMap(ProgramSummary::id, Function.identity()));
        List<Reminder> result = new ArrayList<>();
        for (var entry : new LinkedHashMap<>(due).entrySet()) {
            String target = entry.getKey();
            LocalDate dueOn = entry.getValue();
            long targetId = Long.parseLong(target.substring(1));
            boolean program = target.startsWith("P");
            String title;
            boolean done;
            if (program) {
                ProgramSummary p = programById.get(targetId);
                if (p == null) {
                    continue;
                }
                title = p.name();
                var cell = statuses.get(targetId);
                done = cell != null && cell.status().certified();
            } else {
                title = moduleTitles.get(targetId);
                if (title == null) {
                    continue;
                }
                ModuleProgress mp = progress.get(targetId);
                done = mp != null && mp.complete();
            }
            if (done) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(today, dueOn);
            String what = (program ? "the certification program " : "the module ") + title;
            String link = program ? "learning" : "modules/" + targetId;
            if (days < 0) {
                Map<String, Object> hook = new LinkedHashMap<>();
                hook.put("agentId", agent.id());
                hook.put("agentName", agent.displayName());
                hook.put("kind", program ? "program" : "module");
                hook.put(program ? "programId" : "moduleId", targetId);
                hook.put("title", title);
                hook.put("dueOn", dueOn);
                result.add(new Reminder("overdue:" + target + ":" + agent.id() + ":" + dueOn, "Overdue: " + title,
                        "You were asked to complete " + what + " by " + DATE.format(dueOn)
                                + ". Please finish it as soon as you can, or talk to your manager.",
                        link, title + " is overdue (was due " + DATE.format(dueOn) + ")",
                        com.certdesk.notification.WebhookEventType.ASSIGNMENT_OVERDUE, hook));
            } else if (days <= DUE_SOON_DAYS) {
                String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
                result.add(new Reminder("due-soon:" + target + ":" + agent.id() + ":" + dueOn,
                        "Due " + when + ": " + title,
                        "Please complete " + what + " by " + DATE.format(dueOn) + " (" + when + ").", link,
                        title + " is due " + when));
            }
        }
        return result;
    }

    private List<Reminder> certificateReminders(UserSummary agent, LocalDate today, List<ProgramSummary> programs,
            List<Certificate> certs) {
        List<Reminder> result = new ArrayList<>();
        for (ProgramSummary program : programs) {
            certs.stream().filter(c -> c.getProgramId() == program.id() && !c.isRevoked())
                    .max(Comparator.comparing(Certificate::getValidFrom))
                    .filter(latest -> latest.getValidUntil() != null)
                    .ifPresent(latest -> {
                        LocalDate until = latest.getValidUntil();
                        if (today.isAfter(until)) {
                            Map<String, Object> hook = new LinkedHashMap<>();
                            hook.put("agentId", agent.id());
                            hook.put("agentName", agent.displayName());
                            hook.put("certificateId", latest.getId());
                            hook.put("programId", program.id());
                            hook.put("programName", program.name());
                            hook.put("validUntil", until);
                            result.add(new Reminder("certificate-expired:" + latest.getId(),
                                    "Expired: " + program.name(),
                                    "Your " + program.name() + " certificate expired after " + DATE.format(until)
                                            + ". Pass the program's quizzes again to recertify.",
                                    "certificates", program.name() + " certificate expired after " + DATE.format(until),
                                    com.certdesk.notification.WebhookEventType.CERTIFICATE_EXPIRED, hook));
                        } else if (!today.isBefore(CertificationRules.windowOpens(until, program.windowDays()))) {
                            result.add(new Reminder("certificate-window:" + latest.getId(),
                                    "Time to recertify: " + program.name(),
                                    "Your " + program.name() + " certificate is valid until " + DATE.format(until)
                                            + ". You can recertify now: pass the program's quizzes again and the new "
                                            + "certificate continues from your current one, so no day is lost.",
                                    "certificates", program.name() + " certificate expires after "
                                            + DATE.format(until)));
                        }
                    });
        }
        return result;
    }

    /** Issues certificates an event missed (a crash between commit and listener): cheap, and usually nothing. */
    private int reconcile(List<UserSummary> agents, List<ProgramSummary> programs,
            Map<Long, Map<Long, ModuleProgress>> progress) {
        int issued = 0;
        for (UserSummary agent : agents) {
            Set<Long> complete = progress.getOrDefault(agent.id(), Map.of()).values().stream()
                    .filter(ModuleProgress::complete).map(ModuleProgress::moduleId).collect(Collectors.toSet());
            for (ProgramSummary program : programs) {
                if (complete.containsAll(program.moduleIds())
                        && issuer.issueIfEligible(agent.id(), program.id()).isPresent()) {
                    issued++;
                }
            }
        }
        return issued;
    }

}
