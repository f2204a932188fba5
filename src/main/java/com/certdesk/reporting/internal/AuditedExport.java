package com.certdesk.reporting.internal;

import com.certdesk.reporting.ExportFormat;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import io.micrometer.core.instrument.Metrics;
import java.io.OutputStream;
import java.util.List;

/** Every report's export: written by {@link ExportWriter}, then recorded in the audit log with its rows and filter. */
public final class AuditedExport {

    private AuditedExport() {
    }

    /**
     * @param report what the audit entry calls the export, e.g. "progress report"
     * @return the number of rows written
     */
    public static <T> long write(AuditLog audit, String report, Object filter, ExportFormat format, OutputStream out,
            String sheetName, List<ExportColumn<T>> columns, ExportWriter.Rows<T> rows) {
        return write(audit, report, filter, format, out, sheetName, columns, rows, "");
    }

    /**
     * @param occasion how the export was made when not by a click, e.g. "scheduled 'Weekly North' (run 12)"; blank
     *                 for a download
     */
    public static <T> long write(AuditLog audit, String report, Object filter, ExportFormat format, OutputStream out,
            String sheetName, List<ExportColumn<T>> columns, ExportWriter.Rows<T> rows, String occasion) {
        return write(audit, report, filter, format, out, sheetName, new ExportWriter.Heading(sheetName, List.of()),
                columns, rows, occasion);
    }

    /**
     * @param heading  what a PDF prints above its table
     * @param occasion as above
     */
    public static <T> long write(AuditLog audit, String report, Object filter, ExportFormat format, OutputStream out,
            String sheetName, ExportWriter.Heading heading, List<ExportColumn<T>> columns, ExportWriter.Rows<T> rows,
            String occasion) {
        long started = System.nanoTime();
        long written = ExportWriter.write(format, out, sheetName, heading, columns, rows);
        count(report, format, written, System.nanoTime() - started);
        audit.record(AuditKind.EXPORT, report + " as " + format + ": " + written + " rows in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, filter: " + words(filter)
                + (occasion.isBlank() ? "" : ", " + occasion));
        return written;
    }

    /**
     * As {@link #write}, several tables as the sheets of one XLSX workbook ({@link ExportWriter#workbook}), recorded
     * with each sheet's rows.
     *
     * @return the number of rows written of each table, in order
     */
    public static List<Long> workbook(AuditLog audit, String report, Object filter, OutputStream out,
            List<ExportWriter.Table<?>> tables) {
        long started = System.nanoTime();
        List<Long> written = ExportWriter.workbook(out, tables);
        count(report, ExportFormat.XLSX, written.stream().mapToLong(Long::longValue).sum(), System.nanoTime() - started);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < tables.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append(written.get(i)).append(" rows in ").append(tables.get(i).sheetName());
        }
        audit.record(AuditKind.EXPORT, report + " as " + ExportFormat.XLSX + ": " + rows + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, filter: " + words(filter));
        return written;
    }

    /**
     * {@code certdesk.exports} (a timer: how many and how long) and {@code certdesk.export.rows}, by report kind (the
     * audit entry's name of the report, a fixed set) and format. Static like this class, so on Micrometer's global
     * registry, to which Spring Boot adds its registries ({@code management.metrics.use-global-registry}).
     */
    private static void count(String report, ExportFormat format, long rows, long nanos) {
        String kind = report.replace(' ', '_');
        io.micrometer.core.instrument.Timer.builder("certdesk.exports").description("Report exports written")
                .tag("report", kind).tag("format", format.name()).register(Metrics.globalRegistry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        io.micrometer.core.instrument.Counter.builder("certdesk.export.rows").description("Rows report exports wrote")
                .tag("report", kind).tag("format", format.name()).register(Metrics.globalRegistry)
                .increment(rows);
    }

    /**
     * A report filter as the audit log's reader takes it in: each part that narrows the rows as "team id 3", "from
     * 2026-01-01", "agents INACTIVE", those left open (null or blank) left out; "none" when nothing narrows.
     */
    public static String words(Object filter) {
        if (!(filter instanceof Record record)) {
            return String.valueOf(filter);
        }
        List<String> parts = new java.util.ArrayList<>();
        for (var component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return record.toString(); // a record this class may not read: as it prints itself
            }
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            String name = component.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            parts.add(name + " " + (value instanceof Record inner ? "(" + words(inner) + ")" : value));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
