package com.certdesk.quiz.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.quiz.AttemptSummary;
import com.certdesk.quiz.QuizCard;
import com.certdesk.quiz.QuizTakingService;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.certdesk.base.ui.AuthorContent;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;

/** The quiz on a module page: what it asks, how the learner stands, start or resume, and past attempts. */
final class QuizCardPanel extends Div {

    QuizCardPanel(QuizCard card, QuizTakingService taking) {
        addClassName("quiz-card");
        setId("quiz-card");
        var heading = new H3("Quiz");
        var header = new Div(heading, statusBadge(card));
        header.addClassName("quiz-card-header");
        add(header);
        if (!card.intro().isBlank()) {
            add(new AuthorContent(card.intro()));
        }
        var facts = new Paragraph(String.join(" · ", facts(card)));
        facts.addClassName("muted");
        facts.setId("quiz-facts");
        add(facts);
        if (!card.passed() && card.openAttemptId() == null && card.history().isEmpty()) {
            add(new Paragraph("Pass the quiz to complete this module. You can take it whenever you feel ready."));
        }
        if (card.renewal()) {
            var renew = new Paragraph("Your certification is up for renewal: pass this quiz again to renew it. "
                    + "Your earlier attempts do not count against the attempt limit.");
            renew.setId("quiz-renewal");
            renew.addClassName("quiz-renewal");
            add(renew);
        }
        if (card.blockedReason() != null) {
            // the service says when in words for e-mails and logs; on screen the time is the user's
            var blocked = new Paragraph(card.nextAttemptAt() == null ? card.blockedReason()
                    : "You can start your next attempt at " + UserFormats.current().dateTime(card.nextAttemptAt()) + ".");
            blocked.addClassName("quiz-blocked");
            blocked.setId("quiz-blocked");
            add(blocked);
        }
        if (card.openAttemptId() != null || card.blockedReason() == null) {
            add(actionButton(card, taking));
        }
        if (!card.history().isEmpty()) {
            add(history(card.history()));
        }
    }

    private static Badge statusBadge(QuizCard card) {
        Badge badge;
        if (card.passed()) {
            badge = new Badge("Passed");
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        } else if (card.openAttemptId() != null) {
            badge = new Badge("Attempt in progress");
            badge.addThemeVariants(BadgeVariant.WARNING);
        } else if (!card.history().isEmpty()) {
            badge = new Badge("Not passed yet");
            badge.addThemeVariants(BadgeVariant.ERROR);
        } else {
            badge = new Badge("Not taken");
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        badge.setId("quiz-status");
        return badge;
    }

    private static List<String> facts(QuizCard card) {
        List<String> facts = new ArrayList<>();
        facts.add(card.questionCount() == 1 ? "1 question" : card.questionCount() + " questions");
        facts.add("pass mark " + card.passMark() + "%");
        if (card.timeLimitMinutes() != null) {
            facts.add(card.timeLimitMinutes() + "-minute time limit");
        }
        if (card.maxAttempts() != null) {
            facts.add(card.maxAttempts() + (card.maxAttempts() == 1 ? " attempt" : " attempts") + " allowed ("
                    + card.attemptsUsed() + " used)");
        }
        if (card.minWaitMinutes() != null && card.minWaitMinutes() > 0) {
            facts.add("wait " + card.minWaitMinutes() + " min between attempts");
        }
        if (card.failuresBeforeWait() != null && card.failureWaitMinutes() != null) {
            facts.add("a " + card.failureWaitMinutes() + "-minute break after " + card.failuresBeforeWait()
                    + (card.failuresBeforeWait() == 1 ? " failed attempt" : " failed attempts"));
        }
        if (card.closesAt() != null) {
            facts.add("closes " + QuizFormats.when(card.closesAt()));
        }
        if (card.bestPercent() != null) {
            facts.add("best score " + QuizFormats.percent(card.bestPercent()));
        }
        return facts;
    }

    private static Button actionButton(QuizCard card, QuizTakingService taking) {
        String label;
        if (card.openAttemptId() != null) {
            label = "Resume your attempt";
        } else if (card.history().isEmpty()) {
            label = "Start the quiz";
        } else if (card.renewal()) {
            label = "Renew: take the quiz again";
        } else {
            label = card.passed() ? "Take it again" : "Try again";
        }
        var button = new Button(label, VaadinIcon.ARROW_RIGHT.create());
        button.setIconAfterText(true);
        button.setId("start-quiz");
        button.setDisableOnClick(true);
        if (!card.passed() || card.renewal()) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        button.addClickListener(e -> {
            long attemptId;
            try {
                attemptId = taking.startOrResume(card.moduleId());
            } finally {
                button.setEnabled(true);
            }
            e.getSource().getUI().ifPresent(ui -> ui.navigate(AttemptView.class, AttemptView.params(attemptId)));
        });
        return button;
    }

    private static Grid<AttemptSummary> history(List<AttemptSummary> attempts) {
        var grid = new Grid<AttemptSummary>();
        grid.setId("attempt-history");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AttemptSummary::number).setHeader("#").setWidth("4rem").setFlexGrow(0);
        grid.addColumn(a -> QuizFormats.when(a.startedAt())).setHeader("Started").setAutoWidth(true);
        grid.addColumn(a -> a.open() ? "In progress" : a.finishReason() == null ? "" : a.finishReason().label())
                .setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.open() ? "" : QuizFormats.points(a.score() == null ? 0 : a.score()) + " / "
                + QuizFormats.points(a.maxScore()) + " (" + QuizFormats.percent(a.percent()) + ")")
                .setHeader("Score").setAutoWidth(true);
        grid.addComponentColumn(a -> {
            if (a.open()) {
                return new Span();
            }
            var badge = new Badge(a.isPassed() ? "Passed" : "Not passed");
            badge.addThemeVariants(a.isPassed() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
            return badge;
        }).setHeader("Result").setAutoWidth(true);
        grid.addComponentColumn(a -> a.open()
                ? new RouterLink("Resume", AttemptView.class, AttemptView.params(a.id()))
                : new RouterLink("Review", AttemptResultView.class, AttemptView.params(a.id())))
                .setHeader("").setAutoWidth(true);
        grid.setItems(attempts.reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
