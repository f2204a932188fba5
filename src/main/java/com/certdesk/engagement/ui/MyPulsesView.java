package com.certdesk.engagement.ui;

import com.certdesk.base.ui.EstimateText;
import com.certdesk.base.ui.MainLayout;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.MyPulse;
import com.certdesk.engagement.PulseService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.certdesk.security.Roles;
import com.vaadin.flow.router.Menu;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Every pulse survey that asked the signed-in person, with their own answers in short: only they see this. */
@Route(value = EngagementNavigation.ANSWER, layout = MainLayout.class)
@PageTitle("My pulse surveys")
@Menu(title = "My pulse surveys", order = 3, icon = "vaadin:heart-o")
@RolesAllowed(Roles.AGENT)
class MyPulsesView extends VerticalLayout {

    MyPulsesView(PulseService pulses, com.certdesk.engagement.EngagementSettings settings) {
        addClassNames("page", "pulse-list-page");
        setId("my-pulses");
        UserFormats formats = UserFormats.current();
        List<MyPulse> mine = pulses.mine();
        var list = new Div();
        list.setId("my-pulses-list");
        list.addClassName("assignment-list");
        for (MyPulse p : mine) {
            var name = new Anchor(EngagementNavigation.answer(p.wave().id()), p.wave().surveyTitle());
            name.addClassName("assignment-title");
            var dates = new Span(formats.date(p.wave().opensOn()) + " – " + formats.date(p.wave().closesOn()));
            dates.addClassName("assignment-due");
            var state = new Span(p.answered() ? p.wave().open() ? "Answered; you can change it until it closes"
                    : "Answered" : p.wave().open() ? "Waiting for your answers" : "Not answered");
            state.addClassName("muted");
            var row = new Div(name, dates, state);
            if (p.ownIndex() != null) {
                row.add(new Span("You agreed with " + EstimateText.percent(p.ownIndex()) + " of the statements"
                        + (p.enps() == null ? "" : " · would recommend: " + p.enps() + " of 10")));
            }
            row.addClassNames("assignment-row", "pulse-row");
            if (p.answered()) {
                row.addClassName("done");
            }
            list.add(row);
        }
        if (mine.isEmpty()) {
            list.add(new Paragraph("No pulse survey has asked you yet."));
        }
        add(new H1("My pulse surveys"), new Paragraph(settings.promise() + " This page is yours alone."), list);
    }
}
