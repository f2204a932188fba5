package com.certdesk.notification.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When something happened, the way people say it: "just now", "2 hours ago", "3 days ago", then the date. */
final class TimeAgo {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter EXACT = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK)
            .withZone(ZoneId.systemDefault());

    private TimeAgo() {
    }

    static String of(Instant then, Instant now) {
        Duration ago = Duration.between(then, now);
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return count(ago.toMinutes(), "minute") + " ago";
        }
        if (ago.toDays() < 1) {
            return count(ago.toHours(), "hour") + " ago";
        }
        if (ago.toDays() < 2) {
            return "yesterday";
        }
        if (ago.toDays() < 7) {
            return ago.toDays() + " days ago";
        }
        return DATE.format(then);
    }

    /** Date and time, for a tooltip next to {@link #of}. */
    static String exact(Instant then) {
        return EXACT.format(then);
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
