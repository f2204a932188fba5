package com.certdesk.quiz.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.Toast;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.quiz.GiftTransferService;
import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuizAuthoringService;
import com.certdesk.quiz.QuizDetail;
import com.certdesk.quiz.QuizSettings;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sets up the quiz of one module: whether it is on, which questions it asks, what it takes to pass and what
 * learners may see afterwards. Changes apply to attempts started after saving.
 */
@Route("admin/modules/:moduleId([0-9]{1,18})/quiz")
@PageTitle("Module quiz")
@RolesAllowed(Roles.ADMIN)
class QuizEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String MODULE_ID = "moduleId";

    private final QuizAuthoringService quizzes;
    private final ModuleDirectory modules;
    private final QuizSettingsForm form;
    private final H2 heading = new H2();
    private final Badge status = new Badge();
    private final Paragraph attempts = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Anchor back = new Anchor();
    private final Button delete = new Button("Delete quiz", e -> delete());
    private final Anchor export;
    private long moduleId;
    private @Nullable Long version;
    private int attemptCount;
    private @Nullable QuizSettings savedState;

    QuizEditorView(QuizAuthoringService quizzes, QuestionBankService bank, ModuleDirectory modules,
            GiftTransferService gift) {
        this.quizzes = quizzes;
        // the saved quiz's questions, in quiz order, as a GIFT file (Moodle and Certdesk can import it)
        export = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event -> {
            byte[] text = gift.exportQuiz(moduleId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(text),
                    "quiz-module-" + moduleId + ".gift", "text/plain;charset=UTF-8", text.length);
        }), "Export questions as GIFT");
        export.getElement().setAttribute("download", true);
        export.setId("export-quiz-gift");
        this.modules = modules;
        this.form = new QuizSettingsForm(bank);
        addClassNames("page", "page-narrow", "quiz-editor");
        back.addClassName("breadcrumb");
        back.getElement().setAttribute("router-link", true);
        status.setId("quiz-status");
        var header = new HorizontalLayout(heading, status);
        header.setAlignItems(Alignment.BASELINE);
        attempts.addClassName("muted");
        attempts.setId("quiz-attempts");
        error.addClassName("form-error");
        error.setId("quiz-error");
        var save = new Button("Save quiz", e -> save(e.getSource()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-quiz");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setId("delete-quiz");
        var spacer = new Div();
        spacer.addClassName("spacer");
        var actions = new HorizontalLayout(save, export, spacer, delete);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWidthFull();
        add(back, header, attempts, form, error, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleId = Long.parseLong(event.getRouteParameters().get(MODULE_ID).orElseThrow());
        Optional<QuizDetail> quiz = quizzes.quizOf(moduleId);
        String title = quiz.map(QuizDetail::moduleTitle).orElseGet(() -> modules.find(moduleId).map(ModuleRef::title)
                .orElseThrow(() -> new NotFoundException("This module does not exist.")));
        back.setText("← " + title);
        back.setHref("admin/modules/" + moduleId);
        heading.setText("Quiz for “" + title + "”");
        error.setText("");
        show(quiz.orElse(null));
    }

    private void show(@Nullable QuizDetail quiz) {
        version = quiz == null ? null : quiz.version();
        attemptCount = quiz == null ? 0 : quiz.attempts();
        QuizSettings settings = quiz == null ? QuizSettings.defaults() : quiz.settings();
        form.fill(settings, quiz == null ? List.of() : quiz.questions());
        status.setText(quiz == null ? "No quiz yet" : settings.active() ? "On" : "Off");
        status.removeThemeVariants(BadgeVariant.values());
        status.addThemeVariants(quiz != null && settings.active() ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        attempts.setText(quiz == null ? "This module has no quiz yet. Choose its questions and save to create it."
                : switch (attemptCount) {
                    case 0 -> "No attempts yet.";
                    case 1 -> "1 attempt so far — changes apply to new attempts only.";
                    default -> attemptCount + " attempts so far — changes apply to new attempts only.";
                });
        delete.setVisible(quiz != null);
        export.setVisible(quiz != null && !settings.questionIds().isEmpty());
        savedState = form.settings();
    }

    private void save(Button button) {
        try {
            QuizDetail saved = quizzes.save(moduleId, version, form.settings());
            error.setText("");
            show(saved);
            Toast.show(saved.settings().active() ? "Quiz saved. It is on for learners."
                    : "Quiz saved. It is off: learners do not see it.", 3000)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ValidationException e) {
            // a stale edit is one too (StaleEditException): its message says to reload
            error.setText(e.getMessage());
        }
        button.setEnabled(true);
    }

    private void delete() {
        if (attemptCount > 0) {
            remove();
            return;
        }
        var confirm = new ConfirmDialog("Delete quiz?", "The module will have no quiz: learners complete it by "
                + "reading its lessons. The questions stay in the bank.", "Delete", e -> remove());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /** Deletes, or shows why not: a quiz that learners have attempted is kept for their records. */
    private void remove() {
        try {
            quizzes.delete(moduleId);
            error.setText("");
            show(null);
            Toast.show("Quiz deleted.", 3000)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ValidationException e) {
            error.setText(e.getMessage());
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (Objects.equals(form.settings(), savedState)) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog("Discard changes?", "This quiz has changes that are not saved yet.",
                "Discard", e -> action.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
