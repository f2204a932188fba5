package com.certdesk.certification.ui;

import com.certdesk.base.ui.LearnerHomeSection;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.MyAssignment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;

/** "Assigned to you" at the top of My learning: what the agent has to finish, by when, overdue first. */
@org.springframework.stereotype.Component
class MyAssignmentsSection implements LearnerHomeSection {

    private final AssignmentService assignments;

    MyAssignmentsSection(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @Override
    public Optional<Component> create() {
        List<MyAssignment> mine = assignments.mine();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        var list = new Div();
        list.addClassName("assignment-list");
        for (MyAssignment assignment : mine) {
            list.add(row(assignment));
        }
        var title = new H2("Assigned to you");
        title.addClassName("section-title");
        var section = new Div(title, list);
        section.setId("my-assignments");
        section.setWidthFull();
        return Optional.of(section);
    }

    private static Component row(MyAssignment assignment) {
        var kind = new Badge(assignment.kind().label());
        kind.addThemeVariants(BadgeVariant.CONTRAST);
        var name = new Span(assignment.title());
        name.addClassName("assignment-title");
        var head = new Div(kind, name);
        head.addClassName("assignment-head");

        var when = new Span(dueText(assignment) + (assignment.done() ? ""
                : " · " + CertificateFormats.date(assignment.dueOn())));
        when.addClassName("assignment-due");
        if (assignment.overdue()) {
            when.addClassName("overdue");
        }
        var state = new Span(assignment.statusText());
        state.addClassName("muted");
        var row = new Div(head, when, state);
        row.addClassName("assignment-row");
        if (assignment.done()) {
            row.addClassName("done");
        }
        if (assignment.kind() == AssignmentKind.MODULE) {
            row.add(new Anchor("modules/" + assignment.targetId(), "Open module"));
        } else if (!assignment.modules().isEmpty()) {
            var modules = new Div(new Span("Modules: "));
            modules.addClassName("assignment-modules");
            assignment.modules().forEach(m -> modules.add(new Anchor("modules/" + m.id(), m.title())));
            row.add(modules);
        }
        return row;
    }

    static String dueText(MyAssignment assignment) {
        if (assignment.done()) {
            return "Done";
        }
        long days = assignment.daysLeft();
        if (days < 0) {
            return "Overdue by " + plural(-days, "day");
        }
        if (days == 0) {
            return "Due today";
        }
        return days == 1 ? "Due tomorrow" : "Due in " + plural(days, "day");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
