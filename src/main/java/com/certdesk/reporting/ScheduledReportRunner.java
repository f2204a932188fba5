package com.certdesk.reporting;

import com.certdesk.base.OrganizationTime;
import com.certdesk.notification.NotificationRequest;
import com.certdesk.notification.NotificationService;
import com.certdesk.reporting.internal.SavedFilterJson;
import com.certdesk.reporting.internal.ScheduleStore;
import com.certdesk.reporting.internal.ScheduleStore.Schedule;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.certdesk.security.UserAuthority;
import com.certdesk.security.UserAuthority.Standing;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Produces scheduled reports. Once a day ({@code certdesk.reports.schedules-cron}) every schedule due on or before
 * today is produced once for the day it was due: the run is claimed by inserting it under a unique (schedule,
 * period) key, in its own short transaction that also moves the schedule to its next day, so a second run of the job
 * or a second node inserts nothing twice; the file is written after that commit, outside any transaction, and the
 * owner is told (in-app, and by e-mail with a link when they asked and SMTP is configured) after the file is stored.
 * A schedule missed for several periods (the server was down) is produced once and moves on to its next day after
 * today.
 *
 * <p>The file is written with the owner's authority as it stands at run time ({@link UserAuthority}): an owner who
 * was deactivated or no longer holds HR or administrator gets no file, the run is SKIPPED and the schedule paused
 * with the reason. Each run writes the report's normal export audit entry, the owner as actor and "scheduled" in the
 * detail. The same daily job deletes runs older than {@code certdesk.reports.keep-days}.
 */
@Component
class ScheduledReportRunner {

    /** A run still RUNNING after this long was left by a server that stopped while writing it. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ScheduledReportRunner.class);

    private final ScheduleStore store;
    private final UserAuthority authority;
    private final ProgressReport progress;
    private final ModuleProgressReport modules;
    private final CertificateRegisterReport register;
    private final NotificationService notifications;
    private final OrganizationTime time;
    private final Clock clock;
    private DataSize maxFileSize;
    private int keepDays;

    ScheduledReportRunner(ScheduleStore store, UserAuthority authority, ProgressReport progress,
            ModuleProgressReport modules, CertificateRegisterReport register, NotificationService notifications,
            OrganizationTime time, Clock clock,
            @Value("${certdesk.reports.max-file-size:20MB}") DataSize maxFileSize,
            @Value("${certdesk.reports.keep-days:90}") int keepDays) {
        this.store = store;
        this.authority = authority;
        this.progress = progress;
        this.modules = modules;
        this.register = register;
        this.notifications = notifications;
        this.time = time;
        this.clock = clock;
        applyLimits(maxFileSize, keepDays);
    }

    /** What a pass of the job did. */
    record Pass(int produced, int failed, int skipped, int alreadyDone, int deleted) {
    }

    /**
     * The limits; set at start-up from the settings (tests set smaller ones and put them back). Not final: the bean
     * is a proxy (the scheduled job's lock, ADR 020), and a final method would set the proxy's fields, not the bean's.
     */
    void limits(DataSize maxFileSize, int keepDays) {
        applyLimits(maxFileSize, keepDays);
    }

    private void applyLimits(DataSize maxFileSize, int keepDays) {
        if (keepDays < 1) {
            throw new IllegalArgumentException("certdesk.reports.keep-days must be at least 1 (it is " + keepDays
                    + ").");
        }
        if (maxFileSize.toBytes() < 1024) {
            throw new IllegalArgumentException("certdesk.reports.max-file-size must be at least 1KB (it is "
                    + maxFileSize + ").");
        }
        this.maxFileSize = maxFileSize;
        this.keepDays = keepDays;
    }

    DataSize maxFileSize() {
        return maxFileSize;
    }

    int keepDays() {
        return keepDays;
    }

    @Scheduled(cron = "${certdesk.reports.schedules-cron:0 30 6 * * *}")
    @SchedulerLock(name = "reports.daily", lockAtMostFor = "PT2H", lockAtLeastFor = "PT10M")
    void daily() {
        Pass pass = runDue();
        log.info("Scheduled reports: {} produced, {} failed, {} skipped (owner may no longer run them), {} already "
                + "produced elsewhere, {} old runs deleted", pass.produced(), pass.failed(), pass.skipped(),
                pass.alreadyDone(), pass.deleted());
    }

    /** Produces every schedule due on or before today, once per due day, then applies the retention. */
    Pass runDue() {
        Instant now = clock.instant();
        store.failAbandoned(now.minus(ABANDONED_AFTER), "The server stopped while this run was being written; it "
                + "is not repeated (Run now produces one).", now);
        LocalDate today = time.today();
        int produced = 0;
        int failed = 0;
        int skipped = 0;
        int already = 0;
        for (Schedule s : store.due(today)) {
            LocalDate dueOn = s.nextRunOn();
            if (dueOn == null) {
                continue;
            }
            LocalDate next = s.frequency().nextAfter(today, s.day());
            OptionalLong run = store.claim(s.id(), s.ownerId(), dueOn.toString(), clock.instant(), dueOn, next);
            if (run.isEmpty()) {
                store.moveOn(s.id(), dueOn, next);
                already++;
                continue;
            }
            switch (produce(s, run.getAsLong(), dueOn)) {
                case DONE -> produced++;
                case SKIPPED -> skipped++;
                default -> failed++;
            }
        }
        return new Pass(produced, failed, skipped, already, applyRetention());
    }

