package com.certdesk.quiz.ui;

import com.certdesk.quiz.AttemptResult;
import com.certdesk.quiz.AttemptSummary;
import com.certdesk.quiz.FinishReason;
import com.certdesk.quiz.QuizTakingService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A finished attempt: the score, passed or not, and the review the quiz's policy allows. */
@Route("quiz/attempts/:attemptId([0-9]{1,18})/result")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.HR, Roles.ADMIN})
class AttemptResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizTakingService taking;
    private String title = "Quiz result";
    private long moduleId;

    AttemptResultView(QuizTakingService taking) {
        this.taking = taking;
        addClassNames("page", "page-narrow", "result-view");
        setId("result-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = QuizFormats.idParameter(event, AttemptView.ATTEMPT_ID);
        AttemptResult result = taking.result(attemptId);
        moduleId = result.attempt().moduleId();
        title = "Result · " + result.title();
        render(result);
    }

    private void render(AttemptResult result) {
        removeAll();
        AttemptSummary a = result.attempt();
        var crumb = new Anchor("modules/" + a.moduleId(), "← " + result.title());
        crumb.addClassName("breadcrumb");
        var heading = new H2("Quiz result: " + result.title());

        var badge = new Badge(a.isPassed() ? "Passed" : "Not passed");
        badge.addThemeVariants(a.isPassed() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        badge.setId("result-badge");
        var scoreBox = new Div();
        scoreBox.addClassName("result-summary");
        if (result.visible().score()) {
            var score = new Span(QuizFormats.percent(a.percent()));
            score.addClassName("result-score");
            score.setId("result-score");
            var points = new Span(QuizFormats.points(a.score() == null ? 0 : a.score()) + " of "
                    + QuizFormats.points(a.maxScore()) + " points · pass mark " + a.passMark() + "%");
            points.addClassName("muted");
            scoreBox.add(score, badge, points);
        } else {
            var points = new Span("Pass mark " + a.passMark() + "%");
            points.addClassName("muted");
            scoreBox.add(badge, points);
        }

        String how = a.finishReason() == FinishReason.TIME_UP
                ? "Time ran out; the answers saved before the deadline were graded."
                : "Submitted " + QuizFormats.when(a.finishedAt()) + ".";
        var meta = new Paragraph("Attempt " + a.number() + " · started " + QuizFormats.when(a.startedAt()) + " · " + how);
        meta.addClassName("muted");
        var message = new Paragraph(a.isPassed()
                ? "Well done: you passed this quiz."
                : "You need " + a.passMark() + "% to pass. Review the lessons and try again when you are ready.");
        message.setId("result-message");
        add(crumb, heading, scoreBox, meta, message);
        if (result.next() != null && !a.isPassed()) {
            add(next(result.next()));
        }
        if (!result.marks().isEmpty()) {
            add(marks(result));
        }
        if (!result.reviewNote().isBlank()) {
            var note = new Paragraph(result.reviewNote());
            note.addClassName("review-note");
            note.setId("review-note");
            add(note);
        }
        if (!result.review().isEmpty()) {
            add(new H3("Review"));
            result.review().forEach(item -> add(new ReviewPanel(item, result.visible())));
        }
        var back = new Anchor("modules/" + a.moduleId(), "Back to the module");
        back.setId("back-to-module");
        add(back);
    }

    /** Try again when allowed, resume an open attempt, or say why not and until when. */
    private Div next(AttemptResult.NextAttempt next) {
        var box = new Div();
        box.addClassName("result-next");
        box.setId("result-next");
        if (next.openAttemptId() != null) {
            long open = next.openAttemptId();
            var resume = new Button("Resume your attempt", VaadinIcon.ARROW_RIGHT.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(AttemptView.class, AttemptView.params(open))));
            resume.setIconAfterText(true);
            resume.addThemeVariants(ButtonVariant.PRIMARY);
            resume.setId("try-again");
            box.add(resume);
        } else if (next.canStart()) {
            var again = new Button("Try again", VaadinIcon.ROTATE_LEFT.create());
            again.addThemeVariants(ButtonVariant.PRIMARY);
            again.setId("try-again");
            again.setDisableOnClick(true);
            again.addClickListener(e -> {
                long attemptId;
                try {
                    attemptId = taking.startOrResume(moduleId);
                } finally {
                    again.setEnabled(true);
                }
                e.getSource().getUI().ifPresent(ui -> ui.navigate(AttemptView.class, AttemptView.params(attemptId)));
            });
            box.add(again);
        } else if (next.blockedReason() != null) {
            var why = new Paragraph(next.blockedReason());
            why.addClassName("quiz-blocked");
            why.setId("try-again-blocked");
            box.add(why);
        }
        return box;
    }

    private static Div marks(AttemptResult result) {
        var list = new Div();
        list.addClassName("question-marks");
        list.setId("question-marks");
        for (AttemptResult.QuestionMark mark : result.marks()) {
            var cell = new Span((mark.slot() + 1) + ": " + QuizFormats.points(mark.earned()) + "/" + mark.points());
            cell.addClassName("mark");
            cell.addClassName(mark.earned() >= mark.points() ? "mark-full"
                    : mark.earned() > 0 ? "mark-partial" : "mark-none");
            cell.getElement().setAttribute("title", "Question " + (mark.slot() + 1)
                    + (mark.answered() ? "" : " (not answered)"));
            list.add(cell);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
