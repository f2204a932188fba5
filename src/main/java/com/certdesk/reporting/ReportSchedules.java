package com.certdesk.reporting;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.notification.NotificationService;
import com.certdesk.reporting.internal.SavedFilterJson;
import com.certdesk.reporting.internal.ScheduleStore;
import com.certdesk.reporting.internal.ScheduleStore.Schedule;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.certdesk.security.UserAuthority;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Scheduled reports (issue 12): HR and administrators keep a report page's filter as a weekly or monthly schedule,
 * and the daily job ({@link ScheduledReportRunner}) produces it with their authority, offering the file under the
 * bell. Each person sees and changes their own schedules and runs; administrators everyone's. Someone else's and an
 * unknown id are refused alike, so ids cannot be probed. Managers and agents are refused everything.
 */
@Service
public class ReportSchedules {

    static final int MAX_NAME = 100;
    static final int MAX_FILTER = 4000;
    private static final String NO_SCHEDULE = "This scheduled report does not exist, or it is not yours.";
    private static final String NO_RUN = "This report file does not exist (files are kept a limited time), or it is "
            + "not yours.";

    private final ScheduleStore store;
    private final ScheduledReportRunner runner;
    private final CurrentUser currentUser;
    private final UserAuthority authority;
    private final NotificationService notifications;
    private final OrganizationTime time;
    private final Clock clock;

    ReportSchedules(ScheduleStore store, ScheduledReportRunner runner, CurrentUser currentUser,
            UserAuthority authority, NotificationService notifications, OrganizationTime time, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.currentUser = currentUser;
        this.authority = authority;
        this.notifications = notifications;
        this.time = time;
        this.clock = clock;
    }

    /** Whether the caller may schedule reports (HR and administrators): report pages show "Schedule…" then. */
    public boolean maySchedule() {
        try {
            return currentUser.hasAnyRole(Roles.HR, Roles.ADMIN);
        } catch (org.springframework.security.access.AccessDeniedException notSignedIn) {
            return false;
        }
    }

    /** Whether the dialog may offer "also e-mail me a link": only when the server can send e-mail. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public boolean emailAvailable() {
        return notifications.emailConfigured();
    }

    /** The day a schedule made today would first run. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public LocalDate firstRun(ScheduleFrequency frequency, int day) {
        checkDay(frequency, day);
        return frequency.nextAfter(time.today(), day);
    }

    /** How many days produced files are kept. */
    public int keepDays() {
        return runner.keepDays();
    }

    /**
     * Keeps the page's filter as a schedule of the caller's; its first run is on the first matching day after today.
     *
     * @throws ValidationException for a blank or long name, a day out of range, or e-mail asked for without SMTP
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public ScheduleView create(ScheduleDraft draft) {
        String name = draft.name().strip();
        if (name.isEmpty()) {
            throw new ValidationException("Give the scheduled report a name.");
        }
        if (name.length() > MAX_NAME) {
            throw new ValidationException("A scheduled report's name may have at most " + MAX_NAME + " characters.");
        }
        checkDay(draft.frequency(), draft.day());
        if (!draft.filter().kind().formats().contains(draft.format())) {
            throw new ValidationException("The " + draft.filter().kind().label() + " is offered as "
                    + draft.filter().kind().formats().stream().map(ExportFormat::label).toList() + ", not as "
                    + draft.format().label() + ".");
        }
        if (draft.email() && !notifications.emailConfigured()) {
            throw new ValidationException("This server sends no e-mail (no SMTP server is configured), so the link "
                    + "cannot be e-mailed; the file is offered under the bell.");
        }
        String json = SavedFilterJson.write(draft.filter());
        if (json.length() > MAX_FILTER) {
            throw new ValidationException("This filter is too long to keep; shorten the name searched for.");
        }
        LocalDate from = draft.dates() == DateRule.FIXED ? draft.filter().from() : null;
        LocalDate to = draft.dates() == DateRule.FIXED ? draft.filter().to() : null;
        DateRule rule = draft.dates() == DateRule.FIXED && from == null && to == null ? DateRule.ALL : draft.dates();
        long id = store.insert(currentUser.id(), draft.filter().kind(), name, draft.format(), draft.frequency(),
                draft.day(), json, SavedFilterJson.VERSION, rule, from, to, draft.email(),
                draft.frequency().nextAfter(time.today(), draft.day()), clock.instant());
        return view(store.schedule(id).orElseThrow(), new HashMap<>());
    }

    /** The caller's schedules (an administrator's: everyone's), newest first. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public Page<ScheduleView> schedules(Pageable pageable) {
        Long owner = scope();
        long total = store.countSchedules(owner);
        Map<Long, String> names = new HashMap<>();
        List<ScheduleView> content = pageable.isUnpaged()
                ? store.schedules(owner, 0, (int) Math.min(total, Integer.MAX_VALUE)).stream()
                        .map(s -> view(s, names)).toList()
                : store.schedules(owner, pageable.getOffset(), pageable.getPageSize()).stream()
                        .map(s -> view(s, names)).toList();
        return new PageImpl<>(content, pageable, total);
    }

    /** @throws NotFoundException for someone else's (unless the caller is an administrator) or an unknown id */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public ScheduleView schedule(long id) {
        return view(mine(id), new HashMap<>());
    }

    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public ScheduleView pause(long id) {
        Schedule s = mine(id);
        if (!s.paused()) {
            store.pause(id, null);
        }
        return schedule(id);
    }

