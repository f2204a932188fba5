package com.certdesk.engagement.ui;

import com.certdesk.base.Intervals.Estimate;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.ImportedScores;
import com.certdesk.engagement.ScoreResults;
import com.certdesk.engagement.ScoreResults.Group;
import com.certdesk.engagement.ScoreResults.Survey;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.jspecify.annotations.Nullable;

/**
 * Results of engagement scores imported from an outside tool: per measure and survey date, the mean per group with
 * its 95% interval and n, hidden where the confidentiality rules say so. HR and administrators reach the import
 * from here.
 */
@Route(value = EngagementNavigation.SCORES, layout = MainLayout.class)
@PageTitle("Imported engagement scores")
@Menu(title = "Imported engagement", order = 9, icon = "vaadin:upload-alt")
@RolesAllowed({Roles.MANAGER, Roles.HR, Roles.ADMIN})
class ImportedScoresView extends VerticalLayout implements BeforeEnterObserver {

    private final ImportedScores scores;
    private final Select<Survey> survey = new Select<>();
    private final Grid<Group> table = new Grid<>();
    /** The same groups as cards, for a phone's width (the table would scroll sideways there). */
    private final Div cards = new Div();
    private final Paragraph note = new Paragraph();
    private final Div body = new Div();
    private @Nullable ScoreResults shown;

    ImportedScoresView(ImportedScores scores, CurrentUser currentUser) {
        this.scores = scores;
        addClassNames("page", "page-wide", "imported-scores");
        setId("imported-scores");
        UserFormats formats = UserFormats.current();
        survey.setId("scores-survey");
        survey.setLabel("Measure and survey date");
        survey.setItemLabelGenerator(s -> s.measure() + " · " + formats.date(s.surveyDate()) + " · scale "
                + s.scaleMin() + "–" + s.scaleMax());
        survey.addValueChangeListener(e -> refresh());
        table.setId("scores-table");
        table.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        table.setSelectionMode(Grid.SelectionMode.NONE);
        table.setAllRowsVisible(true);
        table.addColumn(Group::name).setHeader("Group").setWidth("14rem").setFlexGrow(1);
        table.addColumn(g -> g.mean() == null ? "" : number(g.mean().value()) + " (" + interval(g.mean()) + ")")
                .setKey("mean").setHeader("Mean score").setWidth("15rem").setFlexGrow(0);
        table.addColumn(g -> g.mean() == null || g.previous() == null ? "" : change(g.mean(), g.previous()))
                .setKey("change").setHeader("Change").setWidth("8rem").setFlexGrow(0);
        table.addColumn(g -> g.people() == null ? g.shown().reason(shown == null ? 0 : shown.threshold(), "people "
                + "scored") : "n = " + g.people()).setKey("n").setHeader("People").setWidth("16rem").setFlexGrow(1);
        table.setPartNameGenerator(g -> g.mean() == null ? "hidden-group" : null);
        note.setId("scores-note");
        note.addClassName("muted");
        var top = new Div(new H1("Imported engagement scores"));
        top.addClassName("page-header");
        if (currentUser.hasAnyRole(Roles.HR, Roles.ADMIN)) {
            var link = new Button("Import scores", VaadinIcon.UPLOAD.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(EngagementNavigation.SCORE_IMPORT)));
            link.setId("scores-import-link");
            top.add(link);
        }
        var filters = new Div(survey);
        filters.addClassName("filters");
        cards.setId("scores-cards");
        cards.addClassName("score-cards");
        body.add(filters, note, table, cards);
        body.setWidthFull();
        add(top, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Survey> surveys = scores.surveys();
        if (surveys.isEmpty()) {
            body.removeAll();
            body.add(new Paragraph("No engagement scores from an outside tool have been imported for your teams. "
                    + "Pulse surveys answered in Certdesk are under Engagement."));
            return;
        }
        survey.setItems(surveys);
        survey.setValue(surveys.getFirst());
    }

    private void refresh() {
        Survey s = survey.getValue();
        if (s == null) {
            return;
        }
        try {
            shown = scores.results(s.measure(), s.surveyDate());
        } catch (NotFoundException e) {
            // its import was undone since the list was loaded (in another tab): say so and list what is left
            List<Survey> left = scores.surveys();
            table.setItems(List.of());
            cards.removeAll();
            survey.setItems(left);
            note.setText("The " + s.measure() + " scores of " + UserFormats.current().date(s.surveyDate()) + " are no "
                    + "longer stored: their import was undone. Choose another survey date.");
            return;
        }
        List<Group> groups = new ArrayList<>();
        groups.add(shown.organization());
        groups.addAll(shown.teams());
        if (shown.others() != null) {
            groups.add(shown.others());
        }
        table.setItems(groups);
        cards.removeAll();
        groups.forEach(g -> cards.add(card(g, shown.threshold())));
        note.setText("Means on the scale " + s.scaleMin() + "–" + s.scaleMax() + " of the outside tool, with 95% "
                + "intervals; people are counted in the team they were in on the survey date (for a date before Certdesk knew their team, in their first team). Every figure is over "
                + "at least " + shown.threshold() + " people; a group that is smaller, or whose figure would let a "
                + "smaller group be worked out, is hidden. Change is from the measure's previous survey date, shown only "
                + "where the group's people scored are the same on both dates or differ by at least "
                + shown.threshold() + ", so that it is never mostly the score of one who joined or left.");
    }

    private static Div card(Group g, int threshold) {
        var card = new Div();
        card.addClassName("score-card");
        var name = new Span(g.name());
        name.addClassName("score-card-name");
        card.add(name);
        if (g.mean() == null) {
            var reason = new Span(g.shown().reason(threshold, "people scored"));
            reason.addClassName("muted");
            card.add(reason);
            card.addClassName("hidden-group");
        } else {
            var value = new Span(number(g.mean().value()) + " (" + interval(g.mean()) + ")");
            value.addClassName("score-card-value");
            card.add(value, new Span("n = " + g.people() + (g.previous() == null ? ""
                    : " · change " + change(g.mean(), g.previous()))));
        }
        return card;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String interval(Estimate e) {
        return "95% CI " + number(e.low()) + " to " + number(e.high());
    }

    private static String change(Estimate now, Estimate before) {
        double d = now.value() - before.value();
        return (d >= 0 ? "+" : "−") + number(Math.abs(d));
    }
}
