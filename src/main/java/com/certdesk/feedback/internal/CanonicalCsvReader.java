package com.certdesk.feedback.internal;

import com.certdesk.base.CsvHeader;
import com.certdesk.base.CsvInput;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingReader.ReadRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The canonical CSV v1 (FEEDBACK_FORMAT.md): a header row naming the columns in any order, one rating per row.
 * This reader checks what reading a row needs (required values present, metric known, numbers whole, time with an
 * offset, an agent named); what makes a rating acceptable beyond that is RatingRules, applied by the import.
 */
final class CanonicalCsvReader implements FileReader {

    static final List<String> COLUMNS = List.of("source_system", "source_record_id", "metric", "scale_min",
            "scale_max", "source_score_raw", "score", "responded_at", "ticket_id", "agent_id", "agent_email",
            "team_id", "channel", "survey_id", "question_id", "comment", "reason", "language");
    static final List<String> REQUIRED = List.of("source_system", "source_record_id", "metric", "scale_min",
            "scale_max", "responded_at");

    private final CsvInput csv;
    private @Nullable CsvHeader header;

    CanonicalCsvReader(ImportFile file) {
        this.csv = CsvInput.open(file.path(), file.name());
    }

    @Override
    public @Nullable ReadRecord next() {
        if (header == null) {
            header = CsvHeader.read(csv, COLUMNS, REQUIRED);
            if (!header.has("agent_id") && !header.has("agent_email")) {
                throw new ValidationException("The file " + csv.name() + " lacks the column agent_id or agent_email "
                        + "in its header: one of them names the agent of each rating.");
            }
        }
        CsvInput.Row row;
        do {
            row = csv.next();
        } while (row != null && row.blank());
        return row == null ? null : read(header, row);
    }

    private static ReadRecord read(CsvHeader h, CsvInput.Row row) {
        List<String> problems = new ArrayList<>();
        if (row.size() != h.size()) {
            problems.add("expected " + h.size() + " fields like the header, found " + row.size());
        }
        for (String column : REQUIRED) {
            if (h.value(row, column) == null) {
                problems.add(column + " is required");
            }
        }
        Metric metric = null;
        String metricName = h.value(row, "metric");
        if (metricName != null) {
            try {
                metric = Metric.parse(metricName);
            } catch (ValidationException e) {
                problems.add(e.getMessage());
            }
        }
        Integer min = number(h, row, "scale_min", problems);
        Integer max = number(h, row, "scale_max", problems);
        Integer score = number(h, row, "score", problems);
        Instant respondedAt = null;
        String time = h.value(row, "responded_at");
        if (time != null) {
            try {
                respondedAt = Timestamps.isoWithOffset(time);
            } catch (IllegalArgumentException e) {
                problems.add("responded_at " + e.getMessage());
            }
        }
        String agentId = h.value(row, "agent_id");
        String agentEmail = h.value(row, "agent_email");
        if (agentId == null && agentEmail == null) {
            problems.add("agent_id or agent_email is required");
        }
        if (!problems.isEmpty() || metric == null || min == null || max == null || respondedAt == null) {
            return new ReadRecord(row.line(), List.of(), problems, 0);
        }
        return ReadRecord.of(row.line(), new RatingInput(h.value(row, "source_system").strip(),
                h.value(row, "source_record_id").strip(), trimmed(h.value(row, "question_id")), metric, min, max,
                h.value(row, "source_score_raw"), score, respondedAt, trimmed(h.value(row, "ticket_id")),
                trimmed(agentId), trimmed(agentEmail), trimmed(h.value(row, "team_id")),
                trimmed(h.value(row, "channel")), trimmed(h.value(row, "survey_id")), h.value(row, "comment"),
                h.value(row, "reason"), trimmed(h.value(row, "language"))));
    }

    private static @Nullable Integer number(CsvHeader h, CsvInput.Row row, String column, List<String> problems) {
        String text = h.value(row, column);
        if (text == null) {
            return null;
        }
        try {
            return Cells.integer(column, text);
        } catch (ValidationException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return value == null ? null : value.strip();
    }

    @Override
    public long bytesRead() {
        return csv.bytesRead();
    }

    @Override
    public void close() {
        csv.close();
    }
}
