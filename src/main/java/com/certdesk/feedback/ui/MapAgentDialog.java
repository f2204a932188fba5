package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.Toast;
import com.certdesk.feedback.AgentAliases;
import com.certdesk.feedback.ImportCheck.UnknownAgent;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/**
 * Maps an agent id (or e-mail) a file names to a Certdesk user: later ratings of that agent from that source, and
 * this file once checked again, find the user. The users are found as the administrator types (a lazy, paged search).
 */
final class MapAgentDialog extends Dialog {

    MapAgentDialog(UnknownAgent agent, AgentAliases aliases, UserAdminService users, Runnable onMapped) {
        setId("map-agent-dialog");
        setHeaderTitle("Map an agent id to a user");
        setWidth("min(34em, 95vw)");
        var what = new Paragraph();
        what.add(new Span("Ratings from "), strong(agent.sourceSystem()), new Span(" naming agent "),
                strong(agent.agent()), new Span(" (" + agent.ratings() + " in this file) belong to:"));
        var user = new ComboBox<UserSummary>("Certdesk user");
        user.setId("map-agent-user");
        user.setWidthFull();
        user.setPlaceholder("Type a name, username or e-mail");
        user.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        user.setItems(query -> users.search(query.getFilter().orElse(""), false,
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        user.setRequiredIndicatorVisible(true);
        var save = new Button("Map and check again", e -> {
            if (user.getValue() == null) {
                user.setInvalid(true);
                user.setErrorMessage("Choose the user this agent id belongs to.");
                return;
            }
            try {
                aliases.map(agent.sourceSystem(), agent.agent(), user.getValue().id());
            } catch (ValidationException ex) {
                user.setInvalid(true);
                user.setErrorMessage(ex.getMessage());
                return;
            }
            close();
            Toast.show(agent.agent() + " is now " + user.getValue().displayName() + "; checking again.", 4000);
            onMapped.run();
        });
        save.setId("map-agent-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(what, user);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static Span strong(String text) {
        var span = new Span(text);
        span.addClassName("strong");
        return span;
    }
}
