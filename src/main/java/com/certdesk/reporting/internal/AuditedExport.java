package com.certdesk.reporting.internal;

import com.certdesk.reporting.ExportFormat;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
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
        long started = System.nanoTime();
        long written = ExportWriter.write(format, out, sheetName, columns, rows);
        audit.record(AuditKind.EXPORT, report + " as " + format + ": " + written + " rows in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, filter " + filter
                + (occasion.isBlank() ? "" : ", " + occasion));
        return written;
    }
}
