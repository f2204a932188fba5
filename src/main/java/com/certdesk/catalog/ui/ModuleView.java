package com.certdesk.catalog.ui;

import com.certdesk.base.ui.ModulePageSection;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.LessonOutline;
import com.certdesk.catalog.ModuleOverview;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** A module for the learner: what it teaches, its lessons with done marks, and where to continue. */
@Route("modules/:moduleId([0-9]{1,18})")
@RolesAllowed(Roles.AGENT)
class ModuleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String MODULE_ID = "moduleId";

    private final LearningService learning;
    private final java.util.List<ModulePageSection> sections;
    private String title = "Module";

    ModuleView(LearningService learning, java.util.List<ModulePageSection> sections) {
        this.learning = learning;
        this.sections = sections;
        addClassName("page");
        addClassName("page-narrow");
        setId("module-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long moduleId = LessonView.idParameter(event, MODULE_ID);
        ModuleOverview overview = learning.module(moduleId);
        title = overview.module().title();
        render(overview);
    }

    private void render(ModuleOverview overview) {
        removeAll();
        var module = overview.module();
        var back = new RouterLink("← My learning", MyLearningView.class);
        back.addClassName("breadcrumb");
        var heading = new H2(module.title());
        heading.setId("module-title");
        var meta = new Span(module.skillArea().label() + " · " + module.lessonCount() + (module.lessonCount() == 1 ? " lesson · " : " lessons · ")
                + ProgressParts.minutes(module.estimatedMinutes()));
        meta.addClassName("muted");
        var badge = ProgressParts.stateBadge(overview.progress().state());
        badge.setId("module-state");
        var header = new HorizontalLayout(heading, badge);
        header.setAlignItems(Alignment.BASELINE);
        add(back, header, meta, new Paragraph(module.summary()), ProgressParts.progressLine(overview.progress()));

        var list = new UnorderedList();
        list.addClassName("lesson-list");
        list.setId("lesson-list");
        for (LessonOutline lesson : overview.lessons()) {
            var number = new Span(lesson.done() ? "✓" : Integer.toString(lesson.number()));
            number.addClassName("lesson-number");
            if (lesson.done()) {
                number.addClassName("done");
                number.getElement().setAttribute("title", "Done");
            }
            var link = new RouterLink(lesson.title(), LessonView.class, LessonView.params(module.id(), lesson.id()));
            var item = new ListItem(number, link);
            item.setId("lesson-" + lesson.id());
            list.add(item);
        }
        add(list);

        LessonOutline next = overview.lessons().stream().filter(l -> !l.done()).findFirst()
                .orElse(overview.lessons().isEmpty() ? null : overview.lessons().getFirst());
        if (next != null) {
            String label = overview.progress().lessonsComplete() ? "Review from the start"
                    : overview.progress().doneLessons() == 0 ? "Start the first lesson" : "Continue with lesson " + next.number();
            var go = new Button(label, VaadinIcon.ARROW_RIGHT.create(), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(LessonView.class, LessonView.params(module.id(), next.id()))));
            go.setIconAfterText(true);
            go.setId("continue");
            if (!overview.progress().lessonsComplete()) {
                go.addThemeVariants(ButtonVariant.PRIMARY);
            }
            add(go);
        }
        for (ModulePageSection section : sections) {
            section.create(module.id()).ifPresent(this::add);
        }
        if (overview.progress().complete()) {
            var done = new Div(new Span("You have completed this module. Well done!"));
            done.addClassName("muted");
            done.setId("module-complete");
            add(done);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    static RouteParameters params(long moduleId) {
        return new RouteParameters(MODULE_ID, Long.toString(moduleId));
    }
}
