package com.certdesk.base;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file one record at a time, the way every import reads CSV: UTF-8 (a leading byte order mark is
 * skipped), CRLF or LF line ends, RFC 4180 quotes (a quoted field may hold commas, quotes and line breaks), empty
 * lines skipped. Each record carries the number of the line it STARTS on, so a record with a quoted line break is
 * reported where a person finds it. Nothing is read ahead beyond a small buffer: a file of any size is read in
 * constant memory. A file that is not UTF-8 text, holds binary data or breaks the quoting rules is refused with a
 * {@link ValidationException} whose message says what to do. Cells are returned as text exactly as written: a cell
 * starting with {@code =} is data, never a formula.
 */
public final class CsvInput implements AutoCloseable {

    /** One CSV record: the line it starts on and its fields as written (quotes removed). */
    public record Row(long line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        /** Field {@code index}, or "" when the record is shorter. */
        public String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        public int size() {
            return fields.size();
        }

        /** Whether every field is empty or white space (a row of commas only). */
        public boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private final String name;
    private final CountingInputStream counted;
    private final CheckedReader text;
    private final CsvReader<CsvRecord> csv;
    private final CloseableIterator<CsvRecord> records;
    private final long size;
    private long lastLine;

    private CsvInput(InputStream in, String name, long size) {
        this.name = name;
        this.size = size;
        this.counted = new CountingInputStream(in);
        this.text = new CheckedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        this.csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(false).ofCsvRecord(text);
        this.records = csv.iterator();
    }

    /** Opens a file; {@code name} is how the person knows it (the uploaded file's name), used in messages. */
    public static CsvInput open(Path file, String name) {
        try {
            return new CsvInput(Files.newInputStream(file), name, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + name + " could not be opened", e);
        }
    }

    /** Reads a stream (not closed before {@link #close()}); its size is unknown, so {@link #size()} is -1. */
    public static CsvInput of(InputStream in, String name) {
        return new CsvInput(in, name, -1);
    }

    /**
     * The next record, or null after the last one.
     *
     * @throws ValidationException when the rest of the file cannot be read as UTF-8 CSV text
     */
    public @Nullable Row next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            lastLine = record.getStartingLineNumber();
            return new Row(record.getStartingLineNumber(), record.getFields());
        } catch (UncheckedIOException e) {
            throw refusal(e.getCause());
        } catch (CsvParseException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw refusal(io);
            }
            throw new ValidationException("The file " + name + " is not valid CSV after line " + lastLine + ": "
                    + (e.getMessage() == null ? "the quoting is broken" : e.getMessage())
                    + ". Check that every quoted field ends with a quote.");
        }
    }

    private ValidationException refusal(@Nullable Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new ValidationException("The file " + name + " is not UTF-8 text (an invalid byte near line "
                    + text.line() + "). Save it as 'CSV UTF-8' and try again.");
        }
        if (cause instanceof BinaryContentException) {
            return new ValidationException("The file " + name + " is not a CSV text file: it contains binary data "
                    + "near line " + text.line() + ". Export it as CSV (UTF-8) and try again.");
        }
        throw new UncheckedIOException("the file " + name + " could not be read",
                cause instanceof IOException io ? io : new IOException(cause));
    }

    /** Bytes read from the file so far (read ahead by at most a buffer), for progress. */
    public long bytesRead() {
        return counted.count();
    }

    /** The file's size in bytes, or -1 when unknown. */
    public long size() {
        return size;
    }

    /** The name given when opening, for messages. */
    public String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Binary data in what should be text. */
    private static final class BinaryContentException extends IOException {
        BinaryContentException() {
            super("binary data");
        }
    }

    /**
     * Drops a leading byte order mark, refuses NUL (text never holds it; spreadsheets, archives and images do
     * within their first bytes), counts lines. Other control characters are data: a stray one in a comment must not
     * reject a file.
     */
    private static final class CheckedReader extends Reader {
        private final Reader in;
        private boolean started;
        private long newlines;

        CheckedReader(Reader in) {
            this.in = in;
        }

        long line() {
            return newlines + 1;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n <= 0) {
                return n;
            }
            if (!started) {
                started = true;
                if (buffer[off] == '\uFEFF') {
                    System.arraycopy(buffer, off + 1, buffer, off, n - 1);
                    n--;
                    if (n == 0) {
                        return read(buffer, off, len);
                    }
                }
            }
            for (int i = off; i < off + n; i++) {
                char c = buffer[i];
                if (c <= '\n') {
                    if (c == '\n') {
                        newlines++;
                    } else if (c == 0) {
                        throw new BinaryContentException();
                    }
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
