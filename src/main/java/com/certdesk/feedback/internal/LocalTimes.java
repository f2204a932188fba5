package com.certdesk.feedback.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/** Local date-times of survey exports, read in the time zone the file names or the administrator chose. */
final class LocalTimes {

    /** Qualtrics: "2025-03-06 06:00:01" (also with a T, or the older "3/6/2025 6:00"). */
    static final List<DateTimeFormatter> QUALTRICS = List.of(
            pattern("uuuu-MM-dd HH:mm[:ss]"), pattern("uuuu-MM-dd'T'HH:mm[:ss]"), pattern("M/d/uuuu H:mm[:ss]"));
    /** SurveyMonkey: "03/07/2025 03:29:10 PM" (US month/day order). */
    static final List<DateTimeFormatter> SURVEYMONKEY = List.of(
            pattern("M/d/uuuu h:mm[:ss] a"), pattern("M/d/uuuu H:mm[:ss]"));

    private LocalTimes() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * The instant {@code text} names in {@code zone}; a text that carries its own offset keeps it.
     *
     * @throws IllegalArgumentException with a message that continues the field name ("... is not ...")
     */
    static Instant parse(String text, ZoneId zone, List<DateTimeFormatter> formats, String example) {
        String value = text.strip();
        for (DateTimeFormatter format : formats) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a date and time like " + example);
        }
    }
}
