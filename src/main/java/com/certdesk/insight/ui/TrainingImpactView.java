package com.certdesk.insight.ui;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.TrainingImpact;
import com.certdesk.insight.TrainingImpactService;
import com.certdesk.people.TeamSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Did certification change what customers say? The training-impact estimate for a program, a measure and a team (or
 * the organization), in plain words with its interval and sample sizes, month by month around certification, and
 * what it cannot tell.
 */
@Route(value = TrainingImpactView.ROUTE, layout = MainLayout.class)
@PageTitle("Training impact")
@Menu(title = "Training impact", order = 4.5, icon = "vaadin:chart-line")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class TrainingImpactView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE = com.certdesk.insight.PerformanceNavigation.IMPACT;
    private static final TeamSummary ORGANIZATION = new TeamSummary(-1, "Whole organization", List.of(), 0, 0);

    private final TrainingImpactService impact;
    /** What is compared: earning a program's certificate, or completing one module. */
    record Training(boolean module, long id, String name) {
    }

    private final Select<Training> program = new Select<>();
    /** A customer-feedback measure, or (measure null) the engagement index of the pulse surveys. */
    record Metric(@org.jspecify.annotations.Nullable Measure measure) {

        static final Metric ENGAGEMENT = new Metric(null);

        String label() {
            return measure == null ? "Engagement index (pulse surveys)"
                    : measure.label() + " (" + measure.meaning() + ")";
        }
    }

    private final Select<Metric> measure = new Select<>();
    private final com.certdesk.insight.EngagementImpactService engagementImpact;
    private final Select<TeamSummary> team = new Select<>();
    private final Checkbox withinChannel = new Checkbox("Compare within each channel");
    private final Div result = new Div();
    private List<TeamSummary> choices = List.of();
    private List<Training> programs = List.of();
    private boolean listening;

    TrainingImpactView(TrainingImpactService impact, com.certdesk.insight.EngagementImpactService engagementImpact) {
        this.impact = impact;
        this.engagementImpact = engagementImpact;
        addClassNames("page", "page-wide", "training-impact");
        setId("training-impact");
        program.setId("impact-program");
        program.setLabel("Training");
        program.setItemLabelGenerator(t -> t.module() ? "Module: " + t.name() : t.name() + " (certificate)");
        measure.setId("impact-measure");
        measure.setLabel("Measure");
        List<Metric> metrics = new ArrayList<>();
        for (Measure m : Measure.values()) {
            metrics.add(new Metric(m));
        }
        metrics.add(Metric.ENGAGEMENT);
        measure.setItems(metrics);
        measure.setItemLabelGenerator(Metric::label);
        team.setId("impact-team");
        team.setLabel("Trained agents of");
        team.setItemLabelGenerator(TeamSummary::name);
        List<TeamSummary> teams = new ArrayList<>();
        if (impact.mayAskOrganization()) {
            teams.add(ORGANIZATION);
        }
        teams.addAll(impact.teams());
        team.setItems(teams);
        List<Training> all = new ArrayList<>();
        impact.programs().forEach(p -> all.add(new Training(false, p.id(), p.name())));
        impact.modules().forEach(m -> all.add(new Training(true, m.id(), m.title())));
        program.setItems(all);
        result.setId("impact-result");
        result.setWidthFull();
        withinChannel.setId("impact-within-channel");
        withinChannel.setTooltipText("Computes the change within email, chat, phone and the other channels and "
                + "averages it by the certified agents' channel mix, so that a move between channels is not read "
                + "as an effect of training");
        var filters = new Div(program, measure, team, withinChannel);
        filters.addClassName("filters");
        var evaluations = new com.vaadin.flow.router.RouterLink("Planned evaluations: analyses registered before a "
                + "rollout", EvaluationsView.class);
        evaluations.setId("evaluations-link");
        add(new H1("Training impact"), evaluations, filters, result);
        choices = teams;
        programs = all;
        if (all.isEmpty() || teams.isEmpty()) {
            result.add(new Paragraph(all.isEmpty() ? "There is no certification program yet."
                    : "You manage no team yet: the analysis compares the certified agents of a team."));
            return;
        }
    }

    /** {@code ?team=ID} (from the Team dashboard) and {@code ?program=ID} choose what is shown first. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        Long wantedTeam = number(query.getSingleParameter("team").orElse(null));
        Long wantedProgram = number(query.getSingleParameter("program").orElse(null));
        if (!choices.isEmpty()) {
            team.setValue(choices.stream().filter(t -> wantedTeam != null && t.id() == wantedTeam).findFirst()
                    .orElse(choices.getFirst()));
        }
        if (programs.isEmpty() || choices.isEmpty()) {
            return;
        }
        program.setValue(programs.stream().filter(p -> !p.module() && wantedProgram != null && p.id() == wantedProgram)
                .findFirst()
                .orElse(programs.getFirst()));
        measure.setValue(new Metric(Measure.CSAT));
        if (!listening) {
            listening = true;
            program.addValueChangeListener(e -> refresh());
            measure.addValueChangeListener(e -> refresh());
            team.addValueChangeListener(e -> refresh());
            withinChannel.addValueChangeListener(e -> refresh());
        }
        refresh();
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void refresh() {
        result.removeAll();
        if (program.getValue() == null || measure.getValue() == null || team.getValue() == null) {
            return;
        }
        Long teamId = team.getValue() == ORGANIZATION ? null : team.getValue().id();
        Measure chosen = measure.getValue().measure();
        withinChannel.setEnabled(chosen != null);
        if (chosen == null) {
            showEngagement(teamId);
            return;
        }
        TrainingImpact r;
        try {
            Training t = program.getValue();
            r = t.module() ? impact.impactOfModule(t.id(), chosen, teamId, withinChannel.getValue())
                    : impact.impact(t.id(), chosen, teamId, withinChannel.getValue());
        } catch (NotFoundException e) {
            result.add(new Paragraph(e.getMessage()));
            return;
        }
        result.add(new ImpactSummary(r));
        if (r.effect() != null) {
            result.add(EventStudyFigures.of(r));
        }
        result.add(ImpactSummary.method(r));
        if (!program.getValue().module()) {
            result.add(association(program.getValue().id(), teamId));
        }
        result.add(caveats(true));
    }

    /** The engagement index: one figure from group figures only, its method, no month-by-month view. */
    private void showEngagement(Long teamId) {
        com.certdesk.insight.EngagementImpact r;
        try {
            Training t = program.getValue();
            r = engagementImpact.impact(t.id(), t.module(), teamId);
        } catch (NotFoundException e) {
            result.add(new Paragraph(e.getMessage()));
            return;
        }
        var sentence = new Paragraph(r.sentence());
        sentence.setId("impact-sentence");
        sentence.addClassName("impact-sentence");
        result.add(sentence);
        if (r.effect() != null) {
            result.add(ImpactSummary.cards(List.of(
                    ImpactSummary.card("Effect", EventStudyFigures.signed(r.effect().points()), "95% interval "
                            + EventStudyFigures.signed(r.effect().low()) + " to "
                            + EventStudyFigures.signed(r.effect().high()) + " points"),
                    ImpactSummary.card("Cohorts compared", String.valueOf(r.cohortsUsed()), r.cohortsWithheld() == 0
                            ? "none left out" : r.cohortsWithheld() + " left out for confidentiality"),
                    ImpactSummary.card("Responses", String.format(Locale.ROOT, "%,d", r.treatedResponses()
                            + r.controlResponses()), String.format(Locale.ROOT, "%,d of the trained",
                                    r.treatedResponses())))));
        }
        String when = r.module() ? "completion" : "certification";
        var method = new Paragraph(String.format(Locale.ROOT, "How: for the agents trained in each month, their "
                + "engagement index (each respondent's share of favourable answers in the pulse waves closed in the "
                + "%d days before the month of %s, then in the %d days from %d days after it) is compared with that of "
                + "agents not yet trained over the same days, from group figures only: a month's agents count only "
                + "when they and the others are each at least %d respondents in both windows (a team's, when its "
                + "part can be told without revealing a smaller one), never a person's answers. The interval is "
                + "deliberately wide (it assumes the worst about how months and windows go together). There is no "
                + "month-by-month view: pulse waves are too few for it.", r.preDays(), when, r.postDays(),
                r.washoutDays(), r.threshold()));
        method.addClassName("muted");
        method.setId("impact-method");
        result.add(method, caveats(false));
    }

    private Div association(long programId, Long teamId) {
        var text = new Paragraph(impact.quizAssociation(programId, teamId).sentence());
        text.setId("impact-association");
        var box = new Div(new H2("Quiz scores and CSAT afterwards"), text);
        box.setId("impact-association-box");
        return box;
    }

    /** @param customers whether the figures are customers' ratings (with a month-by-month chart), not engagement */
    private static Div caveats(boolean customers) {
        var list = new UnorderedList(
                new ListItem("Who was trained first was not chosen at random: agents who seek training may differ "
                        + "from the others in ways that also change their scores." + (customers ? " The "
                        + "month-by-month chart shows whether the trained agents were already changing before." : "")),
                new ListItem("Small groups give wide intervals: an interval that includes zero means the data are "
                        + "also consistent with no effect."),
                new ListItem(customers ? "Surveys reach some customers more than others, and only some answer."
                        : "Only some agents answer each pulse, and who answers may change with training."),
                new ListItem("This is an average over the trained agents, not a verdict on any one of them."));
        var box = new Div(new H2("What this cannot tell you"), list);
        box.setId("impact-caveats");
        return box;
    }

}
