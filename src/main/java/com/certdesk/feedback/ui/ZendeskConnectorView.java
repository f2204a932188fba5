package com.certdesk.feedback.ui;

import com.certdesk.feedback.ZendeskConnector;
import com.certdesk.feedback.ZendeskStatus;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The Zendesk connector: the connection (subdomain, agent e-mail, API token that is never shown again), the scheduled
 * sync switch, and the last sync with its counts and the agents whose ratings were skipped. While a sync runs the
 * page asks the server once a second how it is going, so it stays responsive and shows the outcome.
 */
@Route("admin/feedback/zendesk")
@PageTitle("Zendesk connector")
@Menu(title = "Zendesk connector", order = 31, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
class ZendeskConnectorView extends VerticalLayout {

    static final int POLL_MS = 1000;

    private final ZendeskConnector connector;
    private final ZendeskConnectionForm form;
    private final ZendeskSyncPanel panel;
    private @Nullable Registration polling;
    private boolean wasRunning;

    ZendeskConnectorView(ZendeskConnector connector) {
        this.connector = connector;
        addClassNames("page", "page-narrow", "zendesk-page");
        setPadding(false);
        ZendeskStatus status = connector.status();
        form = new ZendeskConnectionForm(connector, this::show);
        panel = new ZendeskSyncPanel(connector, this::show);
        var intro = new Paragraph("Certdesk pulls customer satisfaction ratings (good/bad) from your Zendesk account "
                + "and attributes each to the agent it names. Only new ratings are fetched after the first sync.");
        intro.addClassName("muted");
        add(new H2("Zendesk connector"), intro, panel, form);
        show(status);
    }

    /** Shows this status everywhere on the page, and polls while a sync runs. */
    void show(ZendeskStatus status) {
        form.show(status);
        panel.show(status);
        if (wasRunning && !status.running()) {
            panel.announceOutcome(status);
        }
        wasRunning = status.running();
        getUI().ifPresent(ui -> ui.setPollInterval(status.running() ? POLL_MS : -1));
    }

    /** Reads the status again (a poll while a sync runs). */
    void refresh() {
        show(connector.status());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        polling = ui.addPollListener(e -> refresh());
        ui.setPollInterval(wasRunning ? POLL_MS : -1);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }
}
