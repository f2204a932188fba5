package com.certdesk.feedback.internal;

import com.certdesk.base.CsvInput;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FileLayout;
import com.certdesk.feedback.FormatMapping;
import com.certdesk.feedback.ImportFile;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.QuestionMapping;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A look at the first records of import files ({@link FileLayout#MAX_RECORDS} at most, over all files), to offer
 * the administrator the columns, the values seen and a suggested mapping.
 */
public final class FileLayouts {

    private static final Pattern QUALTRICS_QUESTION = Pattern.compile("(?i)Q\\d+(_\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}");

    private FileLayouts() {
    }

    /** Distinct values of one column, at most {@link FileLayout#MAX_VALUES}. */
    private static final class Seen {
        final Set<String> values = new LinkedHashSet<>();
        boolean more;

        void add(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            String v = value.strip();
            if (values.size() < FileLayout.MAX_VALUES) {
                values.add(v);
            } else if (!values.contains(v)) {
                more = true;
            }
        }

        List<String> list() {
            return List.copyOf(values);
        }
    }

    /**
     * Reads up to {@link FileLayout#MAX_RECORDS} rows after the header of a CSV {@code width} columns wide into one
     * {@link Seen} per column (added to {@code seen}); returns how many rows were read.
     */
    private static long sample(CsvInput csv, int width, List<Seen> seen) {
        for (int i = 0; i < width; i++) {
            seen.add(new Seen());
        }
        long records = 0;
        for (CsvInput.Row row = csv.next(); row != null && records < FileLayout.MAX_RECORDS; row = csv.next()) {
            records++;
            for (int i = 0; i < width; i++) {
                seen.get(i).add(row.field(i));
            }
        }
        return records;
    }

    /** The layout of {@code files}; {@code defaultZone} is suggested where the file names no zone. */
    public static FileLayout inspect(FeedbackFormat format, List<ImportFile> files, ZoneId defaultZone) {
        if (files.isEmpty()) {
            throw new ValidationException("Choose at least one file to import.");
        }
        return switch (format) {
            case CANONICAL_CSV -> oneHeaderCsv(format, files, CanonicalCsvReader.COLUMNS);
            case ZENDESK_CSV -> oneHeaderCsv(format, files, ZendeskCsvReader.COLUMNS);
            case ZENDESK_JSON -> zendesk(files);
            case FRESHDESK_JSON -> freshdesk(files);
            case QUALTRICS_CSV -> qualtrics(files.getFirst());
            case SURVEYMONKEY_CSV -> surveyMonkey(files.getFirst(), defaultZone);
        };
    }

    private static FileLayout oneHeaderCsv(FeedbackFormat format, List<ImportFile> files, List<String> known) {
        ImportFile file = files.getFirst();
        try (CsvInput csv = CsvInput.open(file.path(), file.name())) {
            CsvInput.Row header = csv.next();
            if (header == null) {
                throw new ValidationException("The file " + file.name() + " is empty. Its first line must be the "
                        + "header: " + String.join(",", known));
            }
            List<Seen> seen = new ArrayList<>();
            long records = sample(csv, header.size(), seen);
            List<FileLayout.Column> columns = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String name = Cells.headerName(header.field(i));
                columns.add(new FileLayout.Column(i, name, header.field(i).strip(), null, seen.get(i).list(),
                        seen.get(i).more));
                if (!name.isEmpty() && !known.contains(name)) {
                    notes.add("The column \"" + header.field(i).strip() + "\" is not one of " + String.join(", ",
                            known) + ": the file will be refused.");
                }
            }
            return new FileLayout(format, columns, null, FormatMapping.NONE, null, records, notes);
        }
    }

    private static FileLayout zendesk(List<ImportFile> files) {
        Seen scores = new Seen();
        long records = 0;
        for (ImportFile file : files) {
            try (JsonElements elements = new JsonElements(file, "satisfaction_ratings",
                    "a Zendesk satisfaction ratings API page")) {
                for (var e = elements.next(); e != null && records < FileLayout.MAX_RECORDS; e = elements.next()) {
                    records++;
                    scores.add(ZendeskRatings.text(e.node(), "score"));
                }
            }
        }
        return new FileLayout(FeedbackFormat.ZENDESK_JSON, List.of(new FileLayout.Column(0, "score", "score", null,
                scores.list(), scores.more)), null, FormatMapping.NONE, null, records,
                List.of("good is 1 and bad is 0 on the CSAT 0-1 scale; offered and unoffered are not ratings."));
    }

    private static FileLayout freshdesk(List<ImportFile> files) {
        Map<String, Seen> codes = new LinkedHashMap<>();
        long records = 0;
        for (ImportFile file : files) {
            try (JsonElements elements = new JsonElements(file, null, "a Freshdesk satisfaction ratings export")) {
                for (var e = elements.next(); e != null && records < FileLayout.MAX_RECORDS; e = elements.next()) {
                    records++;
                    JsonNode ratings = e.node().get("ratings");
                    if (ratings != null && ratings.isObject()) {
                        for (Map.Entry<String, JsonNode> r : ratings.properties()) {
                            codes.computeIfAbsent(r.getKey(), k -> new Seen())
                                    .add(r.getValue().isNull() ? null : r.getValue().asString());
                        }
                    }
                }
            }
        }
        List<FileLayout.Column> columns = new ArrayList<>();
        Map<String, QuestionMapping> suggested = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Seen> e : codes.entrySet()) {
            columns.add(new FileLayout.Column(i++, e.getKey(), e.getKey(), null, e.getValue().list(),
                    e.getValue().more));
            QuestionMapping scale = VendorScales.freshdeskFor(e.getValue().values);
            if (scale == VendorScales.FRESHDESK_7) {
                notes.add("The question " + e.getKey() + " uses a 7-point survey: choose its metric and scale.");
            } else {
                suggested.put(e.getKey(), scale);
            }
        }
        return new FileLayout(FeedbackFormat.FRESHDESK_JSON, columns, null,
                new FormatMapping(suggested, null, null, null, null, null), null, records, notes);
    }

    private static FileLayout qualtrics(ImportFile file) {
        try (CsvInput csv = CsvInput.open(file.path(), file.name())) {
            QualtricsCsvReader.Header h = QualtricsCsvReader.Header.read(csv);
            List<Seen> seen = new ArrayList<>();
            long records = sample(csv, h.fieldIds().size(), seen);
            List<FileLayout.Column> columns = new ArrayList<>();
            Map<String, QuestionMapping> suggested = new LinkedHashMap<>();
            String agent = null;
            String ticket = null;
            String comment = null;
            for (int i = 0; i < h.fieldIds().size(); i++) {
                String id = h.fieldIds().get(i).strip();
                String text = h.texts().get(i).strip();
                columns.add(new FileLayout.Column(i, id, text, h.importIds().get(i), seen.get(i).list(),
                        seen.get(i).more));
                String lower = (id + " " + text).toLowerCase(Locale.ROOT);
                if (QUALTRICS_QUESTION.matcher(id).matches()) {
                    QuestionMapping guess = guessNumeric(text.toLowerCase(Locale.ROOT), seen.get(i).values);
                    if (guess != null) {
                        suggested.put(id, guess);
                    } else if (comment == null && !seen.get(i).values.isEmpty()
                            && !allNumbers(seen.get(i).values)) {
                        comment = id;
                    }
                } else if (id.toUpperCase(Locale.ROOT).endsWith("_TEXT") && comment == null) {
                    comment = id;
                } else if (agent == null && lower.contains("agent")) {
                    agent = id;
                } else if (ticket == null && lower.contains("ticket")) {
                    ticket = id;
                }
            }
            List<String> notes = new ArrayList<>();
            if (agent == null) {
                notes.add(ticket == null ? "No column names the agent: choose the embedded-data column that does, or "
                        + "the ticket column to take the agent from the helpdesk's rating of the same ticket."
                        : "No column names the agent: each answer takes the agent of the helpdesk's rating of the "
                        + "same ticket (column " + ticket + "), so import the helpdesk's ratings first; or choose "
                        + "the embedded-data column that names the agent.");
            }
            ZoneId zone = h.zone();
            if (zone == null) {
                notes.add("The file names no time zone: choose the time zone of the Qualtrics account.");
            }
            return new FileLayout(FeedbackFormat.QUALTRICS_CSV, columns, zone,
                    new FormatMapping(suggested, agent, ticket, null, null, null), comment, records, notes);
        }
    }

    /** CSAT / NPS / CES from the question text, the scale from the values seen; null when it is no such question. */
    private static @Nullable QuestionMapping guessNumeric(String text, Set<String> values) {
        if (!allNumbers(values)) {
            return null;
        }
        int max = values.stream().mapToInt(Integer::parseInt).max().orElse(0);
        if (text.contains("recommend")) {
            return new QuestionMapping(Metric.NPS, 0, 10, Map.of());
        }
        if (text.contains("satisf")) {
            return new QuestionMapping(Metric.CSAT, 1, max > 0 && max <= 3 ? 3 : 5, Map.of());
        }
        if (text.contains("easy") || text.contains("effort") || text.contains("easi")) {
            return new QuestionMapping(Metric.CES, 1, max > 0 && max <= 5 ? 5 : 7, Map.of());
        }
        return null;
    }

    private static boolean allNumbers(Set<String> values) {
        return values.stream().allMatch(v -> NUMBER.matcher(v).matches());
    }

    private static FileLayout surveyMonkey(ImportFile file, ZoneId defaultZone) {
        try (CsvInput csv = CsvInput.open(file.path(), file.name())) {
            SurveyMonkeyCsvReader.Header h = SurveyMonkeyCsvReader.Header.read(csv);
            List<Seen> seen = new ArrayList<>();
            long records = sample(csv, h.keys().size(), seen);
            List<FileLayout.Column> columns = new ArrayList<>();
            Map<String, QuestionMapping> suggested = new LinkedHashMap<>();
            String agent = null;
            String ticket = null;
            String comment = null;
            for (int i = 0; i < h.keys().size(); i++) {
                String sub = h.subLabels().get(i);
                Set<String> values = seen.get(i).values;
                columns.add(new FileLayout.Column(i, h.keys().get(i), h.headers().get(i), sub.isEmpty() ? null : sub,
                        seen.get(i).list(), seen.get(i).more));
                String text = h.headers().get(i).toLowerCase(Locale.ROOT);
                if (sub.equalsIgnoreCase("Response")) {
                    QuestionMapping preset = VendorScales.surveyMonkeyFor(List.copyOf(values));
                    if (preset != null) {
                        suggested.put(h.keys().get(i), preset);
                    } else if (text.contains("recommend") && allNumbers(values)) {
                        suggested.put(h.keys().get(i), new QuestionMapping(Metric.NPS, 0, 10, Map.of()));
                    }
                } else if (sub.equalsIgnoreCase("Open-Ended Response") && comment == null) {
                    comment = h.keys().get(i);
                } else if (ticket == null && sub.isEmpty() && text.contains("ticket")) {
                    ticket = h.keys().get(i);
                } else if (agent == null && sub.isEmpty() && text.startsWith("custom data")) {
                    agent = h.keys().get(i);
                }
            }
            List<String> notes = new ArrayList<>();
            notes.add("SurveyMonkey exports times without a time zone: check the suggested zone " + defaultZone
                    + ".");
            if (agent == null) {
                notes.add(ticket == null ? "No custom data column: choose the column that names the agent, or the "
                        + "ticket column to take the agent from the helpdesk's rating of the same ticket."
                        : "No custom data column: each answer takes the agent of the helpdesk's rating of the same "
                        + "ticket (column " + ticket + "), so import the helpdesk's ratings first; or choose the "
                        + "column that names the agent.");
            }
            return new FileLayout(FeedbackFormat.SURVEYMONKEY_CSV, columns, null,
                    new FormatMapping(suggested, agent, ticket, null, defaultZone, null), comment, records, notes);
        }
    }
}
