package com.certdesk.quiz.ui;

import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
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
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Taking a quiz attempt. Every answer goes to the server the moment it is given, so closing the tab, losing the
 * connection or signing out loses nothing: opening the attempt again resumes where the learner was. The
 * countdown is a convenience; the server enforces the time limit.
 */
@Route("quiz/attempts/:attemptId([0-9]{1,18})")
@RolesAllowed(Roles.AGENT)
class AttemptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ATTEMPT_ID = "attemptId";
    private static final String NAVIGATOR_SLOT = "event.target.closest('[data-slot]')?.dataset.slot";

    private final QuizTakingService taking;
    private final Clock clock;
    private final Div body = new Div();
    private final Span saveStatus = new Span("Your answers are saved as you go.");
    private final Span answered = new Span();
    private final Div navigator = new Div();
    // Only what navigation needs is kept between requests; questions are fetched again when the page changes,
    // so an open quiz costs the session little more than the components on screen.
    private long attemptId;
    private long moduleId;
    private int total;
    private QuizLayout layout = QuizLayout.ONE_PER_PAGE;
    private final Set<Integer> answeredSlots = new HashSet<>();
    private int current;
    private String title = "Quiz";

    AttemptView(QuizTakingService taking, Clock clock) {
        this.taking = taking;
        this.clock = clock;
        addClassNames("page", "page-narrow", "attempt-view");
        setId("attempt-view");
        navigator.addClassName("question-navigator");
        navigator.setId("question-navigator");
        navigator.getElement().setAttribute("role", "navigation");
        navigator.getElement().setAttribute("aria-label", "Questions");
        navigator.getElement().addEventListener("click", this::navigatorClicked).addEventData(NAVIGATOR_SLOT);
    }

    static RouteParameters params(long attemptId) {
        return new RouteParameters(ATTEMPT_ID, Long.toString(attemptId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = QuizFormats.idParameter(event, ATTEMPT_ID);
        AttemptPaper paper = taking.paper(attemptId);
        if (!paper.attempt().open()) {
            event.forwardTo(AttemptResultView.class, params(attemptId));
            return;
        }
        title = "Quiz · " + paper.title();
        moduleId = paper.attempt().moduleId();
        total = paper.questions().size();
        layout = paper.layout();
        current = Math.max(0, Math.min(paper.currentSlot(), total - 1));
        render(paper);
    }

    private void remember(AttemptPaper paper) {
        answeredSlots.clear();
        paper.responses().forEach((slot, response) -> {
            if (!response.isBlank()) {
                answeredSlots.add(slot);
            }
        });
    }

    private void render(AttemptPaper paper) {
        removeAll();
        var crumb = new Anchor("modules/" + moduleId, "← " + paper.title());
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
            status.addComponentAsFirst(countdown(paper.deadline()));
        }
        add(crumb, heading, status);
        if (layout == QuizLayout.ONE_PER_PAGE && total > 1) {
            add(navigator);
        }
        body.setWidthFull();
        add(body);
        showBody(paper);
    }

    private void showBody(AttemptPaper paper) {
        remember(paper);
        body.removeAll();
        if (layout == QuizLayout.ALL_ON_ONE_PAGE || total == 1) {
            for (PaperQuestion q : paper.questions()) {
                body.add(panel(q, paper));
            }
            body.add(new HorizontalLayout(submitButton()));
        } else {
            body.add(panel(paper.questions().get(current), paper));
            var previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> go(current - 1));
            previous.setId("previous-question");
            previous.setEnabled(current > 0);
            var next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> go(current + 1));
            next.setIconAfterText(true);
            next.setId("next-question");
            var buttons = new HorizontalLayout(previous);
            if (current < total - 1) {
                buttons.add(next);
            }
            var spacer = new Div();
            spacer.addClassName("spacer");
            buttons.add(spacer, submitButton());
            buttons.setWidthFull();
            buttons.addClassName("quiz-nav");
            body.add(buttons);
            renderNavigator();
        }
        updateAnswered();
    }

    private QuestionPanel panel(PaperQuestion q, AttemptPaper paper) {
        return new QuestionPanel(q, total, paper.responses().get(q.slot()), true, response -> save(q.slot(), response));
    }

    /**
     * One button per question, as plain markup in a single element with one click listener: a Button component
     * per question would keep a dozen more components in the session for as long as the quiz is open.
     */
    private void renderNavigator() {
        var html = new StringBuilder();
        for (int slot = 0; slot < total; slot++) {
            boolean done = answeredSlots.contains(slot);
            boolean here = slot == current;
            html.append("<vaadin-button class=\"nav-slot").append(done ? " answered" : "")
                    .append(here ? " current" : "").append("\" theme=\"small").append(here ? " primary" : "")
                    .append("\" data-slot=\"").append(slot).append("\" aria-label=\"Question ").append(slot + 1)
                    .append(done ? ", answered" : ", not answered").append(here ? ", shown now" : "")
                    .append("\">").append(slot + 1).append("</vaadin-button>");
        }
        navigator.getElement().setProperty("innerHTML", html.toString());
    }

    private void navigatorClicked(DomEvent event) {
        JsonNode slot = event.getEventData().get(NAVIGATOR_SLOT);
        if (slot != null && slot.isString() && slot.asString().matches("[0-9]{1,4}")) {
            go(Integer.parseInt(slot.asString()));
        }
    }

    private void go(int slot) {
        if (slot < 0 || slot >= total) {
            return;
        }
        AttemptPaper paper = taking.paper(attemptId);
        if (!paper.attempt().open()) {
            closed("This attempt is already closed, perhaps submitted in another tab or because time ran out.");
            return;
        }
        current = slot;
        taking.moveTo(attemptId, slot);
        showBody(paper);
    }

    private void save(int slot, Response response) {
        SaveOutcome outcome = taking.saveAnswer(attemptId, slot, response);
        switch (outcome) {
            case SAVED -> {
                if (response.isBlank()) {
                    answeredSlots.remove(slot);
                } else {
                    answeredSlots.add(slot);
                }
                saveStatus.setText("Saved at " + UserFormats.current().timeWithSeconds(clock.instant()));
                saveStatus.removeClassName("save-failed");
                updateAnswered();
                if (layout == QuizLayout.ONE_PER_PAGE && total > 1) {
                    renderNavigator();
                }
            }
            case TIME_UP -> closed("Time is up. Your attempt was submitted with the answers saved before the deadline.");
            case ALREADY_FINISHED -> closed("This attempt has already been submitted, perhaps in another tab. "
                    + "That answer was not recorded.");
        }
    }

    private void updateAnswered() {
        answered.setText(answeredSlots.size() + " of " + total + " answered");
    }

    private Button submitButton() {
        var submit = new Button("Submit answers", VaadinIcon.CHECK.create(), e -> confirmSubmit());
        submit.setId("submit-attempt");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        return submit;
    }

    private void confirmSubmit() {
        int count = answeredSlots.size();
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
        taking.submit(attemptId);
        getUI().ifPresent(ui -> ui.navigate(AttemptResultView.class, params(attemptId)));
    }

    private void closed(String message) {
        var notification = Toast.show(message, 8000);
        notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        getUI().ifPresent(ui -> ui.navigate(AttemptResultView.class, params(attemptId)));
    }

    private Span countdown(java.time.Instant deadlineAt) {
        var clock = new Span();
        clock.addClassName("countdown");
        clock.setId("countdown");
        long deadline = deadlineAt.toEpochMilli();
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
        AttemptPaper now = taking.paper(attemptId);
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
