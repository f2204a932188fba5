package com.certdesk.base;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one format for dates written where no browser tells us the reader's locale: certificate PDFs, e-mails, the
 * bell's stored notification texts, the public verification page and messages from services. "1 December 2026"
 * reads the same to everyone (no 12/1 versus 1/12). On screen, views use {@code com.certdesk.base.ui.UserFormats}.
 */
public final class PrintedDates {

    /** 1 December 2026. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** 1 December 2026, 14:05 (with the zone applied by the caller). */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private PrintedDates() {
    }
}
