package com.certdesk.insight.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.insight.EvaluationStatus;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.PlannedEvaluation;
import com.certdesk.insight.PlannedEvaluationService;
import com.certdesk.insight.TrainingImpact;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * One planned evaluation exactly as registered (when and by whom, program, measure, windows, minimums, seed, waves),
 * then the registered analysis: the evaluation's agents only, with the registered windows and minimums, apart from the
 * exploratory Training impact page. An unknown id, or one outside a manager's teams, gives the not-found page.
 */
@Route(value = PerformanceNavigation.EVALUATIONS + "/:id([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlannedEvaluationService evaluations;
    private String title = "Planned evaluation";

    EvaluationView(PlannedEvaluationService evaluations) {
        this.evaluations = evaluations;
        addClassNames("page", "page-wide", "evaluation");
        setId("evaluation");
    }

    static RouteParameters params(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id")
                .orElseThrow(() -> new NotFoundException("That link is not valid."));
        PlannedEvaluation e = evaluations.get(id);
        title = e.title();
        removeAll();
        UserFormats formats = UserFormats.current();
        var registered = new Paragraph("Registered on " + formats.dateTime(e.registeredAt()) + " by "
                + e.registeredBy() + ". " + e.status().label() + ".");
        registered.setId("evaluation-registered");
        add(new H1(e.title()), registered, new H2("The plan as registered"), plan(e, formats),
                new WaveTable("evaluation-waves", e.groups()), new H2("The registered analysis"), analysis(e, formats));
    }

    private static DescriptionList plan(PlannedEvaluation e, UserFormats formats) {
        var list = new DescriptionList();
        list.setId("evaluation-plan");
        list.addClassName("evaluation-plan");
        item(list, "Program", e.programName());
        item(list, "Measure", e.measure().label() + " (" + e.measure().meaning() + ")");
        item(list, "Windows", String.format(Locale.ROOT, "%d days before the month of certification; %d days "
                + "after, from %d days after that month", e.preDays(), e.postDays(), e.washoutDays()));
        item(list, "Minimums", String.format(Locale.ROOT, "%d ratings per agent in each window; %d certified and %d "
                + "not-yet-certified agents", e.minimumRatings(), e.minimumAgents(), e.minimumAgents()));
        item(list, "Waves", String.format(Locale.ROOT, "%d waves, %d weeks apart, first due %s; %d agents",
                e.waves(), e.waveGapDays() / 7, formats.date(e.firstDueOn()), e.agents()));
        item(list, "Random seed", Long.toString(e.seed()) + String.format(Locale.ROOT, " (drew the waves; the "
                + "interval resamples agents %,d times from it)", e.replicates()));
        return list;
    }

    private static void item(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }

    private Div analysis(PlannedEvaluation e, UserFormats formats) {
        var box = new Div();
        box.setId("evaluation-analysis");
        var apart = new Paragraph("This is the analysis registered for this evaluation: its agents only, certified "
                + "against those not yet certified, with the windows and minimums above. It is separate from the "
                + "exploratory Training impact page, whose choices and settings can change.");
        apart.setId("evaluation-apart");
        apart.addClassName("muted");
        var exploratory = new RouterLink("Open the exploratory Training impact page", TrainingImpactView.class);
        exploratory.setId("evaluation-impact-link");
        box.add(apart);
        if (e.status() != EvaluationStatus.READY) {
            var waiting = new Paragraph("Not enough data yet: the first wave is due on " + formats.date(e.firstDueOn())
                    + ". The first result can be expected from " + formats.date(e.firstResultOn())
                    + ", once its window after certification has ended.");
            waiting.setId("impact-sentence");
            waiting.addClassName("impact-sentence");
            box.add(waiting, exploratory);
            return box;
        }
        TrainingImpact r = evaluations.analysis(e.id());
        box.add(new ImpactSummary(r), ImpactSummary.method(r), exploratory);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
