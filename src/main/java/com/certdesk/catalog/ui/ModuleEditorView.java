package com.certdesk.catalog.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.catalog.AuthoringService;
import com.certdesk.catalog.LessonOutline;
import com.certdesk.catalog.ModuleDetail;
import com.certdesk.catalog.ModuleDraft;
import com.certdesk.catalog.ModuleStatus;
import com.certdesk.catalog.ModuleSummary;
import com.certdesk.catalog.SkillArea;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Authoring of one module: its details, its lessons in order, and publishing. */
@Route("admin/modules/:moduleId")
@PageTitle("Edit module")
@RolesAllowed(Roles.ADMIN)
class ModuleEditorView extends VerticalLayout implements BeforeEnterObserver {

    static final String MODULE_ID = "moduleId";
    static final String NEW = "new";

    private final AuthoringService authoring;
    private final TextField title = new TextField("Title");
    private final TextArea summary = new TextArea("Summary");
    private final Select<SkillArea> skillArea = new Select<>();
    private final IntegerField minutes = new IntegerField("Estimated minutes");
    private final FormError error = new FormError("module-error");
    private @Nullable Long moduleId;
    /** The edit version of the module as this page last showed it; a save on an older one is refused. */
    private long version;

    ModuleEditorView(AuthoringService authoring) {
        this.authoring = authoring;
        addClassName("page");
        addClassName("page-narrow");
        title.setId("module-title-field");
        title.setMaxLength(200);
        title.setRequired(true);
        summary.setId("module-summary-field");
        summary.setMaxLength(1000);
        summary.setHelperText("One or two sentences: what will the learner be able to do afterwards?");
        skillArea.setLabel("Skill area");
        skillArea.setId("module-skill-area");
        skillArea.setItems(SkillArea.values());
        skillArea.setItemLabelGenerator(SkillArea::label);
        minutes.setId("module-minutes");
        minutes.setMin(1);
        minutes.setMax(600);
        minutes.setStepButtonsVisible(true);
    }

    static RouteParameters params(String moduleId) {
        return new RouteParameters(MODULE_ID, moduleId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(MODULE_ID).orElse(NEW);
        if (NEW.equals(id)) {
            moduleId = null;
            title.clear();
            summary.clear();
            skillArea.setValue(SkillArea.FIRST_IMPRESSIONS);
            minutes.setValue(30);
            render(null);
            return;
        }
        try {
            moduleId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no module '" + id + "'.");
        }
        ModuleDetail detail = authoring.module(moduleId);
        fill(detail.module());
        render(detail);
    }

    private void fill(ModuleSummary module) {
        title.setValue(module.title());
        summary.setValue(module.summary());
        skillArea.setValue(module.skillArea());
        minutes.setValue(module.estimatedMinutes());
    }

    private void render(@Nullable ModuleDetail detail) {
        removeAll();
        error.clear();
        version = detail == null ? 0 : detail.module().version();
        var back = new RouterLink("← Modules", ModulesAdminView.class);
        back.addClassName("breadcrumb");
        var heading = new H2(detail == null ? "New module" : detail.module().title());
        var header = new HorizontalLayout(heading);
        header.setAlignItems(Alignment.BASELINE);
        if (detail != null) {
            var badge = ModulesAdminView.statusBadge(detail.module().status());
            badge.setId("module-status");
            var version = new Span("version " + detail.module().contentVersion());
            version.addClassName("muted");
            version.setId("module-version");
            header.add(badge, version);
        }
        var form = new FormLayout(title, skillArea, minutes, summary);
        form.setColspan(summary, 2);
        form.setColspan(title, 2);
        var save = new Button(detail == null ? "Create module" : "Save details", e -> save(e.getSource()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-module");
        var actions = new HorizontalLayout(save);
        if (detail != null) {
            actions.add(publishButton(detail.module()), quizButton(detail.module().id()));
        }
        add(back, header, form, error, actions);
        if (detail != null) {
            add(lessons(detail));
        }
    }

    private Button publishButton(ModuleSummary module) {
        boolean published = module.status() == ModuleStatus.PUBLISHED;
        var button = new Button(published ? "Unpublish" : "Publish", e -> {
            try {
                ModuleSummary changed = published ? authoring.unpublish(module.id()) : authoring.publish(module.id());
                notify(changed.status() == ModuleStatus.PUBLISHED
                        ? "Published: agents can now see this module." : "Unpublished: agents no longer see this module.");
                render(authoring.module(module.id()));
            } catch (ValidationException ex) {
                error.setText(ex.getMessage());
                e.getSource().setEnabled(true);
            }
        });
        button.setDisableOnClick(true);
        button.setId(published ? "unpublish-module" : "publish-module");
        if (!published) {
            button.addThemeVariants(ButtonVariant.SUCCESS);
        }
        return button;
    }

    /** The quiz editor lives in the quiz feature, which the catalog must not know: it is reached by its URL. */
    private static Button quizButton(long moduleId) {
        var button = new Button("Quiz", VaadinIcon.QUESTION_CIRCLE_O.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("admin/modules/" + moduleId + "/quiz")));
        button.setId("module-quiz");
        return button;
    }

    private void save(Button button) {
        try {
            var draft = new ModuleDraft(title.getValue(), summary.getValue(),
                    skillArea.getValue() == null ? SkillArea.FIRST_IMPRESSIONS : skillArea.getValue(),
                    minutes.getValue() == null ? 0 : minutes.getValue());
            if (moduleId == null) {
                long id = authoring.createModule(draft);
                notify("Module created. Now add its lessons.");
                getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, params(Long.toString(id))));
            } else {
                authoring.updateModule(moduleId, version, draft);
                notify("Saved.");
                render(authoring.module(moduleId));
            }
        } catch (ValidationException e) {
            error.show(e);
            button.setEnabled(true);
        }
    }

