package com.certdesk.catalog.ui;

import com.certdesk.base.ui.LearnerHomeSection;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The agent's start page: modules in progress first, then those not started and those completed, ordered
 * and filterable by skill area.
 */
@Route("learning")
@PageTitle("My learning")
@Menu(title = "My learning", order = 0, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.AGENT)
class MyLearningView extends VerticalLayout {

    private final Div sections = new Div();
    private final List<LearnerModule> modules;

    MyLearningView(LearningService learning, List<LearnerHomeSection> homeSections) {
        addClassName("page");
        setId("my-learning");
        homeSections.forEach(section -> section.create().ifPresent(this::add));
        modules = learning.myModules();
        if (modules.isEmpty()) {
            var empty = new Div(new Paragraph("No modules are published yet. Check back soon."));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var area = new Select<SkillArea>();
        area.setId("skill-area-filter");
        area.setLabel("Skill area");
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption("All skill areas");
        area.setItems(modules.stream().map(m -> m.module().skillArea()).distinct().sorted().toList());
        area.setItemLabelGenerator(a -> a == null ? "All skill areas" : a.label());
        area.setWidth("18em");
        area.addValueChangeListener(e -> show(e.getValue()));
        sections.setWidthFull();
        add(summary(modules), area, sections);
        show(null);
    }

    /** Modules in progress first, then not started, then completed; each ordered by skill area and title. */
    private void show(@Nullable SkillArea area) {
        sections.removeAll();
        List<LearnerModule> shown = modules.stream()
                .filter(m -> area == null || m.module().skillArea() == area)
                .sorted(Comparator.comparing((LearnerModule m) -> m.module().skillArea())
                        .thenComparing(m -> m.module().title()))
                .toList();
        addSection("Continue learning", "in-progress", shown, ProgressState.IN_PROGRESS);
        addSection("Not started yet", "not-started", shown, ProgressState.NOT_STARTED);
        addSection("Completed", "completed", shown, ProgressState.COMPLETED);
    }

    private void addSection(String title, String id, List<LearnerModule> shown, ProgressState state) {
        List<LearnerModule> inState = shown.stream().filter(m -> m.progress().state() == state).toList();
        if (!inState.isEmpty()) {
            sections.add(section(title, id, inState));
        }
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
