package com.certdesk.feedback.internal;

import com.certdesk.base.CsvInput;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.QuestionMapping;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingReader.ReadRecord;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Qualtrics responses export (CSV, numeric values): three header rows (field ids such as Q1; the question text;
 * the ImportId JSON such as {@code {"ImportId":"QID1"}}, with the time zone on the date columns), then one response
 * per row from line 4. Each mapped question column gives one rating: question id = the column's ImportId, source
 * record id = ResponseId, responded at = RecordedDate (else EndDate) in the file's time zone unless the
 * administrator chose another. An empty answer is "no answer" (score null); unfinished responses count what they
 * answered.
 */
final class QualtricsCsvReader implements FileReader {

    static final String SOURCE_SYSTEM = "qualtrics";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The three header rows, for the reader and for the layout. */
    record Header(List<String> fieldIds, List<String> texts, List<@Nullable String> importIds,
            List<@Nullable String> timeZones, long dataLine) {

        int column(@Nullable String fieldId) {
            if (fieldId == null || fieldId.isBlank()) {
                return -1;
            }
            String wanted = fieldId.strip();
            int index = fieldIds.indexOf(wanted);
            if (index >= 0) {
                return index;
            }
            for (int i = 0; i < fieldIds.size(); i++) {
                if (fieldIds.get(i).strip().equalsIgnoreCase(wanted)) {
                    return i;
                }
            }
            return -1;
        }

        /** The zone named on the RecordedDate column, else EndDate, else StartDate. */
        @Nullable ZoneId zone() {
            for (String date : List.of("RecordedDate", "EndDate", "StartDate")) {
                int i = column(date);
                if (i >= 0 && timeZones.get(i) != null) {
                    try {
                        return ZoneId.of(timeZones.get(i));
                    } catch (DateTimeException e) {
                        return null;
                    }
                }
            }
            return null;
        }

        String questionId(int column) {
            String importId = importIds.get(column);
            return importId == null ? fieldIds.get(column).strip() : importId;
        }

        static Header read(CsvInput csv) {
            CsvInput.Row ids = csv.next();
            if (ids == null) {
                throw new ValidationException("The file " + csv.name() + " is empty; expected a Qualtrics export "
                        + "with three header rows (field ids, question text, ImportId).");
            }
            CsvInput.Row texts = csv.next();
            CsvInput.Row imports = texts == null ? null : csv.next();
            if (imports == null || texts == null) {
                throw notQualtrics(csv.name(), "it has fewer than three rows");
            }
            List<String> importIds = new ArrayList<>();
            List<String> zones = new ArrayList<>();
            int json = 0;
            for (int i = 0; i < ids.size(); i++) {
                String cell = imports.field(i).strip();
                String importId = null;
                String zone = null;
                if (cell.startsWith("{")) {
                    try {
                        JsonNode node = JSON.readTree(cell);
                        importId = ZendeskRatings.text(node, "ImportId");
                        zone = ZendeskRatings.text(node, "timeZone");
                        json++;
                    } catch (RuntimeException e) {
                        // not an ImportId cell
                    }
                }
                importIds.add(importId);
                zones.add(zone);
            }
            if (json == 0) {
                throw notQualtrics(csv.name(), "its third row (line " + imports.line() + ") holds no ImportId "
                        + "JSON such as {\"ImportId\":\"QID1\"}");
            }
            List<String> questionTexts = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                questionTexts.add(texts.field(i));
            }
            return new Header(ids.fields(), questionTexts, importIds, zones, imports.line() + 1);
        }

