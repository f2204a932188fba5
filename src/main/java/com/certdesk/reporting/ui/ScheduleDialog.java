package com.certdesk.reporting.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.reporting.DateRule;
import com.certdesk.reporting.ExportFormat;
import com.certdesk.reporting.ReportSchedules;
import com.certdesk.reporting.SavedFilter;
import com.certdesk.reporting.ScheduleDraft;
import com.certdesk.reporting.ScheduleFrequency;
import com.certdesk.reporting.ScheduleView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * "Schedule…" on a report page: keeps the page's filter as a weekly or monthly report of the caller's, in CSV or
 * XLSX, its dates as the page's fixed days or a range relative to each run, optionally with an e-mailed link (offered
 * only when the server sends e-mail).
 */
class ScheduleDialog extends Dialog {

    private final ReportSchedules schedules;
    private final SavedFilter filter;
    private final TextField name = new TextField("Name");
    private final RadioButtonGroup<ExportFormat> format = new RadioButtonGroup<>("Format");
    private final RadioButtonGroup<ScheduleFrequency> frequency = new RadioButtonGroup<>("How often");
    private final Select<DayOfWeek> weekday = new Select<>();
    private final Select<Integer> monthDay = new Select<>();
    private final Select<DateRule> dates = new Select<>();
    private final Paragraph datesHelp = new Paragraph();
    private final Checkbox email = new Checkbox("Also e-mail me a link to each file");
    private final Paragraph firstRun = new Paragraph();
    private final FormError error = new FormError("schedule-error");

    ScheduleDialog(ReportSchedules schedules, SavedFilter filter, String defaultName) {
        this.schedules = schedules;
        this.filter = filter;
        setId("schedule-dialog");
        setHeaderTitle("Schedule this report");
        setWidth("min(600px, 96vw)");
        UserFormats formats = UserFormats.current();

        name.setId("schedule-name");
        name.setValue(defaultName.length() > 100 ? defaultName.substring(0, 100) : defaultName);
        name.setMaxLength(100);
        name.setRequired(true);
        format.setId("schedule-format");
        format.setItems(filter.kind().formats());
        format.setItemLabelGenerator(ExportFormat::label);
        format.setValue(ExportFormat.XLSX);
        frequency.setId("schedule-frequency");
        frequency.setItems(ScheduleFrequency.values());
        frequency.setItemLabelGenerator(f -> f == ScheduleFrequency.WEEKLY ? "Weekly" : "Monthly");
        frequency.setValue(ScheduleFrequency.WEEKLY);
        ReportParts.choice(weekday, "schedule-weekday", "On", List.of(DayOfWeek.values()),
                d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH), DayOfWeek.MONDAY);
        ReportParts.choice(monthDay, "schedule-monthday", "On day", IntStream.rangeClosed(1, 28).boxed().toList(),
                String::valueOf, 1);
        monthDay.setHelperText("1 to 28, so every month has it");

        List<DateRule> rules = new ArrayList<>(List.of(DateRule.values()));
        boolean pageHasDates = filter.from() != null || filter.to() != null;
        if (!pageHasDates) {
            rules.remove(DateRule.FIXED);
        }
        String what = filter.kind().datesLabel();
        ReportParts.choice(dates, "schedule-dates", what + " dates", rules, rule -> rule == DateRule.FIXED
                ? "Fixed: " + fixed(formats) : rule.label(), pageHasDates ? DateRule.FIXED : DateRule.ALL);
        datesHelp.setId("schedule-dates-help");
        datesHelp.addClassName("muted");

        email.setId("schedule-email");
        email.setVisible(schedules.emailAvailable());
        firstRun.setId("schedule-first-run");

        var form = new FormLayout(name, format, frequency, weekday, monthDay, dates, datesHelp, email);
        form.setColspan(name, 2);
        form.setColspan(dates, 2);
        form.setColspan(datesHelp, 2);
        form.setColspan(email, 2);
        var intro = new Paragraph("Produced early in the morning of each run day with the filter of this page, "
                + "and offered under the bell; files are kept " + schedules.keepDays() + " days.");
        intro.addClassName("muted");
        add(intro, form, firstRun, error);

        frequency.addValueChangeListener(e -> changed());
        weekday.addValueChangeListener(e -> changed());
        monthDay.addValueChangeListener(e -> changed());
        dates.addValueChangeListener(e -> changed());
        changed();

        var save = new Button("Schedule", e -> save());
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
    }

    private String fixed(UserFormats formats) {
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        return (from == null ? "any day" : formats.date(from)) + " \u2013 " + (to == null ? "any day"
                : formats.date(to));
    }

    private int day() {
        return frequency.getValue() == ScheduleFrequency.MONTHLY ? monthDay.getValue()
                : weekday.getValue().getValue();
    }

    private void changed() {
        boolean monthly = frequency.getValue() == ScheduleFrequency.MONTHLY;
        weekday.setVisible(!monthly);
        monthDay.setVisible(monthly);
        UserFormats formats = UserFormats.current();
        LocalDate first = schedules.firstRun(frequency.getValue(), day());
        firstRun.setText("First run on " + formats.date(first) + ".");
        DateRule rule = dates.getValue();
        DateRule.Range range = rule.range(first, filter.from(), filter.to());
        datesHelp.setText(switch (rule) {
            case ALL -> "Every run reports without a date limit.";
            case FIXED -> "Every run reports the same days, as chosen on the page.";
            default -> "Relative to each run: the first covers " + (range.from() == null ? "" : formats.date(
                    range.from())) + " \u2013 " + (range.to() == null ? "" : formats.date(range.to())) + ".";
        });
    }

    private void save() {
        try {
            ScheduleView made = schedules.create(new ScheduleDraft(name.getValue(), format.getValue(),
                    frequency.getValue(), day(), dates.getValue(), filter, email.isVisible() && email.getValue()));
            Toast.show("Scheduled '" + made.name() + "': " + made.when() + ", first on " + UserFormats.current().date(made.nextRunOn()) + ". See Scheduled reports.")
                    .addThemeVariants(NotificationVariant.SUCCESS);
            close();
        } catch (ValidationException refused) {
            error.show(refused);
        }
    }
}
