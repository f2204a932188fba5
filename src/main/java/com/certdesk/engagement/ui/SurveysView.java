package com.certdesk.engagement.ui;

import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.SurveyService;
import com.certdesk.engagement.SurveySummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The pulse surveys HR and administrators run: each with its status, audience, schedule and latest wave. */
@Route(value = EngagementNavigation.SURVEYS, layout = MainLayout.class)
@PageTitle("Pulse surveys")
@Menu(title = "Pulse surveys", order = 25, icon = "vaadin:heart-o")
@RolesAllowed({Roles.HR, Roles.ADMIN})
class SurveysView extends VerticalLayout {

    SurveysView(SurveyService surveys) {
        addClassNames("page", "page-wide", "surveys-page");
        setId("surveys");
        UserFormats formats = UserFormats.current();
        var grid = new Grid<SurveySummary>();
        grid.setId("surveys-grid");
        // the six columns fit a laptop's 1280 px beside the menu; the teams asked and the latest wave wrap rather
        // than being cut
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No survey yet. Start with the Service team pulse: ten questions of our own, "
                + "monthly, for everyone.");
        grid.addComponentColumn(s -> new Anchor(EngagementNavigation.SURVEYS + "/" + s.id(), s.title()))
                .setKey("title").setHeader("Survey").setFlexGrow(1).setWidth("11rem");
        grid.addColumn(s -> s.status().label()).setKey("status").setHeader("Status").setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(SurveySummary::audience).setKey("audience").setHeader("Asks").setWidth("11rem")
                .setFlexGrow(1);
        grid.addColumn(s -> s.repetition().label() + ", open " + s.openDays() + (s.openDays() == 1 ? " day" : " days"))
                .setKey("schedule").setHeader("Schedule").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(SurveySummary::items).setKey("items").setHeader("Questions")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(s -> s.latestWave() == null ? "Opens " + formats.date(s.firstOpensOn())
                : "Wave " + s.latestWave().ordinal() + ": " + formats.date(s.latestWave().opensOn()) + " – "
                        + formats.date(s.latestWave().closesOn()) + (s.latestWave().open() ? " (open)" : ""))
                .setKey("latest").setHeader("Latest wave").setWidth("13rem").setFlexGrow(0);
        grid.setItems(surveys.surveys());
        var create = new Button("New survey", e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(EngagementNavigation.SURVEYS + "/new")));
        create.setId("survey-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var results = new Anchor(EngagementNavigation.RESULTS, "Results");
        var actions = new Div(create, results);
        actions.addClassName("page-actions");
        add(new H1("Pulse surveys"), new Paragraph("Agents answer in the portal, on a phone as well as at a desk. "
                + "Their answers are confidential: results show only for groups large enough to protect everyone, "
                + "and nobody, administrators included, can read one person's answers."), actions, grid);
    }
}