        private static ValidationException notQualtrics(String name, String why) {
            return new ValidationException("The file " + name + " is not a Qualtrics export with three header rows "
                    + "(field ids, question text, ImportId): " + why + ". Export the responses as CSV with "
                    + "\"Use numeric values\".");
        }
    }

    private record Question(int column, String fieldId, String questionId, QuestionMapping mapping) {
    }

    private final CsvInput csv;
    private final FormatMapping mapping;
    private final @Nullable String commentColumn;
    private final String sourceSystem;
    private @Nullable Header header;
    private List<Question> questions = List.of();
    private ZoneId zone = ZoneId.of("UTC");
    private int responseId;
    private int recorded;
    private int end;
    private int agent;
    private int ticket;
    private int comment;
    private int language;
    private int status;

    QualtricsCsvReader(ImportFile file, FormatMapping mapping, @Nullable String commentColumn) {
        this.csv = CsvInput.open(file.path(), file.name());
        this.mapping = mapping;
        this.commentColumn = commentColumn;
        this.sourceSystem = Vendors.system(mapping, SOURCE_SYSTEM);
    }

    static void requireMapping(FormatMapping mapping) {
        if (mapping.questions().isEmpty()) {
            throw new ValidationException("Choose which Qualtrics question is CSAT, NPS or CES (by field id, e.g. Q1) "
                    + "before reading the file.");
        }
    }

    private void start() {
        Header h = Header.read(csv);
        List<Question> qs = new ArrayList<>();
        for (Map.Entry<String, QuestionMapping> e : mapping.questions().entrySet()) {
            int column = h.column(e.getKey());
            if (column < 0) {
                throw new ValidationException("The file " + csv.name() + " has no column " + e.getKey().strip()
                        + " (chosen for " + e.getValue().metric() + "). Its field ids are: "
                        + String.join(", ", h.fieldIds()) + ".");
            }
            if (h.fieldIds().get(column).strip().toUpperCase(Locale.ROOT).endsWith("_NPS_GROUP")) {
                throw new ValidationException("The column " + h.fieldIds().get(column).strip() + " is Qualtrics' "
                        + "promoter/passive/detractor group, not a rating: choose the NPS question itself ("
                        + h.fieldIds().get(column).strip().replaceAll("(?i)_NPS_GROUP$", "") + ").");
            }
            qs.add(new Question(column, h.fieldIds().get(column).strip(), h.questionId(column), e.getValue()));
        }
        qs.sort(Comparator.comparingInt(Question::column));
        questions = qs;
        responseId = h.column("ResponseId");
        if (responseId < 0) {
            responseId = h.column("ResponseID");
        }
        if (responseId < 0) {
            throw new ValidationException("The file " + csv.name() + " has no ResponseId column; it is needed to "
                    + "recognise a response imported twice.");
        }
        recorded = h.column("RecordedDate");
        end = h.column("EndDate");
        if (recorded < 0 && end < 0) {
            throw new ValidationException("The file " + csv.name() + " has neither a RecordedDate nor an EndDate "
                    + "column, so the time of each response is unknown.");
        }
        agent = optionalColumn(h, mapping.agentColumn(), "agent");
        ticket = optionalColumn(h, mapping.ticketColumn(), "ticket");
        comment = optionalColumn(h, commentColumn, "comment");
        language = h.column("UserLanguage");
        status = h.column("Status");
        ZoneId fileZone = h.zone();
        if (mapping.timeZone() != null) {
            zone = mapping.timeZone();
        } else if (fileZone != null) {
            zone = fileZone;
        } else {
            throw new ValidationException("The file " + csv.name() + " does not name its time zone in the ImportId "
                    + "row: choose the time zone of the Qualtrics account.");
        }
        header = h;
    }

    private int optionalColumn(Header h, @Nullable String fieldId, String what) {
        if (fieldId == null || fieldId.isBlank()) {
            return -1;
        }
        int column = h.column(fieldId);
        if (column < 0) {
            throw new ValidationException("The file " + csv.name() + " has no column " + fieldId.strip()
                    + " (chosen as the " + what + " column). Its field ids are: " + String.join(", ", h.fieldIds())
                    + ".");
        }
        return column;
    }

    @Override
    public @Nullable ReadRecord next() {
        if (header == null) {
            start();
        }
        CsvInput.Row row;
        do {
            row = csv.next();
        } while (row != null && row.blank());
        return row == null ? null : read(row);
    }

    /**
     * Qualtrics' response types that are not customers answering: survey previews, tests and spam (numeric codes
     * 1, 2, 8, 9, 12, 17, or their names in a choice-text export).
     */
    static boolean notACustomer(@Nullable String status) {
        if (status == null) {
            return false;
        }
        String s = status.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "1", "2", "8", "9", "12", "17" -> true;
            default -> s.contains("preview") || s.contains("test") || s.contains("spam");
        };
    }

    private ReadRecord read(CsvInput.Row row) {
        if (status >= 0 && notACustomer(row.field(status))) {
            return new ReadRecord(row.line(), List.of(), List.of(), 1);
        }
        List<String> problems = new ArrayList<>();
        String id = Cells.value(row.field(responseId));
        if (id == null) {
            problems.add("ResponseId is empty");
        }
        Instant respondedAt = null;
        String recordedText = recorded < 0 ? null : Cells.value(row.field(recorded));
        String time = recordedText != null ? recordedText : end < 0 ? null : Cells.value(row.field(end));
        String timeField = recordedText != null ? "RecordedDate" : "EndDate";
        if (time == null) {
            problems.add("RecordedDate and EndDate are empty");
        } else {
            try {
                respondedAt = LocalTimes.parse(time, zone, LocalTimes.QUALTRICS, "2025-03-06 06:00:01");
            } catch (IllegalArgumentException e) {
                problems.add(timeField + " " + e.getMessage());
            }
        }
        Cells.Agent who = Cells.Agent.of(agent < 0 ? null : row.field(agent));
        String ticketId = ticket < 0 ? null : trimmed(row.field(ticket));
        String noAgent = who.problem(agent < 0 ? null : header.fieldIds().get(agent).strip(),
                ticket < 0 ? null : header.fieldIds().get(ticket).strip(), ticketId, "an embedded-data column");
        if (noAgent != null) {
            problems.add(noAgent);
        }
        List<RatingInput> ratings = new ArrayList<>();
        String commentText = comment < 0 ? null : Cells.value(row.field(comment));
        String lang = language < 0 ? null : Cells.value(row.field(language));
        for (Question q : questions) {
            String answer = Cells.value(row.field(q.column()));
            Integer score = null;
            if (answer != null) {
                try {
                    score = Cells.score(q.fieldId(), q.mapping(), answer);
                } catch (ValidationException e) {
                    problems.add(e.getMessage());
                    continue;
                }
            }
            if (problems.isEmpty()) {
                ratings.add(Cells.withChannel(new RatingInput(sourceSystem, id.strip(), q.questionId(),
                        q.mapping().metric(), q.mapping().scaleMin(), q.mapping().scaleMax(),
                        answer == null ? null : answer.strip(), score, respondedAt,
                        ticketId, who.id(), who.email(), null, null, null,
                        ratings.isEmpty() ? commentText : null, null,
                        lang == null ? null : lang.strip().toLowerCase(Locale.ROOT)), mapping.channel()));
            }
        }
        if (!problems.isEmpty()) {
            return new ReadRecord(row.line(), List.of(), problems, 0);
        }
        return new ReadRecord(row.line(), ratings, List.of(), 0);
    }

    private static @Nullable String trimmed(String cell) {
        String value = Cells.value(cell);
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
