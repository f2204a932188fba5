package com.certdesk.catalog.ui;

import com.certdesk.catalog.ModuleProgress;
import com.certdesk.catalog.ProgressState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** Small pieces that show progress the same way on every learning screen. */
final class ProgressParts {

    private ProgressParts() {
    }

    static Component progressLine(ModuleProgress progress) {
        var bar = new ProgressBar(0, 1, progress.fraction());
        bar.getElement().setAttribute("aria-label", "Progress");
        String lessons = progress.doneLessons() + " of " + progress.totalLessons() + " lessons";
        var text = new Span(switch (progress.quiz()) {
            case NONE -> lessons;
            case PENDING -> lessons + " · quiz not passed yet";
            case PASSED -> lessons + " · quiz passed";
        });
        var line = new Div(bar, text);
        line.addClassName("progress-line");
        return line;
    }

    static Badge stateBadge(ProgressState state) {
        var badge = new Badge(state.label());
        badge.addClassName("state-badge");
        switch (state) {
            case COMPLETED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case IN_PROGRESS -> badge.addThemeVariants(BadgeVariant.WARNING);
            case NOT_STARTED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }

    static String minutes(int minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + (minutes % 60 == 0 ? "" : minutes % 60 + " min");
    }
}
