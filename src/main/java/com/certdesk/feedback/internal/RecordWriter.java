package com.certdesk.feedback.internal;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes rating rows to feedback_record, the fastest way the database offers. */
@Component
class RecordWriter {

    private static final String INSERT_RECORD = "insert into feedback_record (batch_id, " + RatingRow.COLUMNS
            + ") values (?, " + "?, ".repeat(RatingRow.COLUMN_COUNT - 1) + "?)";

    private final JdbcTemplate jdbc;

    RecordWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Rows per transaction of a file import: on H2 a thousand (a transaction of many more takes longer to commit than
     * to insert), on PostgreSQL five thousand (a commit there costs a round trip and a log flush, whatever its size).
     */
    int rowsPerTransaction() {
        return postgres() ? 5_000 : 1_000;
    }

    /**
     * What {@link #insert(long, Prepared)} sends, made ready on whichever thread calls this (a file import's
     * reading thread, so that the storing one only sends it): the COPY text on PostgreSQL; nothing elsewhere.
     */
    Prepared prepare(long batchId, List<RatingRow> rows) {
        return new Prepared(rows, postgres() && !rows.isEmpty() ? csv(withBatch(batchId, rows)) : null);
    }

    /** Rows made ready for insert, and, on PostgreSQL, their COPY text. */
    record Prepared(List<RatingRow> rows, @Nullable String copyText) {
    }

    /**
     * Inserts the rows in the current transaction: on PostgreSQL with COPY (several times faster than batched
     * inserts: one statement, rows streamed as CSV), elsewhere as a JDBC batch.
     */
    void insert(long batchId, List<RatingRow> rows) {
        insert(batchId, prepare(batchId, rows));
    }

    /** The same for rows made ready before, on PostgreSQL with the text made then. */
    void insert(long batchId, Prepared prepared) {
        if (prepared.rows().isEmpty()) {
            return;
        }
        if (prepared.copyText() != null) {
            copy("feedback_record", "batch_id, " + RatingRow.COLUMNS, prepared.copyText());
            return;
        }
        jdbc.batchUpdate(INSERT_RECORD, prepared.rows(), prepared.rows().size(), (ps, row) -> {
            ps.setLong(1, batchId);
            row.bind(ps, 2);
        });
    }

    private static List<@Nullable Object[]> withBatch(long batchId, List<RatingRow> rows) {
        List<@Nullable Object[]> values = new ArrayList<>(rows.size());
        for (RatingRow row : rows) {
            @Nullable Object[] v = row.values();
            @Nullable Object[] withBatch = new Object[v.length + 1];
            withBatch[0] = batchId;
            System.arraycopy(v, 0, withBatch, 1, v.length);
            values.add(withBatch);
        }
        return values;
    }

    /** Inserts rows of plain values (texts, numbers, dates; none null) into the table, the same way. */
    void insert(String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (postgres()) {
            copy(table, columns, new ArrayList<>(rows));
            return;
        }
        int params = rows.getFirst().length;
        jdbc.batchUpdate("insert into " + table + " (" + columns + ") values (" + "?, ".repeat(params - 1) + "?)",
                rows);
    }

    private void copy(String table, String columns, List<@Nullable Object[]> rows) {
        copy(table, columns, csv(rows));
    }

    /** Rows as COPY's CSV format reads them: an empty text quoted (""), a null as nothing. */
    private static String csv(List<@Nullable Object[]> rows) {
        var csv = new StringWriter(rows.size() * 160);
        try (CsvWriter out = CsvWriter.builder().quoteStrategy(QuoteStrategies.EMPTY)
                .lineDelimiter(LineDelimiter.LF).build(csv)) {
            String[] fields = new String[rows.getFirst().length];
            for (@Nullable Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    fields[i] = row[i] == null ? null : row[i].toString();
                }
                out.writeRecord(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    private void copy(String table, String columns, String csv) {
        String sql = "copy " + table + " (" + columns + ") from stdin (format csv)";
        jdbc.execute((ConnectionCallback<Long>) con -> {
            try {
                return con.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private volatile @Nullable Boolean postgres;

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con ->
                    con.isWrapperFor(PGConnection.class)));
            postgres = known;
        }
        return known;
    }
}
