package com.certdesk.catalog.ui;

import com.certdesk.catalog.LearnerModule;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ProgressState;
import com.certdesk.catalog.SkillArea;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The agent's start page: modules in progress first, then the catalog by skill area. */
@Route("learning")
@PageTitle("My learning")
@Menu(title = "My learning", order = 0, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.AGENT)
class MyLearningView extends VerticalLayout {

    MyLearningView(LearningService learning) {
        addClassName("page");
        setId("my-learning");
        List<LearnerModule> modules = learning.myModules();
        if (modules.isEmpty()) {
            var empty = new Div(new Paragraph("No modules are published yet. Check back soon."));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        add(summary(modules));

        List<LearnerModule> inProgress = modules.stream()
                .filter(m -> m.progress().state() == ProgressState.IN_PROGRESS).toList();
        if (!inProgress.isEmpty()) {
            add(section("Continue learning", "in-progress", inProgress));
        }
        Map<SkillArea, List<LearnerModule>> byArea = new EnumMap<>(SkillArea.class);
        modules.stream().filter(m -> m.progress().state() != ProgressState.IN_PROGRESS)
                .forEach(m -> byArea.computeIfAbsent(m.module().skillArea(), a -> new java.util.ArrayList<>()).add(m));
        byArea.forEach((area, list) -> add(section(area.label(), "area-" + area.name().toLowerCase(), list)));
    }

    private static Component summary(List<LearnerModule> modules) {
        long completed = modules.stream().filter(m -> m.progress().complete()).count();
        long started = modules.stream().filter(m -> m.progress().state() == ProgressState.IN_PROGRESS).count();
        var box = new Div(stat(completed, "completed", "stat-completed"), stat(started, "in progress", "stat-in-progress"),
                stat(modules.size() - completed - started, "not started", "stat-not-started"));
        box.addClassName("learning-summary");
        return box;
    }

    private static Component stat(long value, String label, String id) {
        var v = new Span(Long.toString(value));
        v.addClassName("stat-value");
        var l = new Span(label);
        l.addClassName("stat-label");
        var stat = new Div(v, l);
        stat.addClassName("stat");
        stat.setId(id);
        return stat;
    }

    private static Component section(String title, String id, List<LearnerModule> modules) {
        var heading = new H2(title);
        heading.addClassName("section-title");
        var grid = new Div();
        grid.addClassName("card-grid");
        modules.forEach(m -> grid.add(card(m)));
        var section = new Div(heading, grid);
        section.setId(id);
        section.setWidthFull();
        return section;
    }

    private static Component card(LearnerModule item) {
        var module = item.module();
        var card = new Card();
        card.addClassName("module-card");
        card.setTitle(module.title());
        card.setSubtitle(new Span(module.skillArea().label()));
        card.setHeaderSuffix(ProgressParts.stateBadge(item.progress().state()));
        var meta = new Span(module.lessonCount() + " lessons · " + ProgressParts.minutes(module.estimatedMinutes()));
        meta.addClassName("meta");
        card.add(new Paragraph(module.summary()), meta, ProgressParts.progressLine(item.progress()));
        String action = switch (item.progress().state()) {
            case NOT_STARTED -> "Start";
            case IN_PROGRESS -> "Continue";
            case COMPLETED -> "Review";
        };
        var open = new Button(action, e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ModuleView.class,
                new RouteParameters(ModuleView.MODULE_ID, Long.toString(module.id())))));
        if (item.progress().state() != ProgressState.COMPLETED) {
            open.addThemeVariants(ButtonVariant.PRIMARY);
        }
        open.setAriaLabel(action + " " + module.title());
        card.addToFooter(open);
        card.setId("module-" + module.id());
        return card;
    }
}
