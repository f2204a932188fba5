package com.certdesk.certification.ui;

import com.certdesk.base.ui.AgentRecordOpener;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleStatus;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.CertificationMatrixService;
import com.certdesk.certification.MatrixFilter;
import com.certdesk.certification.MatrixRow;
import com.certdesk.certification.ProgramService;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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

/**
 * The certification matrix: the agents of the teams the caller may see × the active programs, each cell a status
 * chip, with filters, status counts, an agent's record on click, and (for managers and administrators) assigning
 * training and managing the teams' assignments.
 */
@Route("certification")
@PageTitle("Certification")
@Menu(title = "Certification", order = 6, icon = "vaadin:table")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class CertificationMatrixView extends VerticalLayout {

    private final CertificationMatrixService matrix;
    private final AgentRecordOpener records;
    private final Clock clock;
    private final List<TeamSummary> teams;
    private final MatrixFilterBar filters;
    private final StatusCountBar counts;
    private final MatrixGrid grid;
    private final Div noPrograms = emptyState("no-programs", "There are no certification programs yet. Once an "
            + "administrator creates one, each agent's status in it shows here.");
    private final TeamAssignmentsSection assignmentsSection;
    private final TabSheet tabs = new TabSheet();
    private final Tab assignmentsTab;

    CertificationMatrixView(CertificationMatrixService matrix, TeamService teamService, ProgramService programs,
            AssignmentService assignments, ModuleDirectory modules, PeopleDirectory people,
            AuthenticationContext auth, CurrentUser currentUser, AgentRecordOpener records, Clock clock) {
        this.matrix = matrix;
        this.records = records;
        this.clock = clock;
        addClassNames("page", "page-wide");
        setSizeFull();
        teams = teamService.visibleTeams();
        boolean seesAll = auth.hasAnyRole(Roles.HR, Roles.ADMIN);
        boolean canAssign = auth.hasAnyRole(Roles.MANAGER, Roles.ADMIN);
        List<ProgramSummary> active = programs.active();
        filters = new MatrixFilterBar(teams, active, seesAll, this::refresh);
        counts = new StatusCountBar(filters::setStatus);
        grid = new MatrixGrid(matrix, this::openRecord);
        assignmentsSection = new TeamAssignmentsSection(assignments, canAssign, this::today, this::refresh);
        assignmentsTab = new Tab("Assignments");
        if (teams.isEmpty()) {
            add(emptyState("no-teams", seesAll ? "There are no teams yet. An administrator creates them under Teams."
                    : "You don't manage a team yet. An administrator can make you a team's manager under Teams; "
                            + "its agents' certifications then show here."));
            return;
        }

        var assign = new Button("Assign…", VaadinIcon.PLUS.create(), e -> new AssignDialog(
                assignableTeams(auth, currentUser), filters.team(), programs.active(),
                modules.all().stream().filter(m -> m.status() == ModuleStatus.PUBLISHED).toList(),
                teamId -> people.agentsOfTeams(List.of(teamId), ""), assignments, today(), this::refresh).open());
        assign.setId("assign-button");
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.setVisible(canAssign);
        var top = new Div(filters, assign);
        top.addClassName("matrix-top");

        var hint = new Paragraph("Click an agent's name to see their programs, modules, quiz attempts and certificates.");
        hint.addClassNames("muted", "small", "matrix-hint");
        var matrixTab = new VerticalLayout(hint, grid, noPrograms);
        matrixTab.setPadding(false);
        matrixTab.setSpacing(false);
        matrixTab.setSizeFull();
        tabs.setId("matrix-tabs");
        tabs.add("Matrix", matrixTab);
        tabs.add(assignmentsTab, assignmentsSection);
        tabs.setSizeFull();
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == assignmentsTab) {
                assignmentsSection.show(teamsInView());
            }
        });
        add(top, counts, tabs);
        refresh();
    }

    private void refresh() {
        if (teams.isEmpty()) {
            return;
        }
        MatrixFilter filter = filters.filter();
        List<ProgramSummary> columns = matrix.columns(filter);
        grid.setVisible(!columns.isEmpty());
        noPrograms.setVisible(columns.isEmpty());
        grid.show(filter, columns);
        counts.update(matrix.counts(filter), columns.size(), filter.status());
        if (tabs.getSelectedTab() == assignmentsTab) {
            assignmentsSection.show(teamsInView());
        }
    }

    private List<TeamSummary> teamsInView() {
        TeamSummary chosen = filters.team();
        return chosen != null ? List.of(chosen) : teams;
    }

    /** Managers assign to the teams they manage (also when HR lets them see more); administrators to any team. */
    private List<TeamSummary> assignableTeams(AuthenticationContext auth, CurrentUser currentUser) {
        if (auth.hasRole(Roles.ADMIN)) {
            return teams;
        }
        long me = currentUser.id();
        return teams.stream().filter(t -> t.managers().stream().anyMatch(m -> m.id() == me)).toList();
    }

    private void openRecord(MatrixRow row) {
        records.open(row.userId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Div emptyState(String id, String text) {
        var empty = new Div(new Paragraph(text));
        empty.addClassName("empty-state");
        empty.setId(id);
        return empty;
    }
}
