package com.certdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.TestMail;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.notification.internal.MailOutbox;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.security.AuditFilter;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.util.unit.DataSize;

/**
 * The daily job of scheduled reports, with the clock moved to the days that matter: weekly and monthly schedules run
 * on their day and once, a paused one never, a missed period once; an owner who was deactivated or lost the HR role
 * gets no file and the schedule pauses with the reason; old files are deleted; a file past the cap fails with a
 * message; the e-mail carries a link, not the file.
 */
@ServiceTest
class ScheduledReportRunnerTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.server();

    @Autowired
    ScheduledReportRunner runner;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    UserAdminService users;
    @Autowired
    AuditLog audit;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    OrganizationTime time;
    @Autowired
    TestClock clock;
    @Autowired
    ConfigurableApplicationContext context;

    @AfterEach
    void reset() {
        fixtures.signOut();
        clock.reset();
    }

    /** An HR user and a team of two agents. */
    record Org(String hr, long team) {
    }

    Org org(String prefix) {
        String hr = fixtures.user(prefix + "-hr", null, Roles.HR);
        long team = fixtures.team(prefix + " team");
        fixtures.user(prefix + "-agent", team, Roles.AGENT);
        fixtures.user(prefix + "-agent2", team, Roles.AGENT);
        return new Org(hr, team);
    }

    <T> T as(String user, Supplier<T> work) {
        fixtures.signIn(user);
        try {
            return work.get();
        } finally {
            fixtures.signOut();
        }
    }

    /** The team's module progress completed in the 7 days before each run (none: the agents did nothing). */
    ScheduleView schedule(Org o, ScheduleFrequency frequency, int day, ExportFormat format, boolean email) {
        var filter = new SavedFilter.Modules(new ModuleProgressReport.Filter(o.team(), null, null, null, null, ""));
        return as(o.hr(), () -> schedules.create(new ScheduleDraft("Team modules", format, frequency, day,
                DateRule.LAST_7_DAYS, filter, email)));
    }

    /** The team's agents in one module of their own, any dates: two rows. */
    ScheduleView scheduleOneModule(Org o, ExportFormat format, boolean email) {
        long module = fixtures.publishedModule("Scheduled module", 1);
        var filter = new SavedFilter.Modules(new ModuleProgressReport.Filter(o.team(), module, null, null, null,
                ""));
        return as(o.hr(), () -> schedules.create(new ScheduleDraft("Team modules", format, ScheduleFrequency.WEEKLY,
                1, DateRule.ALL, filter, email)));
    }

    List<RunView> runs(Org o, ScheduleView s) {
        return as(o.hr(), () -> schedules.runs(s.id(), Pageable.unpaged()).getContent());
    }

    /** Moves the clock so that today is {@code day}. */
    void moveTo(LocalDate day) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(time.today(), day)));
        assertThat(time.today()).isEqualTo(day);
    }

    void runJob() {
        runner.runDue();
    }

    @Test
    void a_weekly_schedule_runs_on_its_day_once_and_again_a_week_later() {
        Org o = org("job-weekly");
        LocalDate due = time.today().plusDays(2);
        ScheduleView s = schedule(o, ScheduleFrequency.WEEKLY, due.getDayOfWeek().getValue(), ExportFormat.CSV,
                false);
        assertThat(s.nextRunOn()).isEqualTo(due);

        runJob();
        moveTo(due.minusDays(1));
        runJob();
        assertThat(runs(o, s)).as("not before its day").isEmpty();

        moveTo(due);
        runJob();
        runJob();
        assertThat(runs(o, s)).as("once, however often the job runs").singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo(due.toString());
            assertThat(r.status()).isEqualTo(RunStatus.DONE);
            assertThat(r.rows()).isZero();
        });
        assertThat(as(o.hr(), () -> schedules.schedule(s.id())).nextRunOn()).isEqualTo(due.plusWeeks(1));

        moveTo(due.plusDays(6));
        runJob();
        assertThat(runs(o, s)).hasSize(1);
        moveTo(due.plusWeeks(1));
        runJob();
        assertThat(runs(o, s)).extracting(RunView::period).containsExactly(due.plusWeeks(1).toString(),
                due.toString());
    }

    @Test
    void two_nodes_running_the_job_at_once_produce_one_run() throws Exception {
        Org o = org("job-twice");
        LocalDate due = time.today().plusDays(3);
        ScheduleView s = schedule(o, ScheduleFrequency.WEEKLY, due.getDayOfWeek().getValue(), ExportFormat.CSV,
                false);
        moveTo(due);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> {
                start.await();
                return runner.runDue();
            });
            var second = pool.submit(() -> {
                start.await();
                return runner.runDue();
            });
            start.countDown();
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        assertThat(runs(o, s)).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.DONE));
        assertThat(as(o.hr(), () -> schedules.schedule(s.id())).nextRunOn()).isEqualTo(due.plusWeeks(1));
    }

    @Test
    void a_monthly_schedule_runs_on_its_day_of_the_month_and_a_missed_one_once() {
        Org o = org("job-monthly");
        int day = 10;
        ScheduleView s = schedule(o, ScheduleFrequency.MONTHLY, day, ExportFormat.XLSX, false);
        LocalDate due = s.nextRunOn();
        assertThat(due.getDayOfMonth()).isEqualTo(day);
        assertThat(due).isAfter(time.today()).isBeforeOrEqualTo(time.today().plusMonths(1));

        moveTo(due.minusDays(1));
        runJob();
        assertThat(runs(o, s)).isEmpty();
        moveTo(due);
        runJob();
        assertThat(runs(o, s)).extracting(RunView::period).containsExactly(due.toString());

        // the server is down over the next two run days: one run for the first missed, then on from today
        moveTo(due.plusMonths(2).plusDays(3));
        runJob();
        runJob();
        assertThat(runs(o, s)).extracting(RunView::period).containsExactly(due.plusMonths(1).toString(),
                due.toString());
        assertThat(as(o.hr(), () -> schedules.schedule(s.id())).nextRunOn()).isEqualTo(due.plusMonths(3));
    }

    @Test
    void a_paused_schedule_does_not_run_until_resumed() {
        Org o = org("job-paused");
        LocalDate due = time.today().plusDays(1);
        ScheduleView s = schedule(o, ScheduleFrequency.WEEKLY, due.getDayOfWeek().getValue(), ExportFormat.CSV,
                false);
        ScheduleView paused = as(o.hr(), () -> schedules.pause(s.id()));
        assertThat(paused.paused()).isTrue();
        assertThat(paused.nextRunOn()).isNull();
        assertThat(paused.pausedReason()).as("paused by its owner").isNull();

        moveTo(due);
        runJob();
        moveTo(due.plusWeeks(1));
        runJob();
        assertThat(runs(o, s)).isEmpty();

        ScheduleView resumed = as(o.hr(), () -> schedules.resume(s.id()));
        assertThat(resumed.nextRunOn()).isEqualTo(due.plusWeeks(2));
    }

    @Test
    void an_owner_who_was_deactivated_gets_no_file_and_the_schedule_pauses_with_the_reason() {
        Org o = org("job-gone");
        LocalDate due = time.today().plusDays(1);
        ScheduleView s = schedule(o, ScheduleFrequency.WEEKLY, due.getDayOfWeek().getValue(), ExportFormat.CSV,
                false);
        long owner = fixtures.userId(o.hr());
        SystemAuthentication.runAsSystem(() -> users.setActive(owner, false));
        long exportsBefore = exports(o.hr());

        moveTo(due);
        runJob();

        ScheduleView now = SystemAuthentication.callAsSystem(() -> schedules.schedule(s.id()));
        assertThat(now.paused()).isTrue();
        assertThat(now.nextRunOn()).isNull();
        assertThat(now.pausedReason()).isEqualTo("Paused on " + due + ": Test " + o.hr() + "'s account is "
                + "deactivated, and a scheduled report runs with its owner's authority.");
        RunView run = now.lastRun();
        assertThat(run.status()).isEqualTo(RunStatus.SKIPPED);
        assertThat(run.message()).contains("deactivated");
        assertThat(exports(o.hr())).as("nothing exported in their name").isEqualTo(exportsBefore);
        assertThatThrownBy(() -> SystemAuthentication.callAsSystem(() -> schedules.file(run.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemAuthentication.callAsSystem(() -> schedules.resume(s.id())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("account is deactivated");
        moveTo(due.plusWeeks(1));
        runJob();
        assertThat(SystemAuthentication.callAsSystem(() -> schedules.runs(s.id(), Pageable.unpaged()))
                .getTotalElements()).as("paused: not tried again").isEqualTo(1);
    }

    @Test
    void an_owner_who_lost_the_hr_role_gets_no_file_and_the_schedule_pauses() {
        Org o = org("job-demoted");
        LocalDate due = time.today().plusDays(1);
        ScheduleView s = schedule(o, ScheduleFrequency.WEEKLY, due.getDayOfWeek().getValue(), ExportFormat.CSV,
                false);
        long owner = fixtures.userId(o.hr());
        SystemAuthentication.runAsSystem(() -> {
            var u = users.get(owner);
            users.update(owner, u.version(), new UserDraft(u.username(), u.displayName(), u.email(),
                    Set.of(Roles.MANAGER), u.teamId(), u.hireDate(), u.externalId(), u.active()));
        });

        moveTo(due);
        runJob();

        ScheduleView now = SystemAuthentication.callAsSystem(() -> schedules.schedule(s.id()));
        assertThat(now.paused()).isTrue();
        assertThat(now.pausedReason()).contains("no longer holds the HR or administrator role");
        assertThat(now.lastRun().status()).isEqualTo(RunStatus.SKIPPED);
    }

    @Test
    void files_are_kept_for_the_retention_days_then_the_daily_job_deletes_them() {
        Org o = org("job-retention");
        ScheduleView s = schedule(o, ScheduleFrequency.MONTHLY, 28, ExportFormat.CSV, false);
        RunView run = as(o.hr(), () -> schedules.runNow(s.id()));
        assertThat(runner.keepDays()).isEqualTo(90);

        clock.advance(Duration.ofDays(89));
        runJob();
        assertThat(as(o.hr(), () -> schedules.file(run.id())).content()).isNotEmpty();

        clock.advance(Duration.ofDays(2));
        runJob();
        assertThatThrownBy(() -> as(o.hr(), () -> schedules.file(run.id()))).isInstanceOf(NotFoundException.class);
        assertThat(runs(o, s)).extracting(RunView::id).doesNotContain(run.id());
        assertThat(as(o.hr(), () -> schedules.schedule(s.id())).paused()).as("the schedule stays").isFalse();
    }

    @Test
    void a_file_past_the_size_cap_fails_with_a_clear_message_and_keeps_nothing() {
        Org o = org("job-cap");
        ScheduleView s = scheduleOneModule(o, ExportFormat.XLSX, false);
        DataSize was = runner.maxFileSize();
        runner.limits(DataSize.ofKilobytes(1), runner.keepDays());
        try {
            RunView run = as(o.hr(), () -> schedules.runNow(s.id()));
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.message()).isEqualTo("The file grew past the limit of 1 KB (setting "
                    + "certdesk.reports.max-file-size) and was not kept. Narrow the schedule's filter, or ask an "
                    + "administrator to raise the limit.");
            assertThat(run.sizeBytes()).isNull();
            assertThatThrownBy(() -> as(o.hr(), () -> schedules.file(run.id())))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            runner.limits(was, runner.keepDays());
        }
        assertThat(as(o.hr(), () -> schedules.runNow(s.id())).status()).as("within the limit")
                .isEqualTo(RunStatus.DONE);
    }

    @Test
    void with_smtp_the_owner_is_mailed_a_link_to_the_file_never_the_file() throws Exception {
        outbox.retryDue(); // before the server is connected: other tests' waiting e-mails are marked not sent
        TestMail.connect(context, smtp);
        try {
            Org o = org("job-mail");
            assertThat(as(o.hr(), () -> schedules.emailAvailable())).isTrue();
            ScheduleView s = scheduleOneModule(o, ExportFormat.CSV, true);
            assertThat(s.email()).isTrue();

            RunView run = as(o.hr(), () -> schedules.runNow(s.id()));

            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).contains(o.hr() + "@example.test");
            assertThat(mail.getSubject()).isEqualTo("Your weekly report 'Team modules' is ready (2 rows)");
            assertThat(mail.getContentType()).startsWith("text/plain");
            assertThat(mail.getContent()).isInstanceOf(String.class);
            assertThat(GreenMailUtil.getBody(mail)).contains("/reports/runs/" + run.id())
                    .doesNotContain("Agent,Team");
        } finally {
            TestMail.disconnect(context);
        }
    }

    long exports(String actor) {
        return SystemAuthentication.callAsSystem(() -> audit.count(new AuditFilter(actor, AuditKind.EXPORT, null,
                null)));
    }
}