    private Div lessons(ModuleDetail detail) {
        long id = detail.module().id();
        var heading = new H3("Lessons");
        var grid = new Grid<LessonOutline>();
        grid.setId("lessons-grid");
        grid.addColumn(LessonOutline::number).setHeader("#").setWidth("4rem").setFlexGrow(0);
        grid.addColumn(LessonOutline::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(l -> lessonActions(id, l, detail.lessons().size())))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(detail.lessons());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No lessons yet. A module needs at least one lesson before it can be published.");
        var add = new Button("Add lesson", VaadinIcon.PLUS.create(), e -> e.getSource().getUI().ifPresent(
                ui -> ui.navigate(LessonEditorView.class, LessonEditorView.params(id, LessonEditorView.NEW))));
        add.setId("add-lesson");
        var box = new Div(heading, grid, add);
        box.setWidthFull();
        return box;
    }

    private HorizontalLayout lessonActions(long moduleId, LessonOutline lesson, int count) {
        var up = iconButton(VaadinIcon.ARROW_UP, "Move up", () -> authoring.moveLesson(lesson.id(), -1));
        up.setEnabled(lesson.number() > 1);
        var down = iconButton(VaadinIcon.ARROW_DOWN, "Move down", () -> authoring.moveLesson(lesson.id(), 1));
        down.setEnabled(lesson.number() < count);
        var edit = new Button(VaadinIcon.EDIT.create(), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                LessonEditorView.class, LessonEditorView.params(moduleId, Long.toString(lesson.id())))));
        edit.setAriaLabel("Edit " + lesson.title());
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(lesson));
        delete.setAriaLabel("Delete " + lesson.title());
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return new HorizontalLayout(up, down, edit, delete);
    }

    private Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> {
            action.run();
            render(authoring.module(moduleId));
        });
        button.setAriaLabel(label);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private void confirmDelete(LessonOutline lesson) {
        var confirm = new ConfirmDialog("Delete lesson?", "“" + lesson.title() + "” will be removed from this module, "
                + "together with learners' done marks for it.", "Delete", e -> {
                    try {
                        authoring.deleteLesson(lesson.id());
                        notify("Lesson deleted.");
                    } catch (ValidationException ex) {
                        error.setText(ex.getMessage());
                    }
                    render(authoring.module(moduleId));
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private static void notify(String text) {
        Toast.show(text, 3000).addThemeVariants(NotificationVariant.SUCCESS);
    }
}
