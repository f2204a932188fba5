package com.certdesk.certification.ui;

import com.certdesk.certification.CertStatus;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * "12 agents × 3 programs: Certified 20 · Expiring soon 4 · Overdue 3 …", chips coloured like the matrix cells.
 * Each chip is a toggle button that filters the matrix by its status: clicking it shows only agents with a cell of
 * that status and marks it pressed; clicking it again (or "Clear") shows everyone again.
 */
class StatusCountBar extends Composite<Div> {

    /** Most telling first: who holds a certificate, who is about to lose or has lost it, who is late. */
    static final List<CertStatus> ORDER = List.of(CertStatus.CERTIFIED, CertStatus.EXPIRING_SOON, CertStatus.EXPIRED,
            CertStatus.OVERDUE, CertStatus.IN_PROGRESS, CertStatus.ASSIGNED, CertStatus.NOT_ASSIGNED);

    private final Consumer<@Nullable CertStatus> onFilter;

    /** {@code onFilter} gets the status to filter by, or null to show every status. */
    StatusCountBar(Consumer<@Nullable CertStatus> onFilter) {
        this.onFilter = onFilter;
        getContent().setId("status-counts");
        getContent().addClassName("status-counts");
    }

    void update(Map<CertStatus, Long> counts, int programs, @Nullable CertStatus pressed) {
        Div bar = getContent();
        bar.removeAll();
        long cells = counts.values().stream().mapToLong(Long::longValue).sum();
        if (programs == 0 || cells == 0) {
            bar.setVisible(pressed != null);
            if (pressed != null) {
                bar.add(clear());
            }
            return;
        }
        bar.setVisible(true);
        long agents = cells / programs;
        var scope = new Span(plural(agents, "agent") + " × " + plural(programs, "program") + ":");
        scope.addClassNames("muted", "small");
        bar.add(scope);
        for (CertStatus status : ORDER) {
            long count = counts.getOrDefault(status, 0L);
            if (count > 0 || status == pressed) {
                bar.add(chip(status, count, status == pressed));
            }
        }
        if (pressed != null) {
            bar.add(clear());
        }
    }

    private NativeButton chip(CertStatus status, long count, boolean pressed) {
        var number = new Span(Long.toString(count));
        number.addClassName("status-count");
        var chip = new NativeButton();
        chip.add(new Span(status.label() + " "), number);
        chip.addClassNames("status-chip", "status-count-chip", status.cssClass());
        chip.setId("count-" + status.cssClass());
        chip.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        String cellsText = count + (count == 1 ? " cell " : " cells ") + status.label().toLowerCase(Locale.ENGLISH);
        chip.setTitle(pressed ? cellsText + ". Click to show every status again."
                : cellsText + ". Click to show only agents with this status.");
        chip.addClickListener(e -> onFilter.accept(pressed ? null : status));
        return chip;
    }

    private NativeButton clear() {
        var clear = new NativeButton("Clear status filter", e -> onFilter.accept(null));
        clear.setId("clear-status-filter");
        clear.addClassName("status-count-clear");
        return clear;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
