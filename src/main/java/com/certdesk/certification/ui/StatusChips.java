package com.certdesk.certification.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.certification.CertStatus;
import com.certdesk.certification.StatusCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A certification status shown the same way everywhere: a chip coloured by status ({@link CertStatus#cssClass()},
 * styles.css) reading "Certified · 6/30/2027", with the full sentence ("Certified until 6/30/2027") as its
 * title for screen readers and hover; dates in the user's format ({@link UserFormats}).
 */
final class StatusChips {

    static String date(LocalDate day) {
        return UserFormats.current().date(day);
    }

    private StatusChips() {
    }

    /** "Certified · 6/30/2027", "Overdue · 12/1/2026", "Not assigned" (en-US). */
    static String text(StatusCell cell) {
        if (cell.date() == null) {
            return cell.status() == CertStatus.CERTIFIED ? "Certified · no expiry" : cell.status().label();
        }
        return cell.status().label() + " · " + date(cell.date());
    }

    static String title(StatusCell cell) {
        return cell.describe(UserFormats.current().dateFormatter());
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
