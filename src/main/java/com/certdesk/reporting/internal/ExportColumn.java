package com.certdesk.reporting.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of an export: its header, the kind of cell it writes, its width in characters in a workbook, and its
 * value for a row (null for an empty cell). Values by kind: TEXT any object (written as its text), NUMBER a
 * {@link Number}, DATE a {@link java.time.LocalDate}, DATE_TIME a {@link java.time.LocalDateTime}.
 */
public record ExportColumn<T>(String header, Kind kind, double width, Function<T, @Nullable Object> value) {

    public enum Kind {
        TEXT, NUMBER, DATE, DATE_TIME
    }

    public static <T> ExportColumn<T> text(String header, double width, Function<T, @Nullable Object> value) {
        return new ExportColumn<>(header, Kind.TEXT, width, value);
    }

    public static <T> ExportColumn<T> number(String header, double width, Function<T, @Nullable Object> value) {
        return new ExportColumn<>(header, Kind.NUMBER, width, value);
    }

    public static <T> ExportColumn<T> date(String header, Function<T, @Nullable Object> value) {
        return new ExportColumn<>(header, Kind.DATE, 12, value);
    }

    public static <T> ExportColumn<T> dateTime(String header, Function<T, @Nullable Object> value) {
        return new ExportColumn<>(header, Kind.DATE_TIME, 18, value);
    }
}
