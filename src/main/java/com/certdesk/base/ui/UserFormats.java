package com.certdesk.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns dates and times into text for the person looking at the screen: their browser's locale
 * (Vaadin's {@link UI#getLocale()}, taken from the browser) and their browser's time zone (Vaadin's
 * {@link ExtendedClientDetails}, falling back to the server's zone). Services return {@link LocalDate}s and
 * {@link Instant}s; views format them here and nowhere else, and date pickers get the same format with
 * {@link #localize(DatePicker)}, so a date typed into a picker looks like the dates in the grids.
 *
 * <p>The date format is the locale's numeric date with a four-digit year (CLDR's {@code yMd}: 12/1/2026 in the
 * US, 01/12/2026 in the UK and France, 1.12.2026 in Germany). It is the format Vaadin's date picker itself derives
 * from the browser locale, and the only localized format the picker can also show and parse: it formats month
 * names in English only, so a "medium" date with a month name (1 déc. 2026) could not look the same in the picker.
 * Dates printed where there is no browser (PDFs, e-mails) use {@code com.certdesk.base.PrintedDates} instead.
 */
public final class UserFormats {

    private static final String DATE_SKELETON = "yMd";

    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter timeWithSeconds;
    private final DateTimeFormatter month;

    private UserFormats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
        this.date = DateTimeFormatter.ofLocalizedPattern(DATE_SKELETON).withLocale(locale).withZone(zone);
        this.dateTime = DateTimeFormatter.ofLocalizedPattern(DATE_SKELETON + "jm").withLocale(locale).withZone(zone);
        this.time = DateTimeFormatter.ofLocalizedPattern("jm").withLocale(locale).withZone(zone);
        this.timeWithSeconds = DateTimeFormatter.ofLocalizedPattern("jms").withLocale(locale).withZone(zone);
        this.month = DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale);
    }

    public static UserFormats of(Locale locale, ZoneId zone) {
        return new UserFormats(locale, zone);
    }

    /**
     * The formats of the user of the current UI (kept with the UI, so grids can call this for every cell); the
     * server's locale and zone outside a UI.
     */
    public static UserFormats current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return of(Locale.getDefault(), ZoneId.systemDefault());
        }
        Locale locale = ui.getLocale() == null ? Locale.getDefault() : ui.getLocale();
        ZoneId zone = browserZone(ui);
        @Nullable UserFormats kept = ComponentUtil.getData(ui, UserFormats.class);
        if (kept != null && kept.locale.equals(locale) && kept.zone.equals(zone)) {
            return kept;
        }
        UserFormats formats = of(locale, zone);
        ComponentUtil.setData(ui, UserFormats.class, formats);
        return formats;
    }

    /**
     * The browser's time zone, which Vaadin 25 sends with the first request of every UI; the server's zone when
     * the browser did not say (or said something Java does not know).
     */
    static ZoneId browserZone(UI ui) {
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        @Nullable String id = details == null ? null : details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException unknown) {
                // fall through to the server's zone
            }
        }
        return ZoneId.systemDefault();
    }

    /** 12/1/2026 (en-US), 01/12/2026 (en-GB), 1.12.2026 (de-DE). */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** The month a day falls in, short: Dec 2026 (en-US), déc. 2026 (fr-FR); for charts and tables per month. */
    public String month(LocalDate day) {
        return month.format(day);
    }

    /** The day in the user's time zone on which this instant falls. */
    public String date(Instant instant) {
        return date.format(instant);
    }

    /** 12/1/2026, 2:05 PM (en-US); 1.12.2026, 14:05 (de-DE); in the user's time zone. */
    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    /** 2:05 PM (en-US), 14:05 (en-GB), in the user's time zone. */
    public String time(Instant instant) {
        return time.format(instant);
    }

    /** 2:05:07 PM (en-US), 14:05:07 (en-GB), in the user's time zone. */
    public String timeWithSeconds(Instant instant) {
        return timeWithSeconds.format(instant);
    }

    /**
     * The user's time zone (their browser's, else the server's): pickers of a date and time, which show wall-clock
     * time, convert with it, so a quiz that closes at 17:00 for the admin closes at 17:00 where they are.
     */
    public ZoneId zone() {
        return zone;
    }

    /** The date formatter itself, for code that takes one (such as {@code StatusCell.describe}). */
    public DateTimeFormatter dateFormatter() {
        return date;
    }

    /** The date pattern, in {@link DateTimeFormatter} letters: M/d/y (en-US), dd/MM/y (en-GB), d.M.y (de-DE). */
    public String datePattern() {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(DATE_SKELETON, IsoChronology.INSTANCE, locale);
    }

    /**
     * Makes the picker show and read dates as {@link #date(LocalDate)} writes them, with the locale's month and
     * weekday names and first day of the week in its calendar. Error messages already set on the picker are kept.
     * ISO dates (2026-12-01) are understood too, as typed by people used to them.
     */
    public DatePicker localize(DatePicker picker) {
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        picker.setI18n(datePickerI18n(i18n));
        return picker;
    }

    DatePicker.DatePickerI18n datePickerI18n(DatePicker.DatePickerI18n i18n) {
        String display = pickerPattern(datePattern());
        i18n.setDateFormats(display, display.equals("yyyy-MM-dd") ? "yyyy/MM/dd" : "yyyy-MM-dd");
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList());
        // the picker counts Sunday as 0, java.time counts Monday as 1 and Sunday as 7
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        return i18n;
    }

    /**
     * The same pattern in the picker's (date-fns) letters: a four-digit year is yyyy there, where a lone y would
     * also do in java.time; quoted literals and the other numeric letters mean the same in both.
     */
    static String pickerPattern(String javaPattern) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < javaPattern.length(); i++) {
            char c = javaPattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
            } else if (!quoted && (c == 'y' || c == 'u')) {
                int run = 1;
                while (i + 1 < javaPattern.length() && javaPattern.charAt(i + 1) == c) {
                    run++;
                    i++;
                }
                out.append(run == 2 ? "yy" : "yyyy");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
