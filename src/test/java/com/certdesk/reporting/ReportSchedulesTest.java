package com.certdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.certification.CertStatus;
import com.certdesk.certification.CertificateFilter;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.notification.NotificationService;
import com.certdesk.notification.NotificationView;
import com.certdesk.security.AuditEntry;
import com.certdesk.security.AuditFilter;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import de.siegmar.fastcsv.reader.CsvReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Scheduled reports as HR keeps them: their own schedules and files only, administrators everyone's, managers and
 * agents nothing; a run produces the report's own rows for the stored filter with the owner's authority, tells the
 * owner under the bell and writes the export's audit entry.
 */
@ServiceTest
class ReportSchedulesTest {

    @Autowired
    ReportSchedules schedules;
    @Autowired
    ProgressReport progress;
    @Autowired
    CertificateRegisterReport register;
    @Autowired
    NotificationService notifications;
    @Autowired
    AuditLog audit;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    OrganizationTime time;
    @Autowired
    TestClock clock;

    @AfterEach
    void reset() {
        fixtures.signOut();
        clock.reset();
    }

    /** Two teams, three agents (two certified in team A's program), a second HR user and an agent. */
    record Org(Fixtures.TwoTeams teams, ProgramSummary program, String otherHr, String agent) {
    }

    Org org(String prefix) {
        Fixtures.TwoTeams t = fixtures.twoTeams(prefix);
        long module = certs.moduleWithQuiz(prefix + " module");
        ProgramSummary program = certs.program(prefix + " program", 24, 30, null, module);
        String agent = fixtures.user(prefix + "-agent", t.teamA(), Roles.AGENT);
        certs.learnAndPass(agent, module, 2);
        certs.learnAndPass(fixtures.user(prefix + "-agent2", t.teamA(), Roles.AGENT), module, 2);
        fixtures.user(prefix + "-agent3", t.teamA(), Roles.AGENT);
        certs.learnAndPass(fixtures.user(prefix + "-agent4", t.teamB(), Roles.AGENT), module, 2);
        return new Org(t, program, fixtures.user(prefix + "-hr2", null, Roles.HR), agent);
    }

    static ScheduleDraft weekly(String name, SavedFilter filter) {
        return new ScheduleDraft(name, ExportFormat.CSV, ScheduleFrequency.WEEKLY, 1, DateRule.ALL, filter, false);
    }

    static SavedFilter.Progress teamA(Org o) {
        return new SavedFilter.Progress(new ProgressFilter(o.teams().teamA(), o.program().id(), null, null, null,
                ""));
    }

    <T> T as(String user, Supplier<T> work) {
        fixtures.signIn(user);
        try {
            return work.get();
        } finally {
            fixtures.signOut();
        }
    }

    static List<String[]> csv(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CsvReader.builder().ofCsvRecord(text.substring(1)).stream()
                .map(r -> r.getFields().toArray(String[]::new)).toList();
    }

    @Test
    void hr_schedules_the_progress_report_and_a_run_holds_the_reports_rows_for_the_stored_filter() {
        Org o = org("sched-rows");
        String hr = o.teams().hr();
        ScheduleView made = as(hr, () -> schedules.create(weekly("  Team A progress  ", teamA(o))));
        assertThat(made.name()).isEqualTo("Team A progress");
        assertThat(made.nextRunOn()).isAfter(time.today()).matches(d -> d.getDayOfWeek().getValue() == 1);
        assertThat(made.paused()).isFalse();
        assertThat(made.lastRun()).isNull();

        RunView run = as(hr, () -> schedules.runNow(made.id()));

        long expected = as(hr, () -> (long) progress.rows(teamA(o).filter()).size());
        assertThat(expected).isEqualTo(3);
        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(run.rows()).isEqualTo(expected);
        assertThat(run.fileName()).isEqualTo("team-a-progress-" + time.today() + ".csv");
        ReportFile file = as(hr, () -> schedules.file(run.id()));
        assertThat(file.mimeType()).startsWith("text/csv");
        List<String[]> records = csv(file.content());
        assertThat(records).hasSize(1 + (int) expected);
        assertThat(records.getFirst()[0]).isEqualTo("Agent");
        assertThat(records.stream().skip(1).map(r -> r[0])).contains("Test " + o.agent());
        assertThat(as(hr, () -> schedules.schedule(made.id())).lastRun()).extracting(RunView::id).isEqualTo(run.id());

        // under the bell, linking to the run's page
        NotificationView told = as(hr, () -> notifications.mine(Pageable.ofSize(5)).getContent().getFirst());
        assertThat(told.title()).isEqualTo("Your weekly report 'Team A progress' is ready (3 rows)");
        assertThat(told.link()).isEqualTo("reports/runs/" + run.id());
        // the export's own audit entry, the owner as actor, "scheduled" in the detail
        AuditEntry entry = SystemAuthentication.callAsSystem(() -> audit.page(new AuditFilter(hr, AuditKind.EXPORT,
                null, null), 0, 1).getFirst());
        assertThat(entry.actorName()).isEqualTo(hr);
        assertThat(entry.actorId()).isEqualTo(fixtures.userId(hr));
        assertThat(entry.detail()).startsWith("progress report as CSV: 3 rows").contains("scheduled 'Team A progress'")
                .contains("run " + run.id());
    }

