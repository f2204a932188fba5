package com.certdesk.reporting.ui;

import com.certdesk.base.ui.CallerDownloads;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A line under a report's download links saying how a download goes: "Writing the download: 12,000 rows so far", then
 * "Downloaded 100,000 rows." or why it failed. The download runs in its own request, the page learns of it by
 * polling while one is under way (the application does not push). Clicks and downloads are counted, so that a click
 * whose download has not begun yet waits for it instead of showing the previous one's outcome.
 */
final class ExportStatus extends Span implements CallerDownloads.Watcher {

    /** How often the page asks while a download runs (ms). */
    static final int POLL_MS = 500;

    private final AtomicLong rows = new AtomicLong();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
    private int clicks;
    private long waitedMs;
    private @Nullable Registration polling;

    ExportStatus(String id) {
        setId(id);
        addClassName("report-export-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
        addDetachListener(e -> stop(e.getUI()));
    }

    /** The counter the export writes its rows into. */
    AtomicLong rows() {
        return rows;
    }

    /** Shows the progress of the downloads this link starts. */
    void watch(Anchor link) {
        link.getElement().addEventListener("click", e -> clicked());
    }

    @Override
    public void started() {
        failure.set(null);
        rows.set(0);
        started.incrementAndGet();
    }

    @Override
    public void finished(@Nullable RuntimeException failure) {
        this.failure.set(failure);
        finished.incrementAndGet();
    }

    private void clicked() {
        clicks++;
        waitedMs = 0;
        setVisible(true);
        show();
        getUI().ifPresent(ui -> {
            if (polling == null) {
                ui.setPollInterval(POLL_MS);
                polling = ui.addPollListener(e -> {
                    waitedMs += POLL_MS;
                    show();
                });
            }
        });
    }

    /** Says where the download is; stops asking once it is over (or never began within a minute). */
    void show() {
        if (finished.get() >= clicks) {
            RuntimeException failed = failure.get();
            setText(failed == null ? "Downloaded " + rows(rows.get()) + "."
                    : "The download failed: " + reason(failed));
            setClassName("report-export-failed", failed != null);
            getUI().ifPresent(this::stop);
        } else if (started.get() >= clicks) {
            setText("Writing the download: " + rows(rows.get()) + " so far\u2026");
        } else if (waitedMs > 60_000) {
            setText("The download did not start: try the link again.");
            getUI().ifPresent(this::stop);
        } else {
            setText("Preparing the download\u2026");
        }
    }

    private void stop(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private static String rows(long n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "row" : "rows");
    }

    private static String reason(RuntimeException failure) {
        if (failure instanceof org.springframework.security.access.AccessDeniedException) {
            return "you may not export these rows (any more). Sign in again or ask an administrator.";
        }
        String message = failure.getMessage();
        return failure instanceof com.certdesk.base.ValidationException && message != null ? message
                : "something went wrong on the server; the file is incomplete. Try again.";
    }
}
