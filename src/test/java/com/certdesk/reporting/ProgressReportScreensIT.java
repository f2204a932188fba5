package com.certdesk.reporting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12's journey in a real browser: HR filters the progress report to one program of a team of three (one agent
 * certified, one named like a spreadsheet formula), downloads CSV and XLSX, and the test opens both: the preview's
 * rows, the certificate date as a date, the formula kept as text with an apostrophe.
 */
class ProgressReportScreensIT extends BrowserTest {

    private static final String FORMULA = "=SUM(1+1)*cmd|' /C calc'!A0";

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    UserAdminService users;

    @Test
    void hr_filters_the_progress_report_and_downloads_csv_and_xlsx() throws IOException {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        String hr = fixtures.user("prog-hr", null, Roles.HR);
        long team = fixtures.team("Progress team");
        long module = certs.moduleWithQuiz("Progress module");
        ProgramSummary program = certs.program("Progress program", 12, 14, null, module);
        String formulaAgent = Fixtures.unique("prog-formula").toLowerCase();
        SystemAuthentication.runAsSystem(() -> users.create(new UserDraft(formulaAgent, FORMULA,
                formulaAgent + "@example.test", Set.of(Roles.AGENT), team, null, null, true), Fixtures.PASSWORD));
        String certified = fixtures.user("prog-certified", team, Roles.AGENT);
        fixtures.user("prog-waiting", team, Roles.AGENT);
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
                .setHasText("Progress team")).click();
        assertThat(page.locator("#progress-count")).hasText("3 rows");
        assertThat(page.locator("#progress-grid")).containsText(FORMULA);
        assertThat(page.locator("#progress-team[opened]")).hasCount(0);
        assertNoSidewaysScrolling(page);
        shot(page, "99-progress-1280");

        Path csvFile = download(page, "#progress-download-csv");
        byte[] bytes = Files.readAllBytes(csvFile);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            records = reader.stream().toList();
        }
        org.assertj.core.api.Assertions.assertThat(records.getFirst().getField(0)).isEqualTo("Agent");
        List<CsvRecord> rows = records.subList(1, records.size());
        org.assertj.core.api.Assertions.assertThat(rows).as("the rows the page counted").hasSize(3)
                .allSatisfy(r -> org.assertj.core.api.Assertions.assertThat(r.getField(2)).isEqualTo(program.name()));
        org.assertj.core.api.Assertions.assertThat(rows).map(r -> r.getField(0)).contains("'" + FORMULA)
                .noneMatch(agent -> agent.startsWith("="));
        CsvRecord certifiedRow = rows.stream().filter(r -> r.getField(0).equals("Test " + certified)).findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(certifiedRow.getField(3)).isEqualTo("Certified");
        org.assertj.core.api.Assertions.assertThat(certifiedRow.getField(6)).matches("\\d{4}-\\d{2}-\\d{2}");

        // the page says how the download went, counted as the rows were written
        assertThat(page.locator("#progress-export-status")).hasText("Downloaded 3 rows.");

        Path xlsxFile = download(page, "#progress-download-xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsxFile.toFile())) {
            List<Row> sheet = workbook.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(sheet).as("header and the three rows").hasSize(4);
            Row formulaRow = sheet.stream().filter(r -> r.getCellText(0).contains("SUM")).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(formulaRow.getCell(0).getType()).isEqualTo(CellType.STRING);
            org.assertj.core.api.Assertions.assertThat(formulaRow.getCellText(0)).isEqualTo("'" + FORMULA);
            Row certifiedCells = sheet.stream().filter(r -> r.getCellText(0).equals("Test " + certified))
                    .findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(certifiedCells.getCellAsDate(6)).as("Certified, a date")
                    .isPresent();
            org.assertj.core.api.Assertions.assertThat(certifiedCells.getCell(8).getType()).as("modules done")
                    .isEqualTo(CellType.NUMBER);
        }
        page.context().close();
    }
}