    @Test
    void the_register_with_a_relative_range_reports_the_month_before_each_run() {
        Org o = org("sched-range");
        String hr = o.teams().hr();
        var filter = new SavedFilter.Register(new CertificateFilter(o.teams().teamA(), o.program().id(), null,
                time.today().minusDays(3), time.today(), ""));
        ScheduleView previousMonth = as(hr, () -> schedules.create(new ScheduleDraft("Last month's certificates",
                ExportFormat.XLSX, ScheduleFrequency.MONTHLY, 3, DateRule.PREVIOUS_MONTH, filter, false)));
        ScheduleView fixed = as(hr, () -> schedules.create(new ScheduleDraft("These days' certificates",
                ExportFormat.CSV, ScheduleFrequency.MONTHLY, 3, DateRule.FIXED, filter, false)));
        assertThat(previousMonth.dates()).isEqualTo(DateRule.PREVIOUS_MONTH);
        assertThat(previousMonth.from()).isNull();
        assertThat(fixed.from()).isEqualTo(time.today().minusDays(3));
        assertThat(fixed.to()).isEqualTo(time.today());

        RunView none = as(hr, () -> schedules.runNow(previousMonth.id()));
        RunView both = as(hr, () -> schedules.runNow(fixed.id()));

        // the two certificates were issued today: not in the month before, both in the fixed days
        assertThat(none.rows()).isZero();
        assertThat(both.rows()).isEqualTo(2).isEqualTo(as(hr, () -> register.count(filter.filter())));
        var first = time.today().withDayOfMonth(1).minusMonths(1);
        assertThat(SystemAuthentication.callAsSystem(() -> audit.page(new AuditFilter(hr, AuditKind.EXPORT, null,
                null), 0, 5)).stream().map(AuditEntry::detail))
                .anyMatch(d -> d.contains("issued from " + first) && d.contains("issued to "
                        + first.plusMonths(1).minusDays(1)) && d.contains("Last month's certificates"));
    }

    @Test
    void another_hr_user_can_neither_see_nor_change_nor_download_someone_elses_schedule() {
        Org o = org("sched-other");
        ScheduleView mine = as(o.teams().hr(), () -> schedules.create(weekly("Mine", teamA(o))));
        RunView run = as(o.teams().hr(), () -> schedules.runNow(mine.id()));

        fixtures.signIn(o.otherHr());
        assertThat(schedules.schedules(Pageable.unpaged()).getContent()).extracting(ScheduleView::id)
                .doesNotContain(mine.id());
        assertThat(schedules.runs(null, Pageable.unpaged()).getContent()).extracting(RunView::id)
                .doesNotContain(run.id());
        assertThat(schedules.runs(mine.id(), Pageable.unpaged()).getContent()).isEmpty();
        for (Runnable call : List.<Runnable>of(() -> schedules.schedule(mine.id()), () -> schedules.pause(mine.id()),
                () -> schedules.resume(mine.id()), () -> schedules.delete(mine.id()),
                () -> schedules.runNow(mine.id()), () -> schedules.run(run.id()), () -> schedules.file(run.id()),
                () -> schedules.file(Long.MAX_VALUE))) {
            assertThatThrownBy(call::run).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("does not exist");
        }
        fixtures.signOut();
        assertThat(as(o.teams().hr(), () -> schedules.schedule(mine.id())).paused()).as("untouched").isFalse();
    }

