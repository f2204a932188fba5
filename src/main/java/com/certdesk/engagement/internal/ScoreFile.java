package com.certdesk.engagement.internal;

import com.certdesk.base.CsvHeader;
import com.certdesk.base.CsvInput;
import com.certdesk.base.ValidationException;
import com.certdesk.people.ImportProblem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an engagement score file: CSV with a header row (the machinery every import shares: {@link CsvInput},
 * {@link CsvHeader}), one person's score for one measure on one survey date per row. Checks what one row can tell
 * (values present and well-formed, the score within its scale, the same person, measure and date not twice); what
 * needs the database (who the person is, what is stored) the import checks.
 */
public final class ScoreFile {

    public static final List<String> COLUMNS = List.of("person_email", "person_external_id", "survey_date",
            "measure", "score", "scale_min", "scale_max");
    public static final List<String> REQUIRED = List.of("survey_date", "measure", "score", "scale_min", "scale_max");
    public static final int MAX_MEASURE = 100;
    /** A score as written: digits with an optional point and exponent ("4", "4.5", "-0.5", "45e-1"). */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    /** One row as read: the person by e-mail (lower case) or external id, and their score. */
    public record Row(long line, @Nullable String email, @Nullable String externalId, LocalDate surveyDate,
            String measure, double score, int scaleMin, int scaleMax) {

        /** How the file names the person, for messages. */
        public String person() {
            return email != null ? email : "external id " + externalId;
        }
    }

    /** The rows that could be read and the problems of those that could not, by line. */
    public record Read(List<Row> rows, List<ImportProblem> problems) {
    }

    private ScoreFile() {
    }

    /**
     * @param maxRows the most rows a file may have; beyond it the file is refused as a whole
     * @param today   survey dates after it are refused
     * @throws ValidationException for a file that is not CSV, has a wrong header or too many rows
     */
    public static Read read(Path path, String name, int maxRows, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CsvInput csv = CsvInput.open(path, name)) {
            CsvHeader header = CsvHeader.read(csv, COLUMNS, REQUIRED);
            if (!header.has("person_email") && !header.has("person_external_id")) {
                throw new ValidationException("The file " + name + " lacks the column person_email or "
                        + "person_external_id in its header: one of them names the person of each score.");
            }
            int count = 0;
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.blank()) {
                    continue;
                }
                if (++count > maxRows) {
                    throw new ValidationException("The file " + name + " has more than " + maxRows + " scores; "
                            + "split it into files of at most " + maxRows + " rows.");
                }
                List<String> rowProblems = new ArrayList<>();
                Row read = row(header, row, today, rowProblems);
                if (read != null) {
                    String key = (read.email() != null ? read.email() : "#" + read.externalId()) + "|"
                            + read.measure().toLowerCase(Locale.ROOT) + "|" + read.surveyDate();
                    Long first = seen.putIfAbsent(key, row.line());
                    if (first != null) {
                        rowProblems.add("the same person, measure and survey date are also on line " + first);
                    }
                }
                if (rowProblems.isEmpty() && read != null) {
                    rows.add(read);
                } else {
                    long line = row.line();
                    rowProblems.forEach(p -> problems.add(new ImportProblem(line, p)));
                }
            }
        }
        return new Read(List.copyOf(rows), List.copyOf(problems));
    }

    private static @Nullable Row row(CsvHeader h, CsvInput.Row row, LocalDate today, List<String> problems) {
        if (row.size() != h.size()) {
            problems.add("expected " + h.size() + " fields like the header, found " + row.size());
        }
        for (String column : REQUIRED) {
            if (h.value(row, column) == null) {
                problems.add(column + " is required");
            }
        }
        String email = trimmed(h.value(row, "person_email"));
        String externalId = trimmed(h.value(row, "person_external_id"));
        if (email == null && externalId == null) {
            problems.add("person_email or person_external_id is required");
        } else if (email != null && !email.contains("@")) {
            problems.add("person_email \"" + email + "\" is not an e-mail address");
        }
        LocalDate date = null;
        String dateText = trimmed(h.value(row, "survey_date"));
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
                if (date.isAfter(today)) {
                    problems.add("survey_date " + date + " is in the future");
                }
            } catch (DateTimeParseException e) {
                problems.add("survey_date \"" + dateText + "\" is not a date as YYYY-MM-DD");
            }
        }
        String measure = trimmed(h.value(row, "measure"));
        if (measure != null && measure.length() > MAX_MEASURE) {
            problems.add("measure is longer than " + MAX_MEASURE + " characters");
        }
        Integer min = whole(h, row, "scale_min", problems);
        Integer max = whole(h, row, "scale_max", problems);
        Double score = null;
        String scoreText = trimmed(h.value(row, "score"));
        if (scoreText != null) {
            // a plain decimal only: Java would also read "4f", "0x1p2", "NaN" and "Infinity" as numbers
            double parsed = DECIMAL.matcher(scoreText).matches() ? Double.parseDouble(scoreText) : Double.NaN;
            if (Double.isFinite(parsed)) {
                score = parsed + 0.0; // -0 as 0: PostgreSQL keeps the sign, and a mean of it would show as -0.00
            } else {
                problems.add("score \"" + scoreText + "\" is not a number" + (scoreText.contains(",")
                        ? " (write decimals with a point: 4.5)" : ""));
            }
        }
        if (min != null && max != null && min >= max) {
            problems.add("scale_min " + min + " must be below scale_max " + max);
        } else if (min != null && max != null && score != null && (score < min || score > max)) {
            problems.add("score " + scoreText + " is outside the scale " + min + "-" + max);
        }
        if (!problems.isEmpty() || date == null || measure == null || min == null || max == null || score == null) {
            return null;
        }
        return new Row(row.line(), email == null ? null : email.toLowerCase(Locale.ROOT), externalId, date, measure,
                score, min, max);
    }

    private static @Nullable Integer whole(CsvHeader h, CsvInput.Row row, String column, List<String> problems) {
        String text = trimmed(h.value(row, column));
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add(column + " \"" + text + "\" is not a whole number");
            return null;
        }
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return value == null ? null : value.strip();
    }
}