    /**
     * Runs it again from the next matching day after today.
     *
     * @throws ValidationException when its owner may no longer run it (deactivated, no longer HR or administrator)
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public ScheduleView resume(long id) {
        Schedule s = mine(id);
        String refusal = ScheduledReportRunner.refusal(authority.standing(s.ownerId()));
        if (refusal != null) {
            throw new ValidationException("It cannot run again: " + refusal + ", and a scheduled report runs with "
                    + "its owner's authority.");
        }
        store.resume(id, s.frequency().nextAfter(time.today(), s.day()));
        return schedule(id);
    }

    /** Deletes the schedule with its runs and files. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public void delete(long id) {
        mine(id);
        store.delete(id);
    }

    /**
     * Produces the report now, with its owner's authority (also when an administrator clicks), and tells the owner
     * as a scheduled run would; the schedule's next day stays.
     *
     * @return the run (failed or skipped ones say why)
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public RunView runNow(long id) {
        Schedule s = mine(id);
        long run = runner.runNow(s).orElseThrow(() -> new ValidationException("This report was started this "
                + "very moment already; see its runs below."));
        return store.run(run).map(ReportSchedules::view).orElseThrow();
    }

    /** Runs of the caller's schedules (an administrator's: everyone's), of one schedule or all, newest first. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public Page<RunView> runs(@Nullable Long scheduleId, Pageable pageable) {
        Long owner = scope();
        long total = store.countRuns(owner, scheduleId);
        long offset = pageable.isUnpaged() ? 0 : pageable.getOffset();
        int limit = pageable.isUnpaged() ? (int) Math.min(total, Integer.MAX_VALUE) : pageable.getPageSize();
        return new PageImpl<>(store.runs(owner, scheduleId, offset, limit).stream().map(ReportSchedules::view)
                .toList(), pageable, total);
    }

    /** @throws NotFoundException for someone else's run (unless the caller is an administrator) or an unknown id */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public RunView run(long runId) {
        return store.run(runId).filter(r -> mayOpen(r.ownerId())).map(ReportSchedules::view)
                .orElseThrow(() -> new NotFoundException(NO_RUN));
    }

    /**
     * The run's file, for its owner and administrators.
     *
     * @throws NotFoundException for someone else's, an unknown id, or a run without a file (failed, deleted)
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public ReportFile file(long runId) {
        return store.file(runId).filter(f -> mayOpen(f.ownerId()))
                .map(f -> new ReportFile(f.fileName(), f.format().mimeType(), f.content()))
                .orElseThrow(() -> new NotFoundException(NO_RUN));
    }

    private Schedule mine(long id) {
        return store.schedule(id).filter(s -> mayOpen(s.ownerId()))
                .orElseThrow(() -> new NotFoundException(NO_SCHEDULE));
    }

    private boolean mayOpen(long ownerId) {
        return currentUser.hasRole(Roles.ADMIN) || currentUser.is(ownerId);
    }

    /** Whose: null for an administrator (everyone's), else the caller's id. */
    private @Nullable Long scope() {
        return currentUser.hasRole(Roles.ADMIN) ? null : currentUser.id();
    }

    private static void checkDay(ScheduleFrequency frequency, int day) {
        if (day < 1 || day > frequency.maxDay()) {
            throw new ValidationException(frequency == ScheduleFrequency.WEEKLY ? "Choose a day of the week."
                    : "Choose a day of the month from 1 to 28 (every month has those).");
        }
    }

    private ScheduleView view(Schedule s, Map<Long, String> names) {
        String owner = names.computeIfAbsent(s.ownerId(), id -> authority.standing(id)
                .map(UserAuthority.Standing::displayName).orElse("(deleted user " + id + ")"));
        RunView last = store.runs(null, s.id(), 0, 1).stream().findFirst().map(ReportSchedules::view).orElse(null);
        return new ScheduleView(s.id(), s.ownerId(), owner, s.report(), s.name(), s.format(), s.frequency(), s.day(),
                s.dateRule(), s.from(), s.to(), s.email(), s.nextRunOn(), s.paused(), s.pausedReason(),
                s.createdAt(), last);
    }

    private static RunView view(ScheduleStore.Run r) {
        return new RunView(r.id(), r.scheduleId(), r.scheduleName(), r.ownerId(), r.period(), r.status(),
                r.startedAt(), r.finishedAt(), r.rows(), r.fileName(), r.sizeBytes(), r.message());
    }
}
