package com.certdesk.catalog.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.catalog.AuthoringService;
import com.certdesk.catalog.LessonDetail;
import com.certdesk.catalog.LessonDraft;
import com.certdesk.catalog.ModuleDetail;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.certdesk.base.ui.AuthorContent;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes one lesson in Markdown with a live preview of what the learner will see. Leaving with unsaved
 * changes asks first.
 */
@Route("admin/modules/:moduleId/lessons/:lessonId")
@PageTitle("Edit lesson")
@RolesAllowed(Roles.ADMIN)
class LessonEditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String LESSON_ID = "lessonId";
    static final String NEW = "new";

    private final AuthoringService authoring;
    private final TextField title = new TextField("Lesson title");
    private final TextField videoUrl = new TextField("Video link (optional)");
    private final TextArea body = new TextArea("Content (Markdown)");
    private final AuthorContent preview = new AuthorContent("");
    private final FormError error = new FormError("lesson-error");
    private final H2 heading = new H2();
    private final RouterLink back = new RouterLink();
    private long moduleId;
    private @Nullable Long lessonId;
    /** The lesson's edit version as loaded; a save on an older one is refused. */
    private long version;
    private String savedState = "";

    LessonEditorView(AuthoringService authoring) {
        this.authoring = authoring;
        addClassName("page");
        setSizeFull();
        title.setId("lesson-title-field");
        title.setMaxLength(200);
        title.setWidthFull();
        videoUrl.setId("lesson-video-field");
        videoUrl.setPlaceholder("https://…");
        videoUrl.setWidthFull();
        body.setId("lesson-body-field");
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(300);
        body.setHelperText("Markdown: ### headings, **bold**, - lists, > quotes for dialogue, ![alt](https://…) images.");
        body.addValueChangeListener(e -> preview.setContent(e.getValue()));
        body.setSizeFull();
        preview.addClassNames("lesson-body", "markdown-preview");
        preview.setId("lesson-preview");
        back.addClassName("breadcrumb");

        var previewBox = new Div(preview);
        previewBox.addClassName("markdown-preview");
        var split = new SplitLayout(body, previewBox);
        split.setSplitterPosition(50);
        split.addClassName("markdown-editor");
        split.setSizeFull();

        var save = new Button("Save lesson", e -> save(e.getSource()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-lesson");
        var fields = new HorizontalLayout(title, videoUrl);
        fields.setWidthFull();
        fields.setFlexGrow(2, title);
        fields.setFlexGrow(1, videoUrl);
        add(back, heading, fields, split, error, save);
        setFlexGrow(1, split);
    }

    static RouteParameters params(long moduleId, String lessonId) {
        return new RouteParameters(Map.of(ModuleEditorView.MODULE_ID, Long.toString(moduleId), LESSON_ID, lessonId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleId = parse(event.getRouteParameters().get(ModuleEditorView.MODULE_ID).orElse(""));
        String lesson = event.getRouteParameters().get(LESSON_ID).orElse(NEW);
        error.setText("");
        if (NEW.equals(lesson)) {
            ModuleDetail module = authoring.module(moduleId);
            lessonId = null;
            heading.setText("New lesson in “" + module.module().title() + "”");
            back.setText("← " + module.module().title());
            title.clear();
            videoUrl.clear();
            body.clear();
        } else {
            LessonDetail detail = authoring.lesson(parse(lesson));
            if (detail.moduleId() != moduleId) {
                throw new NotFoundException("This lesson does not belong to that module.");
            }
            lessonId = detail.id();
            version = detail.version();
            heading.setText("Lesson " + detail.number() + " of “" + detail.moduleTitle() + "”");
            back.setText("← " + detail.moduleTitle());
            title.setValue(detail.title());
            videoUrl.setValue(detail.videoUrl() == null ? "" : detail.videoUrl());
            body.setValue(detail.body());
        }
        back.setRoute(ModuleEditorView.class, ModuleEditorView.params(Long.toString(moduleId)));
        preview.setContent(body.getValue());
        savedState = state();
    }

    private void save(Button button) {
        try {
            var draft = new LessonDraft(title.getValue(), body.getValue(), videoUrl.getValue());
            if (lessonId == null) {
                lessonId = authoring.addLesson(moduleId, draft);
            } else {
                authoring.updateLesson(lessonId, version, draft);
            }
            savedState = state();
            error.setText("");
            Toast.show("Lesson saved.", 3000)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ModuleEditorView.class, ModuleEditorView.params(Long.toString(moduleId))));
        } catch (ValidationException e) {
            error.show(e);
            button.setEnabled(true);
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (state().equals(savedState)) {
            return;
        }
        var action = event.postpone();
        var confirm = new ConfirmDialog("Discard changes?", "This lesson has changes that are not saved yet.",
                "Discard", e -> action.proceed());
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private String state() {
        return title.getValue() + "\u0000" + videoUrl.getValue() + "\u0000" + body.getValue();
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no lesson or module '" + id + "'.");
        }
    }
}
