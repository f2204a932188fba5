package com.certdesk.base.ui;

import com.certdesk.base.ValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Asks for a due date (today or later) and saves it with one click; the Save button is disabled while saving, so a
 * double click saves once. A refusal from the service is shown in the dialog, which stays open. Used wherever a
 * date is chosen for one assignment (a new due date, assigning a suggested module).
 */
public class DueDateDialog extends Dialog {

    private final DatePicker date;
    private final Paragraph error = new Paragraph();
    private final Button save;

    public DueDateDialog(String title, String explanation, LocalDate today, LocalDate preset,
            Consumer<LocalDate> saver) {
        this(title, explanation, "New due date", "Save due date", today, preset, saver);
    }

    /** As above, with the date field's and the button's own words ("Due date", "Assign"). */
    public DueDateDialog(String title, String explanation, String dateLabel, String saveLabel, LocalDate today,
            LocalDate preset, Consumer<LocalDate> saver) {
        date = new DatePicker(dateLabel);
        save = new Button(saveLabel);
        setId("due-date-dialog");
        setHeaderTitle(title);
        setWidth("min(440px, 95vw)");
        var text = new Paragraph(explanation);
        text.addClassName("muted");
        date.setId("new-due-date");
        date.setMin(today);
        date.setRequired(true);
        UserFormats.current().localize(date);
        date.setWidthFull();
        date.addValueChangeListener(e -> date.setHelperText(inWords(e.getValue(), today)));
        date.setValue(preset);
        error.addClassName("form-error");
        error.setId("due-date-error");
        error.setVisible(false);
        add(text, date, error);

        save.setId("save-due-date");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                LocalDate value = date.getValue();
                if (value == null || value.isBefore(today)) {
                    throw new ValidationException("Choose a due date, today or later.");
                }
                saver.accept(value);
                close();
            } catch (ValidationException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            } finally {
                save.setEnabled(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /**
     * "12/15/2026, in 14 days" (en-US); empty when no day or a past day is chosen (the field's error message says
     * what to do then, so the request is not shown twice).
     */
    public static String inWords(@Nullable LocalDate value, LocalDate today) {
        if (value == null || value.isBefore(today)) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, value);
        String when = days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
        return UserFormats.current().date(value) + ", " + when;
    }
}
