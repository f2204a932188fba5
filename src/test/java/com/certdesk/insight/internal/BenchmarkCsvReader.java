package com.certdesk.insight.internal;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingReader;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of the canonical CSV for the import benchmark, used only while the real canonical reader (the
 * parsers' work) is not in main: one record at a time with fastcsv, the columns in the order BenchmarkData writes
 * them. The check and confirm it feeds are the real ones.
 */
final class BenchmarkCsvReader implements RatingReader {

    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final long size;
    private long line;
    private long bytes;

    BenchmarkCsvReader(Path file) {
        try {
            size = Files.size(file);
            csv = CsvReader.builder().ofCsvRecord(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records = csv.iterator();
        if (!records.hasNext()) {
            throw new ValidationException("empty file");
        }
        records.next(); // header
        line = 1;
    }

    @Override
    public @Nullable ReadRecord next() {
        if (!records.hasNext()) {
            return null;
        }
        CsvRecord r = records.next();
        line = r.getStartingLineNumber();
        List<String> f = r.getFields();
        for (String cell : f) {
            bytes += cell.length() + 1;
        }
        try {
            Metric metric = Metric.parse(f.get(2));
            return ReadRecord.of(line, new RatingInput(f.get(0), f.get(1), blank(f.get(14)), metric,
                    Integer.parseInt(f.get(3)), Integer.parseInt(f.get(4)), blank(f.get(5)),
                    blank(f.get(6)) == null ? null : Integer.valueOf(f.get(6)),
                    OffsetDateTime.parse(f.get(7)).toInstant(), blank(f.get(8)), blank(f.get(9)), blank(f.get(10)),
                    blank(f.get(11)), blank(f.get(12)), blank(f.get(13)), blank(f.get(15)), blank(f.get(16)),
                    blank(f.get(17))));
        } catch (RuntimeException e) {
            return ReadRecord.problem(line, String.valueOf(e.getMessage()));
        }
    }

    private static @Nullable String blank(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    @Override
    public double progress() {
        return Math.min(1, (double) bytes / size);
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
