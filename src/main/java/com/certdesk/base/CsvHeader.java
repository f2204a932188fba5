package com.certdesk.base;

import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The header row of a one-header CSV format: column names to their positions, compared case-insensitively with
 * spaces and hyphens as underscores ("Agent Email" = agent_email). Every import with a header row reads it here, so
 * that an unknown, repeated or missing column is refused with the same message wherever it happens.
 */
public final class CsvHeader {

    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final int size;

    private CsvHeader(CsvInput.Row row, String file, List<String> known) {
        size = row.size();
        for (int i = 0; i < row.size(); i++) {
            String name = name(row.field(i));
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                throw new ValidationException("The file " + file + " has the unknown column \"" + row.field(i).strip()
                        + "\" in its header (line " + row.line() + "). The columns are: " + String.join(", ", known)
                        + ".");
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new ValidationException("The file " + file + " has the column \"" + name + "\" twice in its "
                        + "header (line " + row.line() + ").");
            }
        }
    }

    /**
     * Reads the header row of {@code csv}.
     *
     * @throws ValidationException for an empty file, an unknown or repeated column, a missing required column
     */
    public static CsvHeader read(CsvInput csv, List<String> known, List<String> required) {
        CsvInput.Row row = csv.next();
        if (row == null) {
            throw new ValidationException("The file " + csv.name() + " is empty. Its first line must be the header: "
                    + String.join(",", known));
        }
        CsvHeader header = new CsvHeader(row, csv.name(), known);
        List<String> missing = required.stream().filter(c -> !header.columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ValidationException("The file " + csv.name() + " lacks the required column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " in its header (line "
                    + row.line() + ").");
        }
        return header;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    public int size() {
        return size;
    }

    /** The row's value of {@code column}: null when the column is absent or the cell empty. */
    public @Nullable String value(CsvInput.Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? null : cell(row.field(index));
    }

    /** The cell as a value: null when empty or white space, otherwise as written. */
    public static @Nullable String cell(@Nullable String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }

    /** A header name compared case-insensitively, spaces and hyphens as underscores: "Assignee ID" = assignee_id. */
    public static String name(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
