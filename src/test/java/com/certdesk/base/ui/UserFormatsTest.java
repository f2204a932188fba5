package com.certdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date on screen is written the way the user's browser locale writes it, and times are in their zone. */
class UserFormatsTest {

    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);
    private static final ZoneId UTC = ZoneId.of("UTC");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US | 12/1/2026",
            "en-GB | 01/12/2026",
            "de-DE | 1.12.2026",
            "fr-FR | 01/12/2026"})
    void each_locale_reads_its_own_date_format(String locale, String expected) {
        assertThat(UserFormats.of(Locale.forLanguageTag(locale), UTC).date(FIRST_OF_DECEMBER)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US | M/d/yyyy",
            "en-GB | dd/MM/yyyy",
            "de-DE | d.M.yyyy",
            "fr-FR | dd/MM/yyyy"})
    void the_date_picker_shows_and_reads_the_same_format_as_the_grids(String locale, String pickerFormat) {
        var formats = UserFormats.of(Locale.forLanguageTag(locale), UTC);
        DatePicker picker = formats.localize(new DatePicker());

        assertThat(picker.getLocale()).isEqualTo(Locale.forLanguageTag(locale));
        assertThat(picker.getI18n().getDateFormats()).first().isEqualTo(pickerFormat);
        // ISO dates typed by habit are understood too
        assertThat(picker.getI18n().getDateFormats()).contains("yyyy-MM-dd");
    }

    @Test
    void the_date_picker_calendar_speaks_the_locale_and_keeps_error_messages_set_before() {
        var picker = new DatePicker();
        picker.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage("Choose today or a later day."));

        UserFormats.of(Locale.GERMANY, UTC).localize(picker);

        assertThat(picker.getI18n().getMonthNames()).startsWith("Januar", "Februar");
        assertThat(picker.getI18n().getWeekdaysShort()).first().isEqualTo("So");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getI18n().getMinErrorMessage()).isEqualTo("Choose today or a later day.");
        assertThat(UserFormats.of(Locale.US, UTC).localize(new DatePicker()).getI18n().getFirstDayOfWeek())
                .isZero();
    }

    @Test
    void times_are_shown_in_the_users_time_zone_not_the_servers() {
        Instant lateEveningInNewYork = Instant.parse("2026-12-02T03:30:00Z");

        var newYork = UserFormats.of(Locale.US, ZoneId.of("America/New_York"));
        var berlin = UserFormats.of(Locale.GERMANY, ZoneId.of("Europe/Berlin"));

        assertThat(newYork.date(lateEveningInNewYork)).isEqualTo("12/1/2026");
        assertThat(newYork.dateTime(lateEveningInNewYork)).isEqualTo("12/1/2026, 10:30\u202fPM");
        assertThat(newYork.time(lateEveningInNewYork)).isEqualTo("10:30\u202fPM");
        assertThat(berlin.date(lateEveningInNewYork)).isEqualTo("2.12.2026");
        assertThat(berlin.dateTime(lateEveningInNewYork)).isEqualTo("2.12.2026, 04:30");
        assertThat(berlin.timeWithSeconds(lateEveningInNewYork)).isEqualTo("04:30:00");
    }

    @Test
    void picker_patterns_spell_the_year_with_four_letters_and_keep_quoted_text() {
        assertThat(UserFormats.pickerPattern("d.M.y")).isEqualTo("d.M.yyyy");
        assertThat(UserFormats.pickerPattern("dd/MM/yy")).isEqualTo("dd/MM/yy");
        assertThat(UserFormats.pickerPattern("y'y' M d")).isEqualTo("yyyy'y' M d");
    }
}
