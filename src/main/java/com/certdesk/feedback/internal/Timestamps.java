package com.certdesk.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

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
        Instant fast = fast(text);
        if (fast != null) {
            return fast;
        }
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

    /**
     * The common shapes "2025-03-04T10:15:00Z", "2025-03-04T10:15:00.123Z" and "2025-03-04T10:15:00+01:00" (a
     * fraction of 1 to 9 digits, Z or an offset) without the cost of a DateTimeFormatter (which dominates reading a
     * large file); anything else, including values out of range, is left to the full parser (null).
     */
    private static @Nullable Instant fast(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (t.charAt(at) == '.') {
            int first = ++at;
            while (at < n && at - first < 9 && t.charAt(at) >= '0' && t.charAt(at) <= '9') {
                nanos = nanos * 10 + (t.charAt(at) - '0');
                at++;
            }
            if (at == first || at < n && t.charAt(at) >= '0' && t.charAt(at) <= '9') {
                return null;
            }
            for (int i = at - first; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (n == at + 1 && t.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (n == at + 6) {
            char sign = t.charAt(at);
            int oh = digits(t, at + 1, 2);
            int om = digits(t, at + 4, 2);
            if ((sign != '+' && sign != '-') || t.charAt(at + 3) != ':' || oh < 0 || oh > 18 || om < 0 || om > 59) {
                return null;
            }
            offsetSeconds = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
    }

    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