    @Test
    void managers_and_agents_are_refused_every_call() {
        Org o = org("sched-refused");
        ScheduleView mine = as(o.teams().hr(), () -> schedules.create(weekly("Mine", teamA(o))));
        RunView run = as(o.teams().hr(), () -> schedules.runNow(mine.id()));
        for (String user : List.of(o.teams().manager(), o.agent())) {
            fixtures.signIn(user);
            assertThat(schedules.maySchedule()).isFalse();
            for (Runnable call : List.<Runnable>of(() -> schedules.create(weekly("Theirs", teamA(o))),
                    () -> schedules.schedules(Pageable.unpaged()), () -> schedules.runs(null, Pageable.unpaged()),
                    () -> schedules.schedule(mine.id()), () -> schedules.pause(mine.id()),
                    () -> schedules.delete(mine.id()), () -> schedules.runNow(mine.id()),
                    () -> schedules.run(run.id()), () -> schedules.file(run.id()), schedules::emailAvailable)) {
                assertThatThrownBy(call::run).as(user).isInstanceOf(AccessDeniedException.class);
            }
            fixtures.signOut();
        }
    }

    @Test
    void an_administrator_sees_everyones_and_run_now_uses_the_owners_authority() {
        Org o = org("sched-admin");
        ScheduleView hrs = as(o.teams().hr(), () -> schedules.create(weekly("HR's", teamA(o))));
        String admin = o.teams().admin();
        fixtures.signIn(admin);
        assertThat(schedules.maySchedule()).isTrue();
        assertThat(schedules.schedules(Pageable.unpaged()).getContent()).filteredOn(s -> s.id() == hrs.id())
                .singleElement().satisfies(s -> assertThat(s.ownerName()).isEqualTo("Test " + o.teams().hr()));
        RunView run = schedules.runNow(hrs.id());
        assertThat(run.status()).isEqualTo(RunStatus.DONE);
        assertThat(schedules.file(run.id()).content()).isNotEmpty();
        assertThat(schedules.pause(hrs.id()).paused()).isTrue();
        assertThat(schedules.resume(hrs.id()).nextRunOn()).isNotNull();
        fixtures.signOut();
        String hr = o.teams().hr();
        AuditEntry entry = SystemAuthentication.callAsSystem(() -> audit.page(new AuditFilter(hr, AuditKind.EXPORT,
                null, null), 0, 1).getFirst());
        assertThat(entry.actorName()).as("the owner, not the administrator who clicked").isEqualTo(hr);
        assertThat(entry.detail()).contains("run " + run.id());
        assertThat(as(hr, () -> notifications.mine(Pageable.ofSize(5)).getContent()))
                .anyMatch(n -> n.link() != null && n.link().equals("reports/runs/" + run.id()));

        fixtures.signIn(admin);
        schedules.delete(hrs.id());
        assertThatThrownBy(() -> schedules.file(run.id())).as("its files go with it")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void bad_input_is_refused_with_a_clear_message() {
        Org o = org("sched-bad");
        fixtures.signIn(o.teams().hr());
        var filter = teamA(o);
        assertThatThrownBy(() -> schedules.create(weekly("  ", filter))).isInstanceOf(ValidationException.class)
                .hasMessage("Give the scheduled report a name.");
        assertThatThrownBy(() -> schedules.create(weekly("x".repeat(101), filter)))
                .hasMessageContaining("at most 100 characters");
        assertThatThrownBy(() -> schedules.create(new ScheduleDraft("Monthly", ExportFormat.CSV,
                ScheduleFrequency.MONTHLY, 29, DateRule.ALL, filter, false)))
                .hasMessageContaining("from 1 to 28");
        assertThatThrownBy(() -> schedules.create(new ScheduleDraft("Weekly", ExportFormat.CSV,
                ScheduleFrequency.WEEKLY, 8, DateRule.ALL, filter, false))).hasMessage("Choose a day of the week.");
        assertThat(schedules.emailAvailable()).as("no SMTP in tests").isFalse();
        assertThatThrownBy(() -> schedules.create(new ScheduleDraft("Mailed", ExportFormat.CSV,
                ScheduleFrequency.WEEKLY, 1, DateRule.ALL, filter, true))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no SMTP server is configured");
        assertThatThrownBy(() -> schedules.create(weekly("Long search", new SavedFilter.Progress(
                new ProgressFilter(null, null, CertStatus.OVERDUE, null, null, "y".repeat(5000))))))
                .hasMessageContaining("too long");
        assertThatThrownBy(() -> schedules.create(new ScheduleDraft("As PDF", ExportFormat.PDF,
                ScheduleFrequency.WEEKLY, 1, DateRule.ALL, new SavedFilter.Progress(ProgressFilter.ALL), false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not as PDF");
        assertThat(schedules.schedules(Pageable.unpaged()).getContent()).as("nothing kept").isEmpty();
    }
}
