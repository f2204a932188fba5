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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12's certificate register in a real browser: HR filters it to one program of three certified agents (one of
 * them named like a spreadsheet formula), sees the count, and downloads CSV and XLSX whose rows, dates and
 * neutralised formula are checked as a spreadsheet would read them, then the printable PDF and the ZIP of the
 * certificates' PDFs; the page at 390 px scrolls only downwards; an
 * agent is refused the page. Screenshots go to {@code target/screenshots/99-register-*}.
 */
class CertificateRegisterScreensIT extends BrowserTest {

    private static final String FORMULA = "=HYPERLINK(\"http://x.test\",\"y\")";
    private static final List<String> HEADER = List.of("Holder", "Program", "Issued", "Valid from", "Valid until",
            "State", "Revoked on", "Verification code", "Verification page", "Certificate id", "Holder id");

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    UserAdminService users;

    private String hr;
    private String agent;
    private ProgramSummary program;
    private String formulaHolder;

    /** A program of its own with three certified agents in a team of their own, one named like a formula. */
    @BeforeEach
    void threeCertifiedAgents() {
        hr = fixtures.user("reg-hr", null, Roles.HR);
        long team = fixtures.team("Register team");
        long module = certs.moduleWithQuiz("Register module");
        program = certs.program("Register program", 12, 14, null, module);
        formulaHolder = Fixtures.unique("reg-formula").toLowerCase();
        // Fixtures.user names everyone "Test <username>": this one is made directly, to start with "="
        SystemAuthentication.runAsSystem(() -> users.create(new UserDraft(formulaHolder, FORMULA,
                formulaHolder + "@example.test", Set.of(Roles.AGENT), team, null, null, true), Fixtures.PASSWORD));
        agent = fixtures.user("reg-ana", team, Roles.AGENT);
        for (String holder : List.of(formulaHolder, agent, fixtures.user("reg-ben", team, Roles.AGENT))) {
            certs.learnAndPass(holder, module, 2);
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @Test
    void hr_filters_the_register_and_downloads_it_as_csv_and_xlsx() throws IOException {
        Page page = newPage(1280, 900);
        submitSignIn(page, hr, Fixtures.PASSWORD);
        assertInApplication(page);
        page.navigate(url("reports/certificates"));
        chooseProgram(page);
        assertThat(page.locator("#register-grid")).containsText(FORMULA);
        assertNoSidewaysScrolling(page);
        shot(page, "99-register-1280");

        // CSV: BOM, CRLF, the header, three rows; the formula starts with an apostrophe; dates in ISO
        Path csvFile = download(page, "#register-download-csv");
        byte[] bytes = Files.readAllBytes(csvFile);
        org.assertj.core.api.Assertions.assertThat(bytes).as("the CSV's first bytes, the UTF-8 BOM").startsWith(
                (byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).startsWith(String.join(",", HEADER) + "\r\n");
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            records = reader.stream().toList();
        }
        org.assertj.core.api.Assertions.assertThat(records.getFirst().getFields()).isEqualTo(HEADER);
        List<CsvRecord> rows = records.subList(1, records.size());
        org.assertj.core.api.Assertions.assertThat(rows).as("the CSV's data rows").hasSize(3);
        org.assertj.core.api.Assertions.assertThat(rows).allSatisfy(r -> {
            org.assertj.core.api.Assertions.assertThat(r.getFieldCount()).isEqualTo(HEADER.size());
            org.assertj.core.api.Assertions.assertThat(r.getField(1)).isEqualTo(program.name());
            org.assertj.core.api.Assertions.assertThat(r.getField(2)).matches("\\d{4}-\\d{2}-\\d{2}");
            org.assertj.core.api.Assertions.assertThat(LocalDate.parse(r.getField(2))).isEqualTo(LocalDate.parse(
                    r.getField(3)));
            org.assertj.core.api.Assertions.assertThat(r.getField(4)).matches("\\d{4}-\\d{2}-\\d{2}");
            org.assertj.core.api.Assertions.assertThat(r.getField(6)).isEmpty();
            org.assertj.core.api.Assertions.assertThat(r.getField(8)).contains("/verify");
        });
        org.assertj.core.api.Assertions.assertThat(rows).map(r -> r.getField(0)).contains("'" + FORMULA)
                .noneMatch(holder -> holder.startsWith("="));

        // XLSX: one sheet "Certificates", header first, three rows; Issued a date, the formula a text with "'"
        // (the reader reports the cells' number formats only when asked to)
        Path xlsxFile = download(page, "#register-download-xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsxFile.toFile(),
                new ReadingOptions(true, false))) {
            org.assertj.core.api.Assertions.assertThat(workbook.getSheets().map(Sheet::getName))
                    .containsExactly("Certificates");
            List<Row> sheet = workbook.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(sheet).as("the sheet's rows, header included").hasSize(4);
            org.assertj.core.api.Assertions.assertThat(sheet.getFirst().stream().map(c -> c.getText()).toList())
                    .isEqualTo(HEADER);
            for (Row row : sheet.subList(1, 4)) {
                org.assertj.core.api.Assertions.assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
                org.assertj.core.api.Assertions.assertThat(row.getCellAsDate(2)).as("the Issued cell as a date")
                        .isPresent();
                org.assertj.core.api.Assertions.assertThat(row.getCellAsDate(2).orElseThrow().toLocalDate())
                        .isEqualTo(LocalDate.parse(rows.getFirst().getField(2)));
                org.assertj.core.api.Assertions.assertThat(row.getCell(2).getDataFormatString())
                        .isEqualTo("yyyy-mm-dd");
                org.assertj.core.api.Assertions.assertThat(row.getCellText(1)).isEqualTo(program.name());
            }
            Row formulaRow = sheet.subList(1, 4).stream().filter(r -> r.getCellText(0).contains("HYPERLINK"))
                    .findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(formulaRow.getCell(0).getType()).isEqualTo(CellType.STRING);
            org.assertj.core.api.Assertions.assertThat(formulaRow.getCell(0).getFormula()).isNull();
            org.assertj.core.api.Assertions.assertThat(formulaRow.getCellText(0)).isEqualTo("'" + FORMULA);
        }

        // the printable register: one A4 page naming the program in its filter line, the three holders
        Path pdfFile = download(page, "#register-download-pdf");
        try (var pdf = new org.openpdf.text.pdf.PdfReader(pdfFile.toString())) {
            org.assertj.core.api.Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String printed = new org.openpdf.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(1)
                    .replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(printed).contains("Certificate register", program.name(),
                    "Rows: 3", "Page 1 of 1");
        }

        // the certificates themselves: three PDFs and the manifest
        Path zipFile = download(page, "#register-download-zip");
        List<String> entries = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(zipFile))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                entries.add(entry.getName());
                if (entry.getName().endsWith(".pdf")) {
                    org.assertj.core.api.Assertions.assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII))
                            .isEqualTo("%PDF-");
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(entries).contains("register.csv")
                .filteredOn(n -> n.endsWith(".pdf")).hasSize(3).doesNotHaveDuplicates()
                .allSatisfy(n -> org.assertj.core.api.Assertions.assertThat(n).matches("[A-Za-z0-9._-]+"));
        page.context().close();
    }

    @Test
    void the_register_fits_a_phone_and_is_refused_to_an_agent() {
        Page phone = newPage(390, 844);
        submitSignIn(phone, hr, Fixtures.PASSWORD);
        assertInApplication(phone);
        phone.navigate(url("reports/certificates"));
        chooseProgram(phone);
        assertThat(phone.locator("#register-grid")).containsText(FORMULA);
        assertThat(phone.locator("#register-download-xlsx")).isVisible();
        assertNoSidewaysScrolling(phone);
        shot(phone, "99-register-390");
        phone.context().close();

        Page page = newPage(1280, 900);
        submitSignIn(page, agent, Fixtures.PASSWORD);
        assertInApplication(page);
        page.navigate(url("reports/certificates"));
        assertThat(page.locator(".error-page h2")).hasText("Access denied");
        assertThat(page.locator("#error-message")).containsText("does not give you access");
        assertThat(page.locator("#register-grid")).hasCount(0);
        assertThat(page.locator("#register-download-csv")).hasCount(0);
        page.context().close();
    }

    /** Chooses this test's program, waits for the count of its three certificates and for the list to close. */
    private void chooseProgram(Page page) {
        assertThat(page.locator("#register-count")).containsText("certificate");
        page.locator("#register-program").click();
        page.locator("#register-program vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(program.name())).click();
        assertThat(page.locator("#register-count")).hasText("3 certificates");
        // the shot once the select's list has faded out, not half over the page
        assertThat(page.locator("#register-program[opened]")).hasCount(0);
        assertThat(page.locator("#register-program vaadin-select-item").first()).isHidden();
    }
}
