package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.ImportProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A progress bar with its stage text that runs one piece of work off the request thread, so the page stays
 * responsive while a large file is checked or stored, or a large batch deleted. The work runs on the application's task executor as the
 * signed-in administrator (the services check who calls them); its progress and its outcome reach the page with
 * {@link UI#access}. The application has no server push, so the page polls while work runs and stops polling after.
 * When the page is left mid-way the work still finishes on its own (a check stores only a checked batch, which the
 * batches list reopens; an import and a deletion are all or nothing) and its outcome is dropped.
 */
final class BackgroundRun extends Div {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRun.class);
    static final int POLL_MILLIS = 500;
    /** Progress reaches the page at most this often (a large file reports thousands of steps). */
    private static final long UPDATE_EVERY_NANOS = 150_000_000L;

    private final Executor executor;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span stage = new Span();
    private boolean running;

    BackgroundRun(Executor executor) {
        this.executor = executor;
        addClassName("feedback-progress");
        bar.setId("feedback-progress-bar");
        stage.setId("feedback-progress-stage");
        stage.addClassName("feedback-progress-stage");
        bar.getElement().setAttribute("aria-label", "Progress");
        add(stage, bar);
        setVisible(false);
    }

    boolean running() {
        return running;
    }

    /**
     * Runs {@code work} in the background; then {@code done} (or {@code failed} with what it threw) runs in the UI.
     * Refused (returns false) while another run of this bar is under way.
     */
    <T> boolean run(Component owner, String firstStage, Function<ImportProgress, T> work, Consumer<T> done,
            Consumer<RuntimeException> failed) {
        if (running) {
            return false;
        }
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext caller = strategy.getContext();
        running = true;
        bar.setValue(0);
        stage.setText(firstStage);
        setVisible(true);
        int pollBefore = ui.getPollInterval();
        ui.setPollInterval(POLL_MILLIS);
        var throttle = new long[] {0};
        ImportProgress progress = (fraction, text) -> {
            long now = System.nanoTime();
            if (now - throttle[0] < UPDATE_EVERY_NANOS) {
                return;
            }
            throttle[0] = now;
            access(ui, () -> {
                bar.setValue(Math.max(0, Math.min(1, fraction)));
                stage.setText(text);
            });
        };
        Runnable task = () -> {
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(caller.getAuthentication());
            strategy.setContext(context);
            try {
                T result = work.apply(progress);
                access(ui, () -> {
                    finish(ui, pollBefore);
                    done.accept(result);
                });
            } catch (RuntimeException e) {
                log.debug("Background import work failed", e);
                access(ui, () -> {
                    finish(ui, pollBefore);
                    failed.accept(e);
                });
            } finally {
                strategy.clearContext();
            }
        };
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            finish(ui, pollBefore);
            failed.accept(new IllegalStateException("The server is too busy to start this now; try again shortly."));
            return false;
        }
        return true;
    }

    /**
     * What to tell the user of work that failed: a rule it broke in its own words, a refusal as {@code notAllowed},
     * anything else (logged here) as {@code serverFailure}.
     */
    static String explain(RuntimeException e, String notAllowed, String serverFailure) {
        if (e instanceof ValidationException v) {
            return v.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return notAllowed;
        }
        log.warn("Background feedback work failed", e);
        return serverFailure;
    }

    private void finish(UI ui, int pollBefore) {
        running = false;
        setVisible(false);
        ui.setPollInterval(pollBefore);
    }

    private static void access(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the tab was closed or the page left: the work's outcome has nobody to show it to
        }
    }
}
