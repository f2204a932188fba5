package com.certdesk.reporting;

import com.certdesk.certification.CertificateState;
import com.certdesk.reporting.internal.ExportColumn;
import com.certdesk.reporting.internal.ExportWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How fast the export writers write the certificate register's eleven columns, and in how little memory: 100,000
 * rows as CSV and as XLSX (five runs each after a warm-up), then 1,000,000 rows of each, while a thread samples the
 * heap in use. Rows are made as they are written, as the report reads them a chunk at a time, and the bytes are
 * counted, not kept (what a browser download costs on top is the network). Prints figures; not part of
 * {@code ./mvnw verify}:
 * {@code ./mvnw -o test -Dtest=ExportWriterBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.jvm=-Xmx256m}
 */
class ExportWriterBenchmark {

    private static final List<ExportColumn<RegisterRow>> COLUMNS = CertificateRegisterReport.COLUMNS;

    private static final String[] PROGRAMS = {"De-escalation Specialist", "Certified Service Professional",
        "Product Knowledge Foundations", "=HYPERLINK(\"x\") Formula program"};

    private static RegisterRow row(long i) {
        LocalDate issued = LocalDate.of(2024, 1, 1).plusDays(i % 1000);
        String code = String.format(Locale.ROOT, "CD-%04X-%04X-%04X", i & 0xFFFF, (i * 31) & 0xFFFF,
                (i * 17) & 0xFFFF);
        return new RegisterRow(i, i % 5000, "Agent Number " + (i % 5000) + ", Team " + (i % 40),
                PROGRAMS[(int) (i % PROGRAMS.length)], issued, issued, i % 7 == 0 ? null : issued.plusYears(2),
                i % 50 == 0 ? CertificateState.REVOKED : CertificateState.VALID, i % 50 == 0 ? issued.plusDays(9)
                        : null, code, "https://certdesk.example.com/verify/" + code);
    }

    /** Counts bytes and forgets them. */
    private record Run(long rows, long bytes, double millis, long peakHeap) {
    }

    private static Run run(ExportFormat format, long rows) throws InterruptedException {
        try (var heap = new BenchmarkMeters.HeapPeak()) {
            var out = new BenchmarkMeters.Counting();
            long start = System.nanoTime();
            long written = ExportWriter.write(format, out, "Certificates", COLUMNS, each -> {
                for (long i = 0; i < rows; i++) {
                    each.accept(row(i));
                }
            });
            double millis = (System.nanoTime() - start) / 1e6;
            return new Run(written, out.bytes, millis, heap.peak());
        }
    }

    @Test
    void writes_100000_rows_and_1000000_rows() throws InterruptedException {
        System.out.printf(Locale.ROOT, "max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        List<ExportFormat> sheets = List.of(ExportFormat.CSV, ExportFormat.XLSX);
        for (ExportFormat format : sheets) {
            run(format, 20_000);
            double[] ms = new double[5];
            Run last = null;
            for (int i = 0; i < ms.length; i++) {
                last = run(format, 100_000);
                ms[i] = last.millis();
            }
            java.util.Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "%s 100,000 rows: median %.0f ms (min %.0f, max %.0f), %.1f MB%n", format,
                    ms[2], ms[0], ms[4], last.bytes() / 1e6);
        }
        // a printable register is read by people: its figure is for 100,000 rows (about 2,500 pages), once
        Run pdf = run(ExportFormat.PDF, 100_000);
        System.out.printf(Locale.ROOT, "PDF 100,000 rows: %.1f s, %.1f MB, peak heap in use %d MB (sampled)%n",
                pdf.millis() / 1000, pdf.bytes() / 1e6, pdf.peakHeap() >> 20);
        for (ExportFormat format : sheets) {
            Run big = run(format, 1_000_000);
            System.out.printf(Locale.ROOT, "%s 1,000,000 rows: %.1f s, %.1f MB, peak heap in use %d MB (sampled)%n",
                    format, big.millis() / 1000, big.bytes() / 1e6, big.peakHeap() >> 20);
        }
    }
}
