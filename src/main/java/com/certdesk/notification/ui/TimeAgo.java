package com.certdesk.notification.ui;

import com.certdesk.base.ui.UserFormats;
import java.time.Duration;
import java.time.Instant;

/**
 * When something happened, the way people say it: "just now", "2 hours ago", "3 days ago", then the date in the
 * user's format ({@link UserFormats}).
 */
final class TimeAgo {

    private TimeAgo() {
    }

    static String of(Instant then, Instant now, UserFormats formats) {
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
        return formats.date(then);
    }

    /** Date and time, for a tooltip next to {@link #of}. */
    static String exact(Instant then, UserFormats formats) {
        return formats.dateTime(then);
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
