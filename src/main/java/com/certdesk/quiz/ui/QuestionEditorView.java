package com.certdesk.quiz.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionDetail;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionRules;
import com.certdesk.quiz.QuestionType;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes one question of the bank, with a live preview of what learners will see and the problems that still
 * stand in the way of saving. Leaving with unsaved changes asks first.
 */
@Route("admin/questions/new")
@RouteAlias("admin/questions/:questionId([0-9]{1,18})/edit")
@RolesAllowed(Roles.ADMIN)
class QuestionEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    static final String NEW_HEADING = "New question";
    static final String EDIT_HEADING = "Edit question";

    static final String NEW_ROUTE = "admin/questions/new";
    static final String QUESTION_ID = "questionId";

    private final QuestionBankService bank;
    private final QuestionForm form = new QuestionForm(this::refresh);
    private final QuestionPreview preview = new QuestionPreview();
    private final ProblemList problems = new ProblemList("question-problems");
    private final FormError error = new FormError("question-error");
    private final H2 heading = new H2();
    private final Paragraph editedTitle = new Paragraph();
    private final Span usage = new Span();
    private final Button delete = new Button("Delete", e -> confirmDelete());
    private @Nullable Long questionId;
    private long version;
    private int usedInQuizzes;
    private @Nullable EditState savedState;

    QuestionEditorView(QuestionBankService bank) {
        this.bank = bank;
        addClassNames("page", "page-wide");
        var back = new RouterLink("← Question bank", QuestionBankView.class);
        back.addClassName("breadcrumb");
        usage.addClassName("muted");
        usage.setId("question-usage");
        var header = new HorizontalLayout(heading, usage);
        header.setAlignItems(Alignment.BASELINE);
        editedTitle.setId("question-edited-title");
        editedTitle.addClassName("muted");

        var save = new Button("Save question", e -> save(e.getSource()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-question");
        var cancel = new Button("Cancel", e -> backToBank());
        cancel.setId("cancel-question");
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.setId("delete-question");
        var spacer = new Div();
        spacer.addClassName("spacer");
        var actions = new HorizontalLayout(save, cancel, spacer, delete);
        actions.setWidthFull();
        actions.addClassName("form-actions");

        var main = new Div(form, problems, error, actions);
        main.addClassName("editor-main");
        var side = new Div(preview);
        side.addClassName("editor-side");
        var columns = new Div(main, side);
        columns.addClassName("editor-columns");
        add(back, header, editedTitle, columns);
    }

    static String editRoute(long questionId) {
        return "admin/questions/" + questionId + "/edit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(QUESTION_ID);
        error.setText("");
        if (id.isEmpty()) {
            questionId = null;
            version = 0;
            usedInQuizzes = 0;
            heading.setText(NEW_HEADING);
            editedTitle.setText("");
            editedTitle.setVisible(false);
            usage.setText("");
            delete.setVisible(false);
            form.fill(bank.categories(), null, "", new QuestionDraft(QuestionType.SINGLE_CHOICE, "", "", "", 1,
                    ChoiceEditor.starter(QuestionType.SINGLE_CHOICE)));
        } else {
            QuestionDetail detail = bank.question(Long.parseLong(id.get()));
            questionId = detail.id();
            version = detail.version();
            usedInQuizzes = bank.summaries(List.of(detail.id())).stream().mapToInt(s -> s.usedInQuizzes())
                    .findFirst().orElse(0);
            heading.setText(EDIT_HEADING);
            editedTitle.setText("“" + detail.draft().title() + "”");
            editedTitle.setVisible(true);
            usage.setText(usedInQuizzes == 0 ? "not used in a quiz yet"
                    : "used in " + QuestionBankBrowser.usedIn(usedInQuizzes));
            delete.setVisible(true);
            form.fill(bank.categories(), detail.category(), bank.labelOf(detail.category()), detail.draft());
        }
        savedState = state();
        refresh();
    }

    /** Follows every edit: the preview and the list of what still stops the question from being saved. */
    private void refresh() {
        QuestionDraft draft = form.draft();
        preview.show(draft);
        List<String> open = new ArrayList<>();
        if (form.category() == null) {
            open.add("Choose a category to file the question under.");
        }
        open.addAll(QuestionRules.problems(draft));
        problems.show(open);
    }

    private void save(Button button) {
        QuestionCategory category = form.category();
        QuestionDraft draft = form.draft();
        if (category == null) {
            error.setText("Choose a category before saving.");
            button.setEnabled(true);
            return;
        }
        try {
            if (questionId == null) {
                bank.create(category, draft);
            } else {
                version = bank.update(questionId, version, category, draft).version();
            }
            savedState = state();
            Toast.show(questionId == null ? "Question added to the bank." : "Question saved.", 3000).addThemeVariants(NotificationVariant.SUCCESS);
            backToBank();
        } catch (ValidationException e) {
            error.show(e);
            button.setEnabled(true);
        }
    }

    private void confirmDelete() {
        Long id = questionId;
        if (id == null) {
            return;
        }
        String quizzes = usedInQuizzes == 0 ? "It is not used in any quiz."
                : "It will leave the " + QuestionBankBrowser.usedIn(usedInQuizzes) + " that use it.";
        var confirm = new ConfirmDialog("Delete question?", editedTitle.getText() + " will be removed from the "
                + "bank. " + quizzes + " Learners' past attempts keep their own copy, so their results stay as "
                + "they are.", "Delete", e -> {
                    bank.delete(id);
                    savedState = state();
                    Toast.show("Question deleted.", 3000)
                            .addThemeVariants(NotificationVariant.SUCCESS);
                    backToBank();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    /** The browser tab says what the page does, like the heading: a new question or editing one. */
    @Override
    public String getPageTitle() {
        return questionId == null ? NEW_HEADING : EDIT_HEADING;
    }

    private void backToBank() {
        getUI().ifPresent(ui -> ui.navigate(QuestionBankView.class));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (Objects.equals(state(), savedState)) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog("Discard changes?", "This question has changes that are not saved yet.",
                "Discard", e -> action.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private EditState state() {
        return new EditState(form.category(), form.draft());
    }

    private record EditState(@Nullable QuestionCategory category, QuestionDraft draft) {
    }
}
