package com.certdesk.quiz.ui;

import com.certdesk.quiz.AttemptPaper;
import com.certdesk.quiz.PaperQuestion;
import com.certdesk.quiz.QuizLayout;
import com.certdesk.quiz.QuizTakingService;
import com.certdesk.quiz.QuizTakingService.SaveOutcome;
import com.certdesk.quiz.Response;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Taking a quiz attempt. Every answer goes to the server the moment it is given, so closing the tab, losing the
 * connection or signing out loses nothing: opening the attempt again resumes where the learner was. The
 * countdown is a convenience; the server enforces the time limit.
 */
@Route("quiz/attempts/:attemptId([0-9]{1,18})")
@RolesAllowed(Roles.AGENT)
class AttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ATTEMPT_ID = "attemptId";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final QuizTakingService taking;
    private final Div body = new Div();
    private final Span saveStatus = new Span("Your answers are saved as you go.");
    private final Span answered = new Span();
    private final Div navigator = new Div();
    private AttemptPaper paper;
    private final Map<Integer, Response> responses = new HashMap<>();
    private int current;
    private String title = "Quiz";

    AttemptView(QuizTakingService taking) {
        this.taking = taking;
        addClassNames("page", "page-narrow", "attempt-view");
        setId("attempt-view");
    }

    static RouteParameters params(long attemptId) {
        return new RouteParameters(ATTEMPT_ID, Long.toString(attemptId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = QuizFormats.idParameter(event, ATTEMPT_ID);
        paper = taking.paper(attemptId);
        if (!paper.attempt().open()) {
            event.forwardTo(AttemptResultView.class, params(attemptId));
            return;
        }
        title = "Quiz · " + paper.title();
        responses.clear();
        responses.putAll(paper.responses());
        current = Math.max(0, Math.min(paper.currentSlot(), paper.questions().size() - 1));
        render();
    }

    private void render() {
        removeAll();
        var crumb = new Anchor("modules/" + paper.attempt().moduleId(), "← " + paper.title());
        crumb.addClassName("breadcrumb");
        var heading = new H2("Quiz: " + paper.title());
        var attemptNo = new Span("Attempt " + paper.attempt().number());
        attemptNo.addClassName("muted");
        saveStatus.addClassName("save-status");
        saveStatus.setId("save-status");
        answered.setId("answered-count");
        var status = new HorizontalLayout(attemptNo, answered, saveStatus);
        status.addClassName("attempt-status");
        status.setAlignItems(Alignment.BASELINE);
        if (paper.deadline() != null) {
            status.addComponentAsFirst(countdown());
        }
        add(crumb, heading, status);
        if (paper.layout() == QuizLayout.ONE_PER_PAGE && paper.questions().size() > 1) {
            navigator.addClassName("question-navigator");
            navigator.setId("question-navigator");
            add(navigator);
        }
        body.setWidthFull();
        add(body);
        showBody();
    }

    private void showBody() {
        body.removeAll();
        int total = paper.questions().size();
        if (paper.layout() == QuizLayout.ALL_ON_ONE_PAGE || total == 1) {
            for (PaperQuestion q : paper.questions()) {
                body.add(panel(q));
            }
            body.add(new HorizontalLayout(submitButton()));
        } else {
            body.add(panel(paper.questions().get(current)));
            var previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> go(current - 1));
            previous.setId("previous-question");
            previous.setEnabled(current > 0);
            var next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> go(current + 1));
            next.setIconAfterText(true);
            next.setId("next-question");
            var buttons = new HorizontalLayout(previous);
            if (current < total - 1) {
                next.addThemeVariants(ButtonVariant.PRIMARY);
                buttons.add(next);
            }
            var spacer = new Div();
            spacer.addClassName("spacer");
            buttons.add(spacer, submitButton());
            buttons.setWidthFull();
            body.add(buttons);
            renderNavigator();
        }
        updateAnswered();
    }

    private QuestionPanel panel(PaperQuestion q) {
        return new QuestionPanel(q, paper.questions().size(), responses.get(q.slot()), true,
                response -> save(q.slot(), response));
    }

    private void renderNavigator() {
        navigator.removeAll();
        for (PaperQuestion q : paper.questions()) {
            var button = new Button(Integer.toString(q.slot() + 1), e -> go(q.slot()));
            button.addClassName("nav-slot");
            button.addThemeVariants(ButtonVariant.SMALL);
            Response r = responses.get(q.slot());
            boolean done = r != null && !r.isBlank();
            if (done) {
                button.addClassName("answered");
            }
            if (q.slot() == current) {
                button.addClassName("current");
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            button.setAriaLabel("Question " + (q.slot() + 1) + (done ? ", answered" : ", not answered"));
            navigator.add(button);
        }
    }

    private void go(int slot) {
        if (slot < 0 || slot >= paper.questions().size()) {
            return;
        }
        current = slot;
        taking.moveTo(paper.attempt().id(), slot);
        showBody();
    }

    private void save(int slot, Response response) {
        SaveOutcome outcome = taking.saveAnswer(paper.attempt().id(), slot, response);
        switch (outcome) {
            case SAVED -> {
                responses.put(slot, response);
                saveStatus.setText("Saved at " + LocalTime.now(ZoneId.systemDefault()).format(TIME));
                saveStatus.removeClassName("save-failed");
                updateAnswered();
                if (paper.layout() == QuizLayout.ONE_PER_PAGE) {
                    renderNavigator();
                }
            }
            case TIME_UP -> closed("Time is up. Your attempt was submitted with the answers saved before the deadline.");
            case ALREADY_FINISHED -> closed("This attempt has already been submitted, perhaps in another tab. "
                    + "That answer was not recorded.");
        }
    }

    private void updateAnswered() {
        long count = responses.values().stream().filter(r -> !r.isBlank()).count();
        answered.setText(count + " of " + paper.questions().size() + " answered");
    }

    private Button submitButton() {
        var submit = new Button("Submit answers", VaadinIcon.CHECK.create(), e -> confirmSubmit());
        submit.setId("submit-attempt");
        submit.addThemeVariants(ButtonVariant.SUCCESS);
        return submit;
    }

    private void confirmSubmit() {
        long count = responses.values().stream().filter(r -> !r.isBlank()).count();
        int total = paper.questions().size();
        var dialog = new ConfirmDialog();
        dialog.setHeader("Submit your answers?");
        dialog.setText(count == total
                ? "You have answered all " + total + " questions. After submitting you cannot change your answers."
                : "You have answered " + count + " of " + total + " questions. Unanswered questions earn no points, "
                        + "and after submitting you cannot change your answers.");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep working");
        dialog.setConfirmText("Submit");
        dialog.addConfirmListener(e -> submit());
        dialog.open();
    }

    private void submit() {
        taking.submit(paper.attempt().id());
        getUI().ifPresent(ui -> ui.navigate(AttemptResultView.class, params(paper.attempt().id())));
    }

    private void closed(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        getUI().ifPresent(ui -> ui.navigate(AttemptResultView.class, params(paper.attempt().id())));
    }

    private Span countdown() {
        var clock = new Span();
        clock.addClassName("countdown");
        clock.setId("countdown");
        long deadline = paper.deadline().toEpochMilli();
        long serverNow = System.currentTimeMillis();
        // the browser's clock may be off: count down from the server's idea of the time left
        clock.getElement().executeJs("""
                const el = $0, view = $1, end = Date.now() + ($2 - $3);
                if (el._timer) clearInterval(el._timer);
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  const m = Math.floor(left / 60), s = left % 60;
                  el.textContent = 'Time left ' + m + ':' + String(s).padStart(2, '0');
                  el.classList.toggle('countdown-low', left < 60);
                  if (left === 0) { clearInterval(el._timer); view.$server.timeUp(); }
                };
                tick();
                el._timer = setInterval(tick, 1000);
                """, clock.getElement(), getElement(), deadline, serverNow);
        return clock;
    }

    /** The browser's countdown reached zero: let the server close the attempt if its time is really up. */
    @ClientCallable
    void timeUp() {
        AttemptPaper now = taking.paper(paper.attempt().id());
        if (!now.attempt().open()) {
            closed("Time is up. Your attempt was submitted with the answers saved before the deadline.");
        } else {
            UI.getCurrent().getPage().executeJs("setTimeout(() => $0.$server.timeUp(), 2000)", getElement());
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