    /**
     * Produces a schedule now, outside its days (the page's Run now, whose button is disabled while it runs); its
     * next day stays. Two calls in the same millisecond make one run.
     */
    Optional<Long> runNow(Schedule s) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        OptionalLong run = store.claim(s.id(), s.ownerId(), "now:" + now, now, null, null);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        produce(s, run.getAsLong(), time.today());
        return Optional.of(run.getAsLong());
    }

    /** Deletes runs, with their files, older than the retention. */
    int applyRetention() {
        return store.deleteRunsBefore(clock.instant().minus(Duration.ofDays(keepDays)));
    }

    /** Why the owner may not run it now, or null when they may. */
    static @Nullable String refusal(Optional<Standing> owner) {
        if (owner.isEmpty()) {
            return "its owner's account no longer exists";
        }
        Standing o = owner.get();
        if (!o.active()) {
            return o.displayName() + "'s account is deactivated";
        }
        if (!o.hasAnyRole(Roles.HR, Roles.ADMIN)) {
            return o.displayName() + " no longer holds the HR or administrator role";
        }
        return null;
    }

    private RunStatus produce(Schedule s, long runId, LocalDate day) {
        Optional<Standing> owner = authority.standing(s.ownerId());
        String refusal = refusal(owner);
        if (refusal != null) {
            String reason = "Paused on " + day + ": " + refusal + ", and a scheduled report runs with its owner's "
                    + "authority.";
            store.ended(runId, RunStatus.SKIPPED, "Not produced: " + refusal + ". The schedule was paused.",
                    clock.instant());
            store.pause(s.id(), reason);
            log.warn("Scheduled report {} ('{}') paused: {}", s.id(), s.name(), refusal);
            return RunStatus.SKIPPED;
        }
        try {
            DateRule.Range range = s.dateRule().range(day, s.from(), s.to());
            SavedFilter filter = SavedFilterJson.read(s.report(), s.filterJson(), s.filterVersion())
                    .withDates(range.from(), range.to());
            var out = new CappedStream(maxFileSize.toBytes());
            String occasion = "scheduled '" + s.name() + "' (schedule " + s.id() + ", run " + runId + ", for " + day
                    + ")";
            long rows = authority.callAs(s.ownerId(), () -> export(filter, s.format(), out, occasion));
            byte[] content = out.toByteArray();
            store.done(runId, rows, fileName(s, day), content, clock.instant());
            tell(s, runId, rows);
            return RunStatus.DONE;
        } catch (RuntimeException e) {
            String message = failure(e);
            store.ended(runId, RunStatus.FAILED, message, clock.instant());
            if (causedBy(e, CappedStream.TooLarge.class) == null) {
                log.error("Scheduled report {} ('{}'), run {} failed", s.id(), s.name(), runId, e);
            } else {
                log.warn("Scheduled report {} ('{}'), run {}: {}", s.id(), s.name(), runId, message);
            }
            return RunStatus.FAILED;
        }
    }

    private long export(SavedFilter filter, ExportFormat format, OutputStream out, String occasion) {
        return switch (filter) {
            case SavedFilter.Progress p -> progress.export(p.filter(), format, out, occasion);
            case SavedFilter.Modules m -> modules.export(m.filter(), format, out, occasion);
            case SavedFilter.Register r -> register.export(r.filter(), format, out, occasion);
        };
    }

    private String failure(RuntimeException e) {
        if (causedBy(e, CappedStream.TooLarge.class) != null) {
            return "The file grew past the limit of " + megabytes(maxFileSize.toBytes()) + " (setting "
                    + "certdesk.reports.max-file-size) and was not kept. Narrow the schedule's filter, or ask an "
                    + "administrator to raise the limit.";
        }
        if (causedBy(e, AccessDeniedException.class) != null) {
            return "The report refused its owner: " + e.getMessage();
        }
        if (e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return "The report could not be produced (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").";
    }

    private void tell(Schedule s, long runId, long rows) {
        try {
            SystemAuthentication.runAsSystem(() -> notifications.send(new NotificationRequest(s.ownerId(),
                    "report-run:" + runId, "Your " + s.frequency().adjective() + " report '" + s.name()
                            + "' is ready (" + count(rows) + ")",
                    s.report().label() + " as " + s.format().label() + ", " + count(rows) + ", produced "
                            + time.today() + ". Download it from Certdesk: the link works for you only, and the file "
                            + "is kept " + keepDays + " days.",
                    "reports/runs/" + runId, s.email() && notifications.emailConfigured())));
        } catch (RuntimeException e) {
            // the file is stored and listed on the page; a failed notice must not fail the run
            log.error("Could not tell user {} about run {} of scheduled report {}", s.ownerId(), runId, s.id(), e);
        }
    }

    static String fileName(Schedule s, LocalDate day) {
        String slug = s.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            slug = s.report().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug + "-" + day + "." + s.format().extension();
    }

    private static String count(long rows) {
        return String.format(Locale.ROOT, "%,d %s", rows, rows == 1 ? "row" : "rows");
    }

    /** "20 MB", "1.5 MB", "64 KB". */
    static String megabytes(long bytes) {
        long mb = 1024 * 1024;
        if (bytes < mb) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mb);
    }

    private static <T extends Throwable> @Nullable T causedBy(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The file in memory, refused as soon as it passes the limit. */
    static final class CappedStream extends ByteArrayOutputStream {

        static final class TooLarge extends RuntimeException {
            TooLarge() {
                super("The file passed its size limit.");
            }
        }

        private final long limit;

        CappedStream(long limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            check(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            check(len);
            super.write(b, off, len);
        }

        private void check(int more) {
            if (count + (long) more > limit) {
                throw new TooLarge();
            }
        }
    }
}
