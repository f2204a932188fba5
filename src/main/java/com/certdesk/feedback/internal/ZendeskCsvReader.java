package com.certdesk.feedback.internal;

import com.certdesk.base.CsvHeader;
import com.certdesk.base.CsvInput;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.RatingReader.ReadRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Zendesk satisfaction ratings as CSV: one rating per row, a header naming Zendesk's fields (case-insensitive,
 * spaces or underscores: "Assignee ID" = assignee_id). Mapped exactly like the API pages, through
 * {@link ZendeskRatings#fromFields}.
 */
final class ZendeskCsvReader implements FileReader {

    static final List<String> COLUMNS = List.of("id", "assignee_id", "group_id", "ticket_id", "score",
            "created_at", "comment", "reason", "requester_id", "updated_at", "url", "reason_code", "reason_id");
    static final List<String> REQUIRED = List.of("id", "assignee_id", "score", "created_at");

    private final CsvInput csv;
    private final String sourceSystem;
    private final @Nullable String channel;
    private @Nullable CsvHeader header;

    ZendeskCsvReader(ImportFile file, FormatMapping mapping) {
        this.csv = CsvInput.open(file.path(), file.name());
        this.sourceSystem = Vendors.system(mapping, ZendeskRatings.SOURCE_SYSTEM);
        this.channel = mapping.channel();
    }

    @Override
    public @Nullable ReadRecord next() {
        if (header == null) {
            header = CsvHeader.read(csv, COLUMNS, REQUIRED);
        }
        CsvInput.Row row;
        do {
            row = csv.next();
        } while (row != null && row.blank());
        if (row == null) {
            return null;
        }
        CsvHeader h = header;
        return record(row.line(), ZendeskRatings.fromFields(sourceSystem, h.value(row, "id"),
                h.value(row, "assignee_id"), h.value(row, "group_id"), h.value(row, "ticket_id"),
                h.value(row, "score"), h.value(row, "created_at"), h.value(row, "comment"),
                h.value(row, "reason")), channel);
    }

    static ReadRecord record(long line, ZendeskRatings.Outcome outcome, @Nullable String channel) {
        return switch (outcome) {
            case ZendeskRatings.Outcome.Rating r -> ReadRecord.of(line, Cells.withChannel(r.rating(), channel));
            case ZendeskRatings.Outcome.NotARating n -> new ReadRecord(line, List.of(), List.of(), 1);
            case ZendeskRatings.Outcome.Problem p -> ReadRecord.problem(line, p.message());
        };
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
