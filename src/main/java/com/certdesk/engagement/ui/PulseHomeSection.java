package com.certdesk.engagement.ui;

import com.certdesk.base.ui.LearnerHomeSection;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.engagement.EngagementNavigation;
import com.certdesk.engagement.MyPulse;
import com.certdesk.engagement.PulseService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;

/** "Pulse survey" at the top of My learning while a wave waits for the agent's answers. */
@org.springframework.stereotype.Component
class PulseHomeSection implements LearnerHomeSection {

    private final PulseService pulses;

    PulseHomeSection(PulseService pulses) {
        this.pulses = pulses;
    }

    @Override
    public Optional<Component> create() {
        List<MyPulse> waiting = pulses.waiting();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        UserFormats formats = UserFormats.current();
        var title = new H2(waiting.size() == 1 ? "A pulse survey for you" : waiting.size() + " pulse surveys for you");
        title.addClassName("section-title");
        var section = new Div(title);
        for (MyPulse pulse : waiting) {
            var name = new Span(pulse.wave().surveyTitle());
            name.addClassName("assignment-title");
            var when = new Span("About a minute · open until " + formats.date(pulse.wave().closesOn()));
            when.addClassName("assignment-due");
            var answer = new Anchor(EngagementNavigation.answer(pulse.wave().id()), "Answer now");
            answer.setId("pulse-answer-" + pulse.wave().id());
            var row = new Div(name, when, new Span("Confidential: nobody sees your answers."), answer);
            row.addClassNames("assignment-row", "pulse-row");
            section.add(row);
        }
        section.setId("my-pulse");
        section.setWidthFull();
        return Optional.of(section);
    }
}
