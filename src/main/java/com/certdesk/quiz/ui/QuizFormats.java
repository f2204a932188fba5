package com.certdesk.quiz.ui;

import com.certdesk.base.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the quiz screens write dates, scores and durations. */
final class QuizFormats {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private QuizFormats() {
    }

    static String when(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    static String percent(@Nullable Double percent) {
        if (percent == null) {
            return "";
        }
        double rounded = Math.floor(percent * 10) / 10;
        return (rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded)) + "%";
    }

    static String points(double points) {
        double rounded = Math.round(points * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    static long idParameter(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().getLong(name)
                .orElseThrow(() -> new NotFoundException("That link is not valid."));
    }
}
