package com.certdesk.reporting.internal;

import com.certdesk.reporting.ExportFormat;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table as CSV or XLSX to a stream while its rows arrive, so that a large export never sits in memory: the
 * rows come from a {@link Rows} that hands them over one at a time (the services read them from the database a
 * chunk at a time). Text that a spreadsheet would run as a formula (starting with {@code = + - @}, tab, CR or LF) is
 * written with a leading apostrophe in both formats (OWASP, "CSV Injection"); numbers are numbers and dates dates, so
 * they are never mistaken for text and need no neutralising.
 */
public final class ExportWriter {

    /** Excel's rows per sheet; a longer export goes on in another sheet with the header again. */
    static final int XLSX_MAX_ROWS = 1_048_576;
    /** Excel's characters per cell. */
    static final int XLSX_MAX_CELL = 32_767;
    private static final String FORMULA_STARTS = "=+-@\t\r\n";

    private ExportWriter() {
    }

    /** Hands the rows of an export to {@code row}, in order. */
    @FunctionalInterface
    public interface Rows<T> {
        void forEach(Consumer<T> row);
    }

    /**
     * What a printed export says above its table: its title and lines such as when and by whom it was made, its
     * filter in words and its row count.
     */
    public record Heading(String title, List<String> lines) {
    }

    /** @return the number of rows written (the header not counted) */
    public static <T> long write(ExportFormat format, OutputStream out, String sheetName,
            List<ExportColumn<T>> columns, Rows<T> rows) {
        return write(format, out, sheetName, new Heading(sheetName, List.of()), columns, rows);
    }

    /**
     * @param heading what a PDF prints above the table (CSV and XLSX carry the rows only)
     * @return the number of rows written (the header not counted)
     */
    public static <T> long write(ExportFormat format, OutputStream out, String sheetName, Heading heading,
            List<ExportColumn<T>> columns, Rows<T> all) {
        Rows<T> rows = ExportProgress.counted(all);
        try {
            return switch (format) {
                case CSV -> csv(out, columns, rows);
                case XLSX -> xlsx(out, sheetName, columns, rows);
                case PDF -> PdfTableWriter.write(out, heading, columns, rows);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table of a workbook with several: its sheet's name, its columns and its rows. */
    public record Table<T>(String sheetName, List<ExportColumn<T>> columns, Rows<T> rows) {
    }

    /**
     * Writes several tables as the sheets of one XLSX workbook, in order (a report's rows and a block beside them),
     * each as {@link #write} writes one.
     *
     * @return the number of rows written of each table, in order
     */
    public static List<Long> workbook(OutputStream out, List<Table<?>> tables) {
        try {
            Workbook workbook = new Workbook(out, "Certdesk", "1.0");
            List<Long> counts = new java.util.ArrayList<>();
            for (Table<?> table : tables) {
                counts.add(sheet(workbook, table));
            }
            workbook.finish();
            return List.copyOf(counts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> long sheet(Workbook workbook, Table<T> table) throws IOException {
        Sheets<T> sheets = new Sheets<>(workbook, table.sheetName(), table.columns());
        ExportProgress.counted(table.rows()).forEach(sheets::add);
        sheets.finish();
        return sheets.count;
    }

    /** Text a spreadsheet shows as it is instead of running it as a formula. */
    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static <T> long csv(OutputStream out, List<ExportColumn<T>> columns, Rows<T> rows) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write('\uFEFF');
        long[] count = {0};
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            csv.writeRecord(columns.stream().map(c -> neutralised(c.header())).toList());
            String[] cells = new String[columns.size()];
            rows.forEach(row -> {
                for (int i = 0; i < cells.length; i++) {
                    ExportColumn<T> column = columns.get(i);
                    cells[i] = csvCell(column.kind(), column.value().apply(row));
                }
                csv.writeRecord(cells);
                count[0]++;
            });
        }
        return count[0];
    }

    static String csvCell(ExportColumn.Kind kind, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case NUMBER -> plain((Number) value);
            case DATE -> ((LocalDate) value).toString();
            case DATE_TIME -> ((LocalDateTime) value).withNano(0).toString().replace('T', ' ');
            case TEXT -> neutralised(value.toString());
        };
    }

    private static String plain(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    private static <T> long xlsx(OutputStream out, String sheetName, List<ExportColumn<T>> columns, Rows<T> rows)
            throws IOException {
        Workbook workbook = new Workbook(out, "Certdesk", "1.0");
        Sheets<T> sheets = new Sheets<>(workbook, sheetName, columns);
        rows.forEach(sheets::add);
        sheets.finish();
        workbook.finish();
        return sheets.count;
    }

    /** The sheets of one workbook, a new one started with the header when one is full. */
    private static final class Sheets<T> {

        private final Workbook workbook;
        private final String name;
        private final List<ExportColumn<T>> columns;
        private Worksheet sheet;
        private int sheets = 1;
        private int row;
        private long count;

        Sheets(Workbook workbook, String name, List<ExportColumn<T>> columns) {
            this.workbook = workbook;
            this.name = name;
            this.columns = columns;
            this.sheet = start(name);
        }

        private Worksheet start(String sheetName) {
            Worksheet s = workbook.newWorksheet(sheetName);
            for (int c = 0; c < columns.size(); c++) {
                s.value(0, c, neutralised(columns.get(c).header()));
                s.style(0, c).bold().fillColor("DDE7F0").set();
                s.width(c, columns.get(c).width());
            }
            s.freezePane(0, 1);
            row = 1;
            return s;
        }

        void add(T item) {
            try {
                if (row == XLSX_MAX_ROWS) {
                    finishSheet();
                    sheet = start(name + " (" + ++sheets + ")");
                }
                for (int c = 0; c < columns.size(); c++) {
                    ExportColumn<T> column = columns.get(c);
                    Object value = column.value().apply(item);
                    if (value == null) {
                        continue;
                    }
                    switch (column.kind()) {
                        case NUMBER -> sheet.value(row, c, (Number) value);
                        case DATE -> {
                            sheet.value(row, c, (LocalDate) value);
                            sheet.style(row, c).format("yyyy-mm-dd").set();
                        }
                        case DATE_TIME -> {
                            sheet.value(row, c, (LocalDateTime) value);
                            sheet.style(row, c).format("yyyy-mm-dd hh:mm").set();
                        }
                        case TEXT -> {
                            String text = neutralised(value.toString());
                            sheet.value(row, c, text.length() > XLSX_MAX_CELL ? text.substring(0, XLSX_MAX_CELL)
                                    : text);
                        }
                    }
                }
                row++;
                count++;
                if (row % 1000 == 0) {
                    sheet.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void finishSheet() throws IOException {
            sheet.setAutoFilter(0, 0, row - 1, columns.size() - 1);
            sheet.finish();
        }

        void finish() throws IOException {
            finishSheet();
        }
    }
}
