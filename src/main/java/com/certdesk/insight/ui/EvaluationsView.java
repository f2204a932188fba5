package com.certdesk.insight.ui;

import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.PhoneColumns;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.PlannedEvaluation;
import com.certdesk.insight.PlannedEvaluationService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The planned evaluations the caller may see, newest first: what each registered and where it stands. Managers, HR and
 * administrators may plan one; a manager sees those whose agents are all in their teams.
 */
@Route(value = PerformanceNavigation.EVALUATIONS, layout = MainLayout.class)
@PageTitle("Planned evaluations")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class EvaluationsView extends VerticalLayout {

    private final Grid<PlannedEvaluation> grid = new Grid<>();

    EvaluationsView(PlannedEvaluationService evaluations) {
        addClassNames("page", "page-wide", "evaluations");
        setId("evaluations");
        var plan = new Button("Plan an evaluation", e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(PlanEvaluationView.class)));
        plan.setId("evaluations-plan");
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        var intro = new Paragraph("A planned evaluation fixes the program, the measure, the windows and the minimum "
                + "samples before a rollout, and splits the agents at random into waves. Its result is reported "
                + "exactly as registered, apart from the exploratory Training impact page.");
        intro.addClassName("muted");
        var exploratory = new RouterLink("Training impact (exploratory)", TrainingImpactView.class);
        exploratory.setId("evaluations-impact-link");

        UserFormats formats = UserFormats.current();
        grid.setId("evaluations-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(EvaluationsView::titleLink).setHeader("Title").setKey("title")
                .setFlexGrow(2).setAutoWidth(false);
        grid.addColumn(PlannedEvaluation::programName).setHeader("Program").setKey("program")
                .setFlexGrow(1);
        grid.addColumn(e -> e.measure().label()).setHeader("Measure").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(e -> formats.date(e.registeredAt())).setHeader("Registered on").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(PlannedEvaluation::registeredBy).setHeader("By").setFlexGrow(1);
        grid.addColumn(EvaluationsView::waves).setHeader("Waves").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(e -> e.status().label()).setHeader("Status").setKey("status").setWidth("9rem")
                .setFlexGrow(0);
        // on a phone the seven columns scrolled sideways, the status out of sight: one column then says it all
        PhoneColumns.of(grid).compact("Evaluation", EvaluationsView::compactCell);
        grid.setItems(query -> evaluations.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No evaluation is planned yet.");
        add(new H1("Planned evaluations"), intro, exploratory, plan, grid);
    }

    private static RouterLink titleLink(PlannedEvaluation e) {
        var link = new RouterLink(e.title(), EvaluationView.class, EvaluationView.params(e.id()));
        link.addClassName("evaluation-title");
        return link;
    }

    private static String waves(PlannedEvaluation e) {
        return e.waves() + " (" + e.agents() + " agents)";
    }

    private static Div compactCell(PlannedEvaluation e) {
        UserFormats formats = UserFormats.current();
        var what = new Span(e.programName() + " \u00b7 " + e.measure().label());
        var who = new Span("Registered on " + formats.date(e.registeredAt()) + " by " + e.registeredBy());
        var where = new Span(e.waves() + " waves, " + e.agents() + " agents \u00b7 " + e.status().label());
        for (Span line : List.of(what, who, where)) {
            line.addClassNames("muted", "small");
        }
        var cell = new Div(titleLink(e), what, who, where);
        cell.addClassName("evaluation-compact");
        return cell;
    }
}
