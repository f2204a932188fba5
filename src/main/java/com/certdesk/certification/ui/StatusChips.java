package com.certdesk.certification.ui;

import com.certdesk.certification.CertStatus;
import com.certdesk.certification.StatusCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A certification status shown the same way everywhere: a chip coloured by status ({@link CertStatus#cssClass()},
 * styles.css) reading "Certified · 30 Jun 2027", with the full sentence ("Certified until 30 Jun 2027") as its
 * title for screen readers and hover.
 */
final class StatusChips {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private StatusChips() {
    }

    /** "Certified · 30 Jun 2027", "Overdue · 1 Dec 2026", "Not assigned". */
    static String text(StatusCell cell) {
        if (cell.date() == null) {
            return cell.status() == CertStatus.CERTIFIED ? "Certified · no expiry" : cell.status().label();
        }
        return cell.status().label() + " · " + DATE.format(cell.date());
    }

    static String title(StatusCell cell) {
        return cell.describe(DATE);
    }

    static Span chip(StatusCell cell) {
        var chip = new Span(text(cell));
        chip.addClassNames("status-chip", cell.status().cssClass());
        chip.setTitle(title(cell));
        return chip;
    }

    /** A light-weight cell renderer for grids with many status cells (one template, no server components). */
    static <T> LitRenderer<T> renderer(SerializableFunction<T, StatusCell> cell) {
        return LitRenderer.<T>of("<span class=\"status-chip ${item.css}\" title=\"${item.title}\">${item.text}</span>")
                .withProperty("css", row -> cell.apply(row).status().cssClass())
                .withProperty("title", row -> title(cell.apply(row)))
                .withProperty("text", row -> text(cell.apply(row)));
    }
}
