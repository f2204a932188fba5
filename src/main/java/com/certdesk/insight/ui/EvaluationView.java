package com.certdesk.insight.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.insight.EvaluationStatus;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.PlannedEvaluation;
import com.certdesk.insight.PlannedEvaluationService;
import com.certdesk.insight.TrainingImpact;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
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
 * then the registered analysis: the evaluation's agents only, with the registered windows and minimums, month by month
 * as well, apart from the exploratory Training impact page. Until its first wave is due a plan can be withdrawn with
 * a reason, which then stays shown in place of a result. An unknown id, or one outside a manager's teams, gives the
 * not-found page.
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
        show(evaluations.get(id));
    }

    private void show(PlannedEvaluation e) {
        title = e.title();
        removeAll();
        UserFormats formats = UserFormats.current();
        var registered = new Paragraph("Registered on " + formats.dateTime(e.registeredAt()) + " by "
                + e.registeredBy() + ". " + e.status().label() + ".");
        registered.setId("evaluation-registered");
        add(new H1(e.title()), registered);
        if (e.withdrawal() != null) {
            var w = e.withdrawal();
            var withdrawn = new Paragraph("Withdrawn on " + formats.dateTime(w.at()) + " by " + w.by()
                    + ", before its first wave was due: \u201c" + w.reason() + "\u201d"
                    + (w.reason().matches(".*[.!?]$") ? " " : ". ") + (w.assignmentsRemoved() == 0
                    ? "Its assignments were kept." : w.assignmentsRemoved() + (w.assignmentsRemoved() == 1
                    ? " assignment was" : " assignments were") + " removed with it."));
            withdrawn.setId("evaluation-withdrawn");
            withdrawn.addClassName("plan-warning");
            add(withdrawn);
        } else if (e.withdrawable()) {
            var withdraw = new Button("Withdraw the plan\u2026", click -> withdrawDialog(e).open());
            withdraw.setId("evaluation-withdraw");
            withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            var until = new Paragraph("It can be withdrawn until the first wave is due on " + formats.date(e.firstDueOn())
                    + "; from then on its result is shown whatever it says.");
            until.addClassName("muted");
            add(new Div(until, withdraw));
        }
        add(new H2("The plan as registered"), plan(e, formats), new WaveTable("evaluation-waves", e.groups()),
                new H2("The registered analysis"), analysis(e, formats));
    }

    private Dialog withdrawDialog(PlannedEvaluation e) {
        var dialog = new Dialog();
        dialog.setId("withdraw-dialog");
        dialog.setHeaderTitle("Withdraw \u201c" + e.title() + "\u201d");
        dialog.setWidth("min(520px, 95vw)");
        var reason = new TextArea("Why is it withdrawn?");
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setHelperText("Shown with the plan to everyone who can see it; the plan stays listed as withdrawn.");
        var removeAssignments = new Checkbox("Also remove the program's assignments of its " + e.agents()
                + " agents (certificates already earned stay)", true);
        removeAssignments.setId("withdraw-remove-assignments");
        var error = new FormError("withdraw-error");
        dialog.add(reason, removeAssignments, error);
        var confirm = new Button("Withdraw", click -> {
            try {
                show(evaluations.withdraw(e.id(), reason.getValue(), removeAssignments.getValue()));
                dialog.close();
            } catch (ValidationException problem) {
                error.show(problem);
                click.getSource().setEnabled(true);
            }
        });
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setDisableOnClick(true);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        return dialog;
    }

    private static DescriptionList plan(PlannedEvaluation e, UserFormats formats) {
        var list = new DescriptionList();
        list.setId("evaluation-plan");
        list.addClassName("evaluation-plan");
        item(list, "Program", e.programName());
        item(list, "Measure", e.measure().label() + " (" + e.measure().meaning() + ")");
        item(list, "Windows", String.format(Locale.ROOT, "%d days before the month of certification; %d days "
                + "after, from %d days after that month", e.preDays(), e.postDays(), e.washoutDays()));
        item(list, "Compared", e.withinChannel() ? "within each channel, averaged by the certified agents' channel "
                + "mix" : "over all channels together");
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
        if (e.status() == EvaluationStatus.WITHDRAWN) {
            var none = new Paragraph("No result: the plan was withdrawn before its first wave was due, so its analysis "
                    + "is not run.");
            none.setId("impact-sentence");
            none.addClassName("impact-sentence");
            box.add(none, exploratory);
            return box;
        }
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
        box.add(new ImpactSummary(r));
        if (r.effect() != null) {
            box.add(EventStudyFigures.of(r));
        }
        box.add(ImpactSummary.method(r));
        TrainingImpact byWave = evaluations.analysisByWave(e.id());
        var randomised = new Paragraph("The same agents compared by the wave they were drawn into, not by when they "
                + "certified: each counts from their wave's due date, certified or not, against the agents whose wave "
                + "was not yet due. Only the draw decides who is in which group, so who chose to train early cannot "
                + "explain a difference; learning before the due date and agents who never certify make this figure "
                + "smaller than the effect of completing the training.");
        randomised.addClassName("muted");
        var wave = ImpactSummary.renamed(new Div(new H2("By wave, as drawn (intention to treat)"), randomised,
                new ImpactSummary(byWave), ImpactSummary.method(byWave)), "wave-");
        wave.setId("evaluation-by-wave");
        box.add(wave, exploratory);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
