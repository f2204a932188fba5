package com.certdesk.quiz.ui;

import com.certdesk.base.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.certdesk.base.ui.UserFormats;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How the quiz screens write dates (in the user's locale and zone, see {@link UserFormats}), scores and durations. */
final class QuizFormats {

    private QuizFormats() {
    }

    static String when(@Nullable Instant instant) {
        return instant == null ? "" : UserFormats.current().dateTime(instant);
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
