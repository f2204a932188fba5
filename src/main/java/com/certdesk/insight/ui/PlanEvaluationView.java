package com.certdesk.insight.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.EvaluationPlan;
import com.certdesk.insight.EvaluationPreview;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.PlannedEvaluationService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plans an evaluation: the program, measure, windows and minimums, the teams and the waves. "Preview the waves" shows
 * what registering would do (wave sizes per team, due dates, who is left out and why); only then can it be
 * registered, with the warning that none of it can be changed afterwards. Changing any field hides Register again,
 * so what is registered is what was previewed.
 */
@Route(value = PerformanceNavigation.EVALUATIONS + "/new", layout = MainLayout.class)
@PageTitle("Plan an evaluation")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class PlanEvaluationView extends VerticalLayout {

    private final PlannedEvaluationService evaluations;
    private final String requestKey;
    private final TextField title = new TextField("Title");
    private final Select<ProgramSummary> program = new Select<>();
    private final Select<Measure> measure = new Select<>();
    private final IntegerField preDays = days("Days before", "plan-pre-days");
    private final IntegerField washoutDays = days("Washout days (not counted)", "plan-washout-days");
    private final IntegerField postDays = days("Days after", "plan-post-days");
    private final IntegerField minimumRatings = days("Ratings per agent and window", "plan-minimum-ratings");
    private final IntegerField minimumAgents = days("Agents per group, at least", "plan-minimum-agents");
    private final Checkbox withinChannel = new Checkbox("Compare within each channel");
    private final CheckboxGroup<TeamSummary> teams = new CheckboxGroup<>("Active agents of these teams take part");
    private final Select<Integer> waves = new Select<>();
    private final IntegerField gapWeeks = days("Weeks between waves", "plan-gap-weeks");
    private final DatePicker firstDue = UserFormats.current().localize(new DatePicker("First wave due on"));
    private final FormError error = new FormError("plan-error");
    private final Div preview = new Div();

    PlanEvaluationView(PlannedEvaluationService evaluations) {
        this.evaluations = evaluations;
        addClassNames("page", "plan-evaluation");
        setId("plan-evaluation");
        EvaluationPlan defaults = evaluations.newPlan();
        requestKey = defaults.requestKey();
        title.setId("plan-title");
        title.setMaxLength(200);
        title.setWidthFull();
        program.setId("plan-program");
        program.setLabel("Program rolled out");
        program.setItems(evaluations.programs());
        program.setItemLabelGenerator(ProgramSummary::name);
        measure.setId("plan-measure");
        measure.setLabel("Measure");
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> m.label() + " (" + m.meaning() + ")");
        measure.setValue(defaults.measure());
        teams.setId("plan-teams");
        teams.setItems(evaluations.teams());
        teams.setItemLabelGenerator(t -> t.name() + " (" + t.activeMembers() + " members)");
        waves.setId("plan-waves");
        waves.setLabel("Waves");
        waves.setItems(List.of(2, 3, 4));
        waves.setValue(defaults.waves());
        firstDue.setId("plan-first-due");
        firstDue.setMin(defaults.firstDueOn().minusWeeks(4));
        preDays.setValue(defaults.preDays());
        washoutDays.setValue(defaults.washoutDays());
        postDays.setValue(defaults.postDays());
        minimumRatings.setValue(defaults.minimumRatings());
        minimumAgents.setValue(defaults.minimumAgents());
        withinChannel.setId("plan-within-channel");
        withinChannel.setValue(defaults.withinChannel());
        withinChannel.setTooltipText("The change is computed within each channel (email, chat, phone, ...) and averaged "
                + "by the certified agents' channel mix, so that a shift between channels is not read as an effect.");
        gapWeeks.setValue(defaults.waveGapWeeks());
        firstDue.setValue(defaults.firstDueOn());
        preview.setId("plan-preview");
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(title, program, measure, preDays, washoutDays, postDays,
                minimumRatings, minimumAgents, withinChannel, teams, waves, gapWeeks, firstDue)) {
            field.addValueChangeListener(e -> preview.removeAll());
        }
        var show = new Button("Preview the waves", e -> showPreview());
        show.setId("plan-preview-button");
        var what = new Div(title, program, measure);
        what.addClassName("plan-fields");
        var windows = new Div(preDays, washoutDays, postDays, minimumRatings, minimumAgents);
        windows.addClassName("plan-fields");
        var rollout = new Div(waves, gapWeeks, firstDue);
        rollout.addClassName("plan-fields");
        var help = new Paragraph("Defaults are the Training impact settings. Agents already certified in the program, "
                + "or already assigned it, do not take part.");
        help.addClassName("muted");
        add(new H1("Plan an evaluation"), help, new H2("What is measured"), what, new H2("The analysis"), windows,
                withinChannel, new H2("Who and when"), teams, rollout, error, show, preview);
    }

    private static IntegerField days(String label, String id) {
        var field = new IntegerField(label);
        field.setId(id);
        field.setMin(0);
        field.setStepButtonsVisible(true);
        return field;
    }

    /** The plan as filled in, or null (with the reason shown) when a field is empty. */
    private EvaluationPlan plan() {
        boolean empty = program.isEmpty() || measure.isEmpty() || waves.isEmpty() || firstDue.isEmpty()
                || List.of(preDays, washoutDays, postDays, minimumRatings, minimumAgents, gapWeeks).stream()
                        .anyMatch(AbstractField::isEmpty);
        if (empty) {
            error.setText("Fill in every field: a program, a measure, each number and the first due date.");
            return null;
        }
        return new EvaluationPlan(requestKey, title.getValue(), program.getValue().id(), measure.getValue(),
                preDays.getValue(), washoutDays.getValue(), postDays.getValue(), minimumRatings.getValue(),
                minimumAgents.getValue(), teams.getValue().stream().map(TeamSummary::id).collect(Collectors.toSet()),
                waves.getValue(), gapWeeks.getValue(), firstDue.getValue(), withinChannel.getValue());
    }

    private void showPreview() {
        preview.removeAll();
        error.clear();
        EvaluationPlan plan = plan();
        if (plan == null) {
            return;
        }
        EvaluationPreview shown;
        try {
            shown = evaluations.preview(plan);
        } catch (ValidationException problem) {
            error.show(problem);
            return;
        }
        UserFormats formats = UserFormats.current();
        var counts = new Paragraph(shown.agents() + " agents take part. Left out: " + shown.alreadyCertified()
                + " already certified in the program, " + shown.alreadyAssigned() + " already assigned it. Who goes "
                + "in which wave is drawn at random when you register, with a recorded seed.");
        counts.setId("plan-preview-counts");
        var expected = new Paragraph("The first result can be expected from " + formats.date(shown.firstResultOn())
                + ", when the first wave's window after certification has ended.");
        expected.setId("plan-preview-expected");
        preview.add(new H2("The waves"), counts, new WaveTable("plan-preview-waves", shown.groups()), expected);
        if (!shown.warnings().isEmpty()) {
            var warnings = new UnorderedList(shown.warnings().stream().map(ListItem::new).toArray(ListItem[]::new));
            warnings.setId("plan-preview-warnings");
            warnings.addClassName("impact-doubt");
            preview.add(warnings);
        }
        var fixed = new Paragraph("Once registered, the program, the measure, the windows and the minimums cannot be "
                + "changed: the result is reported exactly as registered. The program is assigned to each wave now, "
                + "due on its date. The plan can be withdrawn, with a reason that stays shown, only until the first "
                + "wave is due.");
        fixed.setId("plan-fixed-warning");
        fixed.addClassName("plan-warning");
        var register = new Button("Register", e -> register(plan));
        register.setId("plan-register");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.setDisableOnClick(true);
        preview.add(fixed, register);
    }

    private void register(EvaluationPlan plan) {
        try {
            long id = evaluations.register(plan);
            getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, EvaluationView.params(id)));
        } catch (ValidationException problem) {
            error.show(problem);
            preview.removeAll();
        }
    }
}
