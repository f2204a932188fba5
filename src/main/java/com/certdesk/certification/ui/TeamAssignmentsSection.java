package com.certdesk.certification.ui;

import com.certdesk.base.ui.DueDateDialog;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.AssignmentView;
import com.certdesk.people.TeamSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The current assignments of the teams in view and of their agents, by due date. Managers and administrators can
 * change a due date or remove an assignment (certificates already earned stay).
 */
class TeamAssignmentsSection extends Composite<VerticalLayout> {

    /** Above this many teams in view, the list asks for one team instead of loading every team's assignments. */
    static final int MAX_TEAMS = 10;

    private final AssignmentService assignments;
    private final boolean canManage;
    private final Supplier<LocalDate> today;
    private final Runnable onChanged;
    private final Grid<AssignmentView> grid = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private List<TeamSummary> teams = List.of();

    TeamAssignmentsSection(AssignmentService assignments, boolean canManage, Supplier<LocalDate> today,
            Runnable onChanged) {
        this.assignments = assignments;
        this.canManage = canManage;
        this.today = today;
        this.onChanged = onChanged;
        grid.setId("assignments-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setEmptyStateText("Nothing is assigned to these teams or their agents yet.");
        grid.addColumn(new ComponentRenderer<>(TeamAssignmentsSection::what)).setHeader("What").setFlexGrow(3)
                .setWidth("14rem");
        grid.addColumn(AssignmentView::assigneeName).setHeader("Assigned to").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::dueDate)).setHeader("Due").setFlexGrow(1);
        grid.addColumn(a -> (a.assignedByName() == null ? "Certdesk" : a.assignedByName()) + ", "
                + UserFormats.current().date(a.assignedAt())).setHeader("Assigned by")
                .setFlexGrow(2);
        if (canManage) {
            grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setKey("actions").setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setSizeFull();
        hint.addClassNames("muted", "small");
        hint.setId("assignments-hint");
        getContent().add(hint, grid);
        getContent().setPadding(false);
        getContent().setSizeFull();
    }

    /** Lists the assignments of these teams (asks for one team when there are too many). */
    void show(List<TeamSummary> teams) {
        this.teams = teams;
        if (teams.size() > MAX_TEAMS) {
            hint.setText("Choose a team above to see its assignments.");
            grid.setItems(List.of());
            grid.setVisible(false);
            return;
        }
        grid.setVisible(true);
        hint.setText("Assigned to a team, training also covers agents who join it later. An agent's own due date "
                + "takes the place of their team's.");
        grid.setItems(teams.stream().flatMap(t -> assignments.forTeam(t.id()).stream())
                .sorted(Comparator.comparing(AssignmentView::dueOn).thenComparing(AssignmentView::targetTitle))
                .toList());
    }

    private static Component what(AssignmentView a) {
        var kind = new Span(a.kind().label());
        kind.addClassNames("kind-tag");
        return new Div(kind, new Span(a.targetTitle()));
    }

    private Component dueDate(AssignmentView a) {
        var date = new Span(StatusChips.date(a.dueOn()));
        if (a.dueOn().isBefore(today.get())) {
            date.addClassName("past-due");
            date.setTitle("The due date has passed");
        }
        return date;
    }

    private Component actions(AssignmentView a) {
        var change = new Button("Change due date", e -> changeDueDate(a));
        change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        change.setId("change-due-" + a.id());
        var remove = new Button("Remove", e -> confirmRemove(a));
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        remove.setId("remove-assignment-" + a.id());
        var box = new Div(change, remove);
        box.addClassName("row-actions");
        return box;
    }

    private void changeDueDate(AssignmentView a) {
        LocalDate now = today.get();
        LocalDate preset = a.dueOn().isBefore(now) ? now.plusDays(14) : a.dueOn();
        new DueDateDialog("Change the due date", a.targetTitle() + " for " + a.assigneeName() + ", due "
                + StatusChips.date(a.dueOn()) + " so far.", now, preset, date -> {
                    assignments.reschedule(a.id(), date);
                    notify(a.targetTitle() + " for " + a.assigneeName() + " is now due " + StatusChips.date(date) + ".");
                    changed();
                }).open();
    }

    private void confirmRemove(AssignmentView a) {
        var confirm = new ConfirmDialog();
        confirm.setId("confirm-remove");
        confirm.setHeader("Remove this assignment?");
        confirm.setText(a.targetTitle() + " will no longer be assigned to " + a.assigneeName()
                + ". Certificates already earned stay valid and learning progress is kept.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Remove");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            assignments.remove(a.id());
            notify("Removed " + a.targetTitle() + " from " + a.assigneeName() + ".");
            changed();
        });
        confirm.open();
    }

    private void changed() {
        show(teams);
        onChanged.run();
    }

    private static void notify(String text) {
        Toast.show(text, 4000).addThemeVariants(NotificationVariant.SUCCESS);
    }
}
