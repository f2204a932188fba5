package com.certdesk.feedback.internal;

import com.certdesk.base.CsvInput;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.QuestionMapping;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.RatingReader.ReadRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A SurveyMonkey "all responses" export (CSV): two header rows (the question text; a sub-label such as Response,
 * Other (please specify), Open-Ended Response), then one respondent per row. One question can span several
 * columns, so a column is addressed by its {@linkplain #key key}: "question text | sub-label", or the question text
 * alone when the sub-label is empty (the first columns: Respondent ID, Custom Data 1, ...). "#N" (N = the column's
 * number from 1) addresses any column, and the question text alone addresses a question that has one column only.
 * Choice texts become scores through the question's mapping; times ("03/07/2025 03:29:10 PM", US order) are read
 * in the time zone the administrator gives.
 */
final class SurveyMonkeyCsvReader implements FileReader {

    static final String SOURCE_SYSTEM = "surveymonkey";
    static final String SEPARATOR = " | ";

    /** The key of a column: "header | sub-label", or the header alone when it has no sub-label. */
    static String key(String header, String subLabel) {
        return subLabel.isBlank() ? header.strip() : header.strip() + SEPARATOR + subLabel.strip();
    }

    /** The two header rows, with a header carried over to the following columns when they leave it empty. */
    record Header(List<String> headers, List<String> subLabels, List<String> keys, long dataLine) {

        static Header read(CsvInput csv) {
            CsvInput.Row first = csv.next();
            if (first == null) {
                throw new ValidationException("The file " + csv.name() + " is empty; expected a SurveyMonkey export "
                        + "with two header rows (question text, sub-label).");
            }
            CsvInput.Row second = csv.next();
            if (second == null) {
                throw new ValidationException("The file " + csv.name() + " has only one row; a SurveyMonkey export "
                        + "has two header rows (question text, sub-label) and then one row per respondent.");
            }
            List<String> headers = new ArrayList<>();
            List<String> subs = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            String carried = "";
            int columns = Math.max(first.size(), second.size());
            for (int i = 0; i < columns; i++) {
                String header = first.field(i).strip();
                String sub = second.field(i).strip();
                if (header.isEmpty() && !sub.isEmpty()) {
                    header = carried;
                } else if (!header.isEmpty()) {
                    carried = header;
                }
                headers.add(header);
                subs.add(sub);
                String key = key(header, sub);
                keys.add(keys.contains(key) ? key + " (column " + (i + 1) + ")" : key);
            }
            int respondent = indexOf(headers, "Respondent ID");
            if (respondent < 0) {
                throw new ValidationException("The file " + csv.name() + " has no \"Respondent ID\" column in its "
                        + "first row: is it a SurveyMonkey \"all responses\" export with two header rows?");
            }
            if (!second.field(respondent).isBlank()) {
                throw new ValidationException("The file " + csv.name() + " has a value under \"Respondent ID\" on "
                        + "line " + second.line() + ": a SurveyMonkey export has a second header row of sub-labels "
                        + "(Response, Open-Ended Response, ...) there. Export \"All responses data\" as CSV with "
                        + "expanded columns.");
            }
            return new Header(headers, subs, keys, second.line() + 1);
        }

        /** The column an address names (a key, "#N", or a question text with one column), or -1. */
        int column(@Nullable String address) {
            if (address == null || address.isBlank()) {
                return -1;
            }
            String a = address.strip();
            int index = indexOf(keys, a);
            if (index >= 0) {
                return index;
            }
            if (a.matches("#\\d{1,5}")) {
                int n = Integer.parseInt(a.substring(1)) - 1;
                return n < keys.size() ? n : -1;
            }
            int found = -1;
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).equalsIgnoreCase(a)) {
                    if (found >= 0) {
                        return -2;
                    }
                    found = i;
                }
            }
            return found;
        }

        private static int indexOf(List<String> keys, String key) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equalsIgnoreCase(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    private record Question(int column, String questionId, QuestionMapping mapping) {
    }

    private final CsvInput csv;
    private final FormatMapping mapping;
    private final @Nullable String commentColumn;
    private final String sourceSystem;
    private final ZoneId zone;
    private @Nullable Header header;
    private List<Question> questions = List.of();
    private int respondent;
    private int endDate;
    private int startDate;
    private int agent;
    private int ticket;
    private int comment;

    SurveyMonkeyCsvReader(ImportFile file, FormatMapping mapping, @Nullable String commentColumn) {
        requireMapping(mapping);
        this.csv = CsvInput.open(file.path(), file.name());
        this.mapping = mapping;
        this.commentColumn = commentColumn;
        this.sourceSystem = Vendors.system(mapping, SOURCE_SYSTEM);
        this.zone = mapping.timeZone();
    }

    static void requireMapping(FormatMapping mapping) {
        if (mapping.timeZone() == null) {
            throw new ValidationException("SurveyMonkey exports times without a time zone: choose the time zone "
                    + "of the SurveyMonkey account before reading the file.");
        }
        if (mapping.questions().isEmpty()) {
            throw new ValidationException("Choose which SurveyMonkey question is CSAT, NPS or CES and how its "
                    + "choices map to the scale before reading the file.");
        }
    }

    private void start() {
        Header h = Header.read(csv);
        List<Question> qs = new ArrayList<>();
        for (Map.Entry<String, QuestionMapping> e : mapping.questions().entrySet()) {
            int column = resolve(h, e.getKey(), "chosen for " + e.getValue().metric());
            qs.add(new Question(column, questionId(h.keys().get(column)), e.getValue()));
        }
        qs.sort(Comparator.comparingInt(Question::column));
        questions = qs;
        respondent = h.column("Respondent ID");
        endDate = h.column("End Date");
        startDate = h.column("Start Date");
        if (endDate < 0 && startDate < 0) {
            throw new ValidationException("The file " + csv.name() + " has neither an End Date nor a Start Date "
                    + "column, so the time of each response is unknown.");
        }
        agent = mapping.agentColumn() == null || mapping.agentColumn().isBlank() ? -1
                : resolve(h, mapping.agentColumn(), "chosen as the agent column");
        ticket = mapping.ticketColumn() == null || mapping.ticketColumn().isBlank() ? -1
                : resolve(h, mapping.ticketColumn(), "chosen as the ticket column");
        comment = commentColumn == null || commentColumn.isBlank() ? -1
                : resolve(h, commentColumn, "chosen as the comment column");
        header = h;
    }

    private int resolve(Header h, String address, String why) {
        int column = h.column(address);
        if (column == -2) {
            throw new ValidationException("The question \"" + address.strip() + "\" (" + why + ") has several "
                    + "columns in " + csv.name() + ": choose one of them as \"question" + SEPARATOR + "sub-label\".");
        }
        if (column < 0) {
            throw new ValidationException("The file " + csv.name() + " has no column \"" + address.strip() + "\" ("
                    + why + ").");
        }
        return column;
    }

    /** The question id stored with a rating: the column key, shortened (with a digest) beyond 200 characters. */
    static String questionId(String key) {
        if (key.length() <= 200) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, 183) + "~" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    private ReadRecord read(CsvInput.Row row) {
        List<String> problems = new ArrayList<>();
        String id = Cells.value(row.field(respondent));
        if (id == null) {
            problems.add("Respondent ID is empty");
        }
        String endText = endDate < 0 ? null : Cells.value(row.field(endDate));
        String time = endText != null ? endText : startDate < 0 ? null : Cells.value(row.field(startDate));
        Instant respondedAt = null;
        if (time == null) {
            problems.add("End Date and Start Date are empty");
        } else {
            try {
                respondedAt = LocalTimes.parse(time, zone, LocalTimes.SURVEYMONKEY, "03/07/2025 03:29:10 PM");
            } catch (IllegalArgumentException e) {
                problems.add((endText != null ? "End Date " : "Start Date ") + e.getMessage());
            }
        }
        Cells.Agent who = Cells.Agent.of(agent < 0 ? null : row.field(agent));
        String ticketId = ticket < 0 ? null : Cells.value(row.field(ticket));
        ticketId = ticketId == null ? null : ticketId.strip();
        String noAgent = who.problem(agent < 0 ? null : "\"" + header.keys().get(agent) + "\"",
                ticket < 0 ? null : "\"" + header.keys().get(ticket) + "\"", ticketId,
                "a custom data column or the collector");
        if (noAgent != null) {
            problems.add(noAgent);
        }
        String commentText = comment < 0 ? null : Cells.value(row.field(comment));
        List<RatingInput> ratings = new ArrayList<>();
        for (Question q : questions) {
            String answer = Cells.value(row.field(q.column()));
            Integer score = null;
            if (answer != null) {
                try {
                    score = Cells.score("\"" + header.keys().get(q.column()) + "\": answer", q.mapping(), answer);
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
                        ratings.isEmpty() ? commentText : null, null, null), mapping.channel()));
            }
        }
        if (!problems.isEmpty()) {
            return new ReadRecord(row.line(), List.of(), problems, 0);
        }
        return new ReadRecord(row.line(), ratings, List.of(), 0);
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
