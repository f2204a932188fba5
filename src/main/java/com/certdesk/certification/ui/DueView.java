package com.certdesk.certification.ui;

import com.certdesk.base.ui.DueDateDialog;
import com.certdesk.base.ui.Toast;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.CertStatus;
import com.certdesk.certification.CertificationMatrixService;
import com.certdesk.certification.DueItem;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who needs attention: certificates running out in the next N days, and agents past a program's due date. Managers
 * and administrators give an agent a new due date in one click; the agent then leaves the overdue list.
 */
@Route("certification/due")
@PageTitle("Due and overdue")
@Menu(title = "Due and overdue", order = 7, icon = "vaadin:alarm")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class DueView extends VerticalLayout {

    static final List<Integer> DAYS = List.of(7, 14, 30, 60, 90);

    private final CertificationMatrixService matrix;
    private final AssignmentService assignments;
    private final Clock clock;
    private final Select<TeamSummary> team = new Select<>();
    private final Select<Integer> days = new Select<>();
    private final DueGrid expiring;
    private final DueGrid overdue;
    private final Tab expiringTab = new Tab();
    private final Tab overdueTab = new Tab();

    DueView(CertificationMatrixService matrix, AssignmentService assignments, TeamService teams,
            AuthenticationContext auth, Clock clock) {
        this.matrix = matrix;
        this.assignments = assignments;
        this.clock = clock;
        addClassNames("page", "page-wide");
        setSizeFull();
        boolean canAssign = auth.hasAnyRole(Roles.MANAGER, Roles.ADMIN);
        expiring = new DueGrid("expiring-grid", "No certificates run out in this time. Nothing to renew yet.",
                canAssign ? this::newDueDate : null);
        overdue = new DueGrid("overdue-grid", "Nothing is overdue: everyone assigned a program has met its due "
                + "date so far.", canAssign ? this::newDueDate : null);
        List<TeamSummary> visible = teams.visibleTeams();
        if (visible.isEmpty()) {
            var empty = new Div(new Paragraph("You don't manage a team yet. An administrator can make you a team's "
                    + "manager under Teams; certificates running out and overdue training then show here."));
            empty.addClassName("empty-state");
            empty.setId("no-teams");
            add(empty);
            return;
        }
        boolean seesAll = auth.hasAnyRole(Roles.HR, Roles.ADMIN);
        team.setLabel("Team");
        team.setId("due-team");
        team.setItems(visible);
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(seesAll ? "All teams" : "All my teams");
        team.setItemLabelGenerator(t -> t == null ? (seesAll ? "All teams" : "All my teams") : t.name());
        team.addValueChangeListener(e -> refresh());

        days.setLabel("Expiring within");
        days.setId("due-days");
        days.setItems(DAYS);
        days.setItemLabelGenerator(d -> d + " days");
        days.setValue(30);
        days.addValueChangeListener(e -> refresh());

        var filters = new Div(team, days);
        filters.addClassName("toolbar");
        var hint = new Paragraph(canAssign ? "\"New due date\" gives one agent their own due date for the program, "
                + "in place of their team's." : "Managers can give agents a new due date from here.");
        hint.addClassNames("muted", "small");

        var tabs = new TabSheet();
        tabs.setId("due-tabs");
        tabs.add(expiringTab, expiring);
        tabs.add(overdueTab, overdue);
        tabs.setSizeFull();
        add(filters, hint, tabs);
        refresh();
    }

    private void refresh() {
        @Nullable Long teamId = team.getValue() == null ? null : team.getValue().id();
        int within = days.getValue() == null ? 30 : days.getValue();
        List<DueItem> soon = matrix.expiring(within, teamId);
        List<DueItem> late = matrix.overdue(teamId);
        expiring.setItems(soon);
        overdue.setItems(late);
        expiringTab.setLabel("Expiring in the next " + within + " days (" + soon.size() + ")");
        overdueTab.setLabel("Overdue (" + late.size() + ")");
    }

    private void newDueDate(DueItem item) {
        LocalDate today = LocalDate.now(clock);
        String situation = item.cell().status() == CertStatus.OVERDUE
                ? item.programName() + " was due " + StatusChips.date(item.cell().date()) + "."
                : "Their " + item.programName() + " certificate is valid until "
                        + StatusChips.date(item.cell().date()) + ". Choose the day by which they should recertify.";
        new DueDateDialog("New due date for " + item.displayName(), situation, today, today.plusDays(14), date -> {
            assignments.setDueDate(item.userId(), item.programId(), date);
            Toast.show(item.displayName() + " is now due to complete " + item.programName() + " by "
                    + StatusChips.date(date) + ".", 5000)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        }).open();
    }
}
