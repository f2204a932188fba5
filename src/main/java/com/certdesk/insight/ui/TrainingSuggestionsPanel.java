package com.certdesk.insight.ui;

import com.certdesk.base.ui.DueDateDialog;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.insight.PerformanceNavigation;
import com.certdesk.insight.ReportPeriod;
import com.certdesk.insight.SkillSuggestionService;
import com.certdesk.insight.TrainingSuggestions;
import com.certdesk.insight.TrainingSuggestions.AgentSuggestion;
import com.certdesk.insight.TrainingSuggestions.AreaSuggestion;
import com.certdesk.insight.TrainingSuggestions.SuggestedModule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;

/**
 * The dashboard's "Training suggestions": per agent, the skill areas customers' negative ratings point at (with n
 * and the agent's ratings in the period) and the published modules of each area the agent has not completed, with
 * an Assign button for managers and administrators (a due date, default in 30 days) or the due date when the module
 * is assigned already. Cards that wrap, so a phone shows them one under the other. Always labelled as a suggestion.
 */
class TrainingSuggestionsPanel extends Div {

    /** Days until a suggested module is due, unless chosen otherwise. */
    static final int DEFAULT_DUE_DAYS = 30;

    private final SkillSuggestionService suggestions;
    private final boolean canAssign;
    private final boolean admin;
    private final Div content = new Div();
    private long teamId;
    private ReportPeriod period;

    TrainingSuggestionsPanel(SkillSuggestionService suggestions, boolean canAssign, boolean admin,
            ReportPeriod period) {
        this.suggestions = suggestions;
        this.canAssign = canAssign;
        this.admin = admin;
        this.period = period;
        setId("training-suggestions");
        addClassName("training-suggestions");
        var note = new Paragraph(SkillSuggestionService.NOT_A_VERDICT);
        note.setId("suggestions-note");
        note.addClassNames("muted", "small");
        content.addClassName("suggestion-cards");
        add(new H3("Training suggestions"), note, content);
    }

    void show(long teamId, ReportPeriod period) {
        this.teamId = teamId;
        this.period = period;
        refresh();
    }

    private void refresh() {
        content.removeAll();
        TrainingSuggestions shown = suggestions.suggestions(teamId, period);
        if (!shown.mapped()) {
            content.add(emptyState(admin
                    ? "No feedback reasons are mapped to skill areas yet. Map them under "
                    : "No feedback reasons are mapped to skill areas yet. An administrator maps them under ", true));
            return;
        }
        if (shown.agents().isEmpty()) {
            content.add(emptyState("No agent has " + shown.minimumSignals() + " or more negative signals in one "
                    + "skill area in this period: nothing to suggest.", false));
            return;
        }
        for (AgentSuggestion agent : shown.agents()) {
            content.add(card(agent));
        }
    }

    private Paragraph emptyState(String text, boolean linkToMappings) {
        var empty = new Paragraph(text);
        empty.setId("suggestions-empty");
        empty.addClassName("empty-state");
        if (linkToMappings) {
            empty.add(admin ? new Anchor(PerformanceNavigation.SKILL_SIGNALS, "Feedback \u2192 skill areas")
                    : new Span("Feedback \u2192 skill areas"));
            empty.add(".");
        }
        return empty;
    }

    private Div card(AgentSuggestion agent) {
        var card = new Div();
        card.addClassName("suggestion-card");
        card.setId("suggestion-" + agent.userId());
        card.add(new H4(agent.displayName()));
        for (AreaSuggestion area : agent.areas()) {
            var heading = new Div(new Span(area.area().label()));
            heading.addClassName("suggestion-area");
            var n = new Span(area.signals() + " negative of " + agent.ratings() + " ratings");
            n.addClassNames("muted", "small");
            n.setId("signals-" + agent.userId() + "-" + area.area().name());
            heading.add(n);
            card.add(heading);
            if (area.modules().isEmpty()) {
                // said plainly, so the card is not read as a bare area with nothing to do or a missing button
                var none = new Paragraph("No published module in " + area.area().label() + " that "
                        + agent.displayName() + " has not completed.");
                none.addClassNames("muted", "small", "suggestion-none");
                none.setId("no-module-" + agent.userId() + "-" + area.area().name());
                card.add(none);
            }
            for (SuggestedModule module : area.modules()) {
                card.add(moduleLine(agent, module));
            }
        }
        return card;
    }

    private Div moduleLine(AgentSuggestion agent, SuggestedModule module) {
        var line = new Div(new Span(module.title()));
        line.addClassName("suggestion-module");
        String id = agent.userId() + "-" + module.moduleId();
        if (module.dueOn() != null) {
            var assigned = new Span("assigned, due " + UserFormats.current().date(module.dueOn()));
            assigned.addClassNames("muted", "small");
            assigned.setId("assigned-" + id);
            line.add(assigned);
        } else if (canAssign) {
            var assign = new Button("Assign", e -> openAssign(agent, module));
            assign.addThemeVariants(ButtonVariant.SMALL);
            assign.setId("assign-" + id);
            assign.setAriaLabel("Assign " + module.title() + " to " + agent.displayName());
            line.add(assign);
        }
        return line;
    }

    private void openAssign(AgentSuggestion agent, SuggestedModule module) {
        LocalDate today = suggestions.today();
        new DueDateDialog("Assign \u201c" + module.title() + "\u201d", "To " + agent.displayName()
                + ", suggested from customer feedback. They are told and find it under My learning.", "Due date",
                "Assign", today, today.plusDays(DEFAULT_DUE_DAYS), due -> {
                    suggestions.assign(agent.userId(), module.moduleId(), due);
                    Toast.show(module.title() + " assigned to " + agent.displayName() + ", due "
                            + UserFormats.current().date(due) + ".").addThemeVariants(NotificationVariant.SUCCESS);
                    refresh();
                }).open();
    }
}
