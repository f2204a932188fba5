package com.certdesk.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.security.Roles;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scheduled reports in a real browser: HR filters the progress report to a team and program, schedules it weekly as
 * CSV from the page's dialog, runs it now on the Scheduled reports page, follows the bell's notice to the run and
 * downloads the file, which holds the page's rows; a manager sees no Schedule button.
 */
class ScheduledReportsScreensIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;

    @Test
    void hr_schedules_the_progress_report_runs_it_and_downloads_it_from_the_bell() throws IOException {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        String hr = fixtures.user("sched-hr", null, Roles.HR);
        String manager = fixtures.user("sched-manager", null, Roles.MANAGER);
        long team = fixtures.team("Scheduled team", fixtures.userId(manager));
        long module = certs.moduleWithQuiz("Scheduled module");
        ProgramSummary program = certs.program("Scheduled program", 12, 14, null, module);
        String certified = fixtures.user("sched-certified", team, Roles.AGENT);
        fixtures.user("sched-waiting", team, Roles.AGENT);
        certs.learnAndPass(certified, module, 2);

        Page page = newPage(1280, 900);
        submitSignIn(page, hr, Fixtures.PASSWORD);
        assertInApplication(page);
        page.navigate(url("reports/progress"));
        assertThat(page.locator("#progress-count")).containsText("row");
        page.locator("#progress-program").click();
        page.locator("#progress-program vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(program.name())).click();
        page.locator("#progress-team").click();
        page.locator("#progress-team vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("Scheduled team")).click();
        assertThat(page.locator("#progress-count")).hasText("2 rows");

        page.locator("#progress-schedule").click();
        assertThat(page.locator("#schedule-first-run")).containsText("First run on");
        assertThat(page.locator("#schedule-name input")).hasValue(java.util.regex.Pattern.compile(
                "^Progress report: Scheduled team-[^,]+, Scheduled program-"));
        option(page, "vaadin-radio-button", "CSV").click();
        shot(page, "99-schedule-dialog-1280");
        page.locator("#schedule-save").click();
        assertThat(page.locator("#schedule-dialog")).hasCount(0);

        page.navigate(url("reports/schedules"));
        assertThat(page.locator("#schedules-grid")).containsText("Weekly on Monday");
        page.locator("#schedules-grid vaadin-button").filter(new Locator.FilterOptions().setHasText("Run now"))
                .click();
        assertThat(page.locator("#runs-grid")).containsText("Ready");
        assertNoSidewaysScrolling(page);
        shot(page, "99-scheduled-reports-1280");
        page.setViewportSize(390, 844);
        // on a phone each list shows one compact cell beside its buttons or download
        assertThat(page.locator("#schedules-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Scheduled report")).first()).isVisible();
        assertThat(page.locator("#runs-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Ready, ")).first()).isVisible();
        assertNoSidewaysScrolling(page);
        shot(page, "99-scheduled-reports-390");
        page.setViewportSize(1280, 900);

        page.locator("#notification-bell").click();
        Locator notice = page.locator(".notification-item").filter(new Locator.FilterOptions()
                .setHasText("is ready (2 rows)"));
        assertThat(notice).hasCount(1);
        notice.click();
        assertThat(page.locator("#run-status")).containsText("Ready: 2 rows");
        byte[] bytes = Files.readAllBytes(download(page, "#report-run a[download]"));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            records = reader.stream().toList();
        }
        org.assertj.core.api.Assertions.assertThat(records).as("header and the page's two rows").hasSize(3);
        org.assertj.core.api.Assertions.assertThat(records.stream().skip(1).map(r -> r.getField(0)))
                .contains("Test " + certified);
        page.context().close();

        Page managers = newPage(1280, 900);
        submitSignIn(managers, manager, Fixtures.PASSWORD);
        assertInApplication(managers);
        managers.navigate(url("reports/progress"));
        assertThat(managers.locator("#progress-count")).containsText("row");
        assertThat(managers.locator("#progress-schedule")).hasCount(0);
        managers.context().close();
    }
}
