package com.certdesk.reporting.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many rows the export running on this thread has written so far, for a page that shows a large download's
 * progress: the page runs the export inside {@link #counting}, and {@link ExportWriter} counts each row it writes
 * into the counter. Exports run without it (scheduled reports, the API, tests) count nothing.
 */
public final class ExportProgress {

    private static final ThreadLocal<AtomicLong> ROWS = new ThreadLocal<>();

    private ExportProgress() {
    }

    /** Runs {@code export} on this thread, with every row it writes counted in {@code rows}. */
    public static void counting(AtomicLong rows, Runnable export) {
        AtomicLong previous = ROWS.get();
        ROWS.set(rows);
        try {
            export.run();
        } finally {
            if (previous == null) {
                ROWS.remove();
            } else {
                ROWS.set(previous);
            }
        }
    }

    /** {@code rows}, each counted as it is handed on when an export on this thread is being counted. */
    static <T> ExportWriter.Rows<T> counted(ExportWriter.Rows<T> rows) {
        AtomicLong counter = ROWS.get();
        if (counter == null) {
            return rows;
        }
        return row -> rows.forEach(r -> {
            row.accept(r);
            counter.incrementAndGet();
        });
    }
}
