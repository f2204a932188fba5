package com.certdesk.catalog.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ui.Toast;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.LessonPage;
import com.certdesk.catalog.ModuleProgress;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.certdesk.base.ui.AuthorContent;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The lesson reader: Markdown content, an optional video link, previous/next, and "Mark as done", which is
 * saved on the server at once.
 */
@Route("modules/:moduleId([0-9]{1,18})/lessons/:lessonId([0-9]{1,18})")
@RolesAllowed(Roles.AGENT)
class LessonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String LESSON_ID = "lessonId";

    private final LearningService learning;
    private String title = "Lesson";

    LessonView(LearningService learning) {
        this.learning = learning;
        addClassName("page");
        addClassName("page-narrow");
        setId("lesson-view");
    }

    static RouteParameters params(long moduleId, long lessonId) {
        return new RouteParameters(java.util.Map.of(ModuleView.MODULE_ID, Long.toString(moduleId),
                LESSON_ID, Long.toString(lessonId)));
    }

    static long idParameter(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().getLong(name)
                .orElseThrow(() -> new NotFoundException("That link is not valid."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LessonPage page = learning.lesson(idParameter(event, ModuleView.MODULE_ID), idParameter(event, LESSON_ID));
        title = page.title() + " · " + page.moduleTitle();
        render(page);
    }

    private void render(LessonPage page) {
        removeAll();
        var crumb = new RouterLink(page.moduleTitle(), ModuleView.class, ModuleView.params(page.moduleId()));
        var position = new Span(" › Lesson " + page.number() + " of " + page.lessonCount());
        var breadcrumb = new Div(crumb, position);
        breadcrumb.addClassName("breadcrumb");
        var heading = new H2(page.title());
        heading.setId("lesson-title");
        add(breadcrumb, heading);
        if (page.videoUrl() != null) {
            var video = new Anchor(page.videoUrl(), "Watch the video for this lesson", AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer");
            video.setId("lesson-video");
            add(video);
        }
        var body = new AuthorContent(page.body());
        body.addClassName("lesson-body");
        body.setId("lesson-body");
        body.setWidthFull();
        add(body, navigation(page));
    }

    private Div navigation(LessonPage page) {
        var previous = navButton("Previous", VaadinIcon.ARROW_LEFT, page.moduleId(), page.previousLessonId());
        previous.setId("previous-lesson");
        var next = navButton("Next", VaadinIcon.ARROW_RIGHT, page.moduleId(), page.nextLessonId());
        next.setIconAfterText(true);
        next.setId("next-lesson");

        var doneMark = new Span("✓ Done");
        doneMark.addClassName("done-mark");
        doneMark.setId("lesson-done");
        var markDone = new Button("Mark as done", VaadinIcon.CHECK.create());
        markDone.addThemeVariants(ButtonVariant.PRIMARY);
        markDone.setId("mark-done");
        markDone.setDisableOnClick(true);
        markDone.addClickListener(e -> {
            ModuleProgress progress = learning.markDone(page.moduleId(), page.lessonId());
            markDone.setVisible(false);
            doneMark.setVisible(true);
            if (progress.complete()) {
                var note = Toast.show("Module complete — you have done every lesson.", 5000);
                note.addThemeVariants(NotificationVariant.SUCCESS);
            }
            if (page.nextLessonId() != null) {
                next.addThemeVariants(ButtonVariant.PRIMARY);
                next.focus();
            }
        });
        markDone.setVisible(!page.done());
        doneMark.setVisible(page.done());

        var middle = new Div(markDone, doneMark);
        Div nav;
        if (page.nextLessonId() == null && page.progress().hasQuiz()) {
            // the last lesson leads on to the module's quiz, shown on the module page
            var quiz = new Button("Next: the quiz", VaadinIcon.ARROW_RIGHT.create(), e -> e.getSource().getUI()
                    .ifPresent(ui -> {
                        ui.navigate(ModuleView.class, ModuleView.params(page.moduleId()));
                        ui.getPage().executeJs("setTimeout(() => document.getElementById('quiz-card')"
                                + "?.scrollIntoView({block: 'start'}), 50)");
                    }));
            quiz.setIconAfterText(true);
            quiz.setId("next-to-quiz");
            if (page.done()) {
                quiz.addThemeVariants(ButtonVariant.PRIMARY);
            }
            markDone.addClickListener(e -> quiz.addThemeVariants(ButtonVariant.PRIMARY));
            nav = new Div(previous, middle, quiz);
        } else if (page.nextLessonId() == null) {
            var finish = new Button("Back to module", e -> e.getSource().getUI().ifPresent(
                    ui -> ui.navigate(ModuleView.class, ModuleView.params(page.moduleId()))));
            finish.setId("back-to-module");
            nav = new Div(previous, middle, finish);
        } else {
            nav = new Div(previous, middle, next);
        }
        nav.addClassName("lesson-nav");
        return nav;
    }

    private static Button navButton(String label, VaadinIcon icon, long moduleId, @Nullable Long lessonId) {
        var button = new Button(label, icon.create());
        button.setEnabled(lessonId != null);
        if (lessonId != null) {
            button.addClickListener(e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(LessonView.class, params(moduleId, lessonId))));
        }
        return button;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
