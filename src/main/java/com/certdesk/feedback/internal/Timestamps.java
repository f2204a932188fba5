package com.certdesk.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reading the times feedback files carry. */
final class Timestamps {

    private Timestamps() {
    }

    /**
     * An ISO-8601 date and time WITH its offset ("2025-03-05T08:00:00+01:00", "2025-03-04T10:15:00Z").
     *
     * @throws IllegalArgumentException with a message that continues "responded_at ..." ("is not ...")
     */
    static Instant isoWithOffset(String value) {
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                java.time.LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                throw new IllegalArgumentException("\"" + text + "\" has no offset: write it with one, e.g. "
                        + text + "Z or " + text + "+01:00");
            } catch (DateTimeParseException notLocal) {
                throw new IllegalArgumentException("\"" + text + "\" is not an ISO-8601 date and time with offset "
                        + "(e.g. 2025-03-05T08:00:00+01:00)");
            }
        }
    }
}
