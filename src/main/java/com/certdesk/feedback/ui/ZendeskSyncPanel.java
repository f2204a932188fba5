package com.certdesk.feedback.ui;

import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.feedback.ZendeskConnector;
import com.certdesk.feedback.ZendeskConnector.SyncRequest;
import com.certdesk.feedback.ZendeskStatus;
import com.certdesk.feedback.ZendeskSyncStatus;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The last sync: status, when, counts, what went wrong, the next run, "Sync now", and the skipped agents. */
class ZendeskSyncPanel extends Div {

    private final ZendeskConnector connector;
    private final Consumer<ZendeskStatus> onChange;
    private final Badge badge = new Badge();
    private final Paragraph message = new Paragraph();
    private final Div facts = new Div();
    private final Div counts = new Div();
    private final Button syncNow = new Button("Sync now", VaadinIcon.REFRESH.create());
    private final Button fetchAgain = new Button("Fetch skipped ratings again");
    private final Div unknown = new Div();
    private final Paragraph unknownIntro = new Paragraph();
    private final Grid<ZendeskStatus.SkippedAgent> agents = new Grid<>();

    ZendeskSyncPanel(ZendeskConnector connector, Consumer<ZendeskStatus> onChange) {
        this.connector = connector;
        this.onChange = onChange;
        addClassNames("zendesk-section", "zendesk-sync");
        badge.setId("zendesk-status");
        message.setId("zendesk-message");
        message.addClassName("zendesk-message");
        facts.setId("zendesk-facts");
        facts.addClassName("zendesk-facts");
        counts.setId("zendesk-counts");
        counts.addClassName("zendesk-counts");
        syncNow.setId("zendesk-sync-now");
        syncNow.addThemeVariants(ButtonVariant.PRIMARY);
        syncNow.setDisableOnClick(true);  // the browser disables it at once: a double click sends one request
        syncNow.addClickListener(e -> start(connector::syncNow));
        fetchAgain.setId("zendesk-fetch-again");
        fetchAgain.setDisableOnClick(true);
        fetchAgain.addClickListener(e -> start(connector::fetchSkippedAgain));

        agents.setId("zendesk-unknown-agents");
        agents.addColumn(ZendeskStatus.SkippedAgent::agentId).setHeader("Agent id").setFlexGrow(2);
        agents.addColumn(ZendeskStatus.SkippedAgent::ratings).setHeader("Ratings skipped").setAutoWidth(true)
                .setFlexGrow(0);
        agents.addColumn(a -> a.earliest() == null ? "" : UserFormats.current().date(a.earliest()))
                .setHeader("Earliest").setAutoWidth(true).setFlexGrow(0);
        agents.setAllRowsVisible(true);
        unknownIntro.setId("zendesk-unknown-intro");
        unknown.add(new H3("Agents Certdesk does not know"), unknownIntro, agents, fetchAgain);
        unknown.addClassName("zendesk-unknown");

        var title = new HorizontalLayout(new H3("Sync"), badge);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, message, facts, counts, syncNow, unknown);
    }

    void show(ZendeskStatus s) {
        badge.setText(s.lastStatus().label());
        badge.removeThemeVariants(BadgeVariant.values());
        switch (s.lastStatus()) {
            case OK -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case RUNNING, RATE_LIMITED, WAITING -> badge.addThemeVariants(BadgeVariant.WARNING);
            case AUTH_REFUSED, FAILED -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NEVER -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        String text = s.lastMessage();
        if (s.lastStatus() == ZendeskSyncStatus.NEVER) {
            text = s.configured() ? "Not synced yet. Sync now, or turn on the automatic sync."
                    : "Save the connection to sync.";
        } else if (s.running()) {
            text = "Sync running since " + time(s.runningSince()) + ": page " + (s.pages() + 1) + "…";
        }
        message.setText(text == null ? "" : text);
        message.getElement().setAttribute("role", "status");

        facts.removeAll();
        fact("Last sync", s.lastStartedAt() == null ? "never" : time(s.lastStartedAt())
                + (s.lastFinishedAt() == null ? "" : " – " + UserFormats.current().time(s.lastFinishedAt())));
        fact("Ratings fetched up to", s.syncedUpTo() == null ? "none yet" : time(s.syncedUpTo()));
        fact("Next automatic sync", !s.enabled() ? "off" : s.nextRunAt() == null ? "—" : time(s.nextRunAt()));
        if (s.rateLimitedUntil() != null) {
            fact("Rate limited until", time(s.rateLimitedUntil()));
        }
        if (s.resumePending() && !s.running()) {
            fact("Continues", "after page " + s.pages() + " of the sync that stopped");
        }

        counts.removeAll();
        count("Pages", s.pages());
        count("New ratings", s.ratingsStored());
        count("Already stored", s.duplicates());
        count("Not ratings (offered)", s.notRatings());
        count("Skipped: unknown agent", s.skippedUnknown());
        count("Skipped: unreadable", s.skippedInvalid());

        // before the first sync there is nothing to count: the page stays short
        boolean synced = s.lastStatus() != ZendeskSyncStatus.NEVER || s.running();
        facts.setVisible(synced);
        counts.setVisible(synced);
        syncNow.setEnabled(s.configured() && !s.running());
        syncNow.setText(s.running() ? "Syncing…" : "Sync now");

        unknown.setVisible(s.unknownAgentRatings() > 0);
        unknownIntro.setText(s.unknownAgentRatings() + (s.unknownAgentRatings() == 1 ? " rating names" : " ratings name")
                + " Zendesk agents that match no Certdesk user, so they were skipped. Give those users the Zendesk "
                + "agent id as their external helpdesk id (Users) or map the id under Agent ids, then fetch the "
                + "skipped ratings again." + (s.unknownAgents().size() >= ZendeskStatus.AGENTS_LISTED
                ? " The " + ZendeskStatus.AGENTS_LISTED + " agents with the most skipped ratings are listed." : ""));
        agents.setItems(s.unknownAgents());
        fetchAgain.setEnabled(!s.running());
    }

    /** After a sync this page was watching ended: a notification with how it went. */
    void announceOutcome(ZendeskStatus s) {
        String text = s.lastMessage() == null ? s.lastStatus().label() : s.lastMessage();
        var n = Toast.show(text, 6000);
        n.addThemeVariants(s.lastStatus() == ZendeskSyncStatus.OK ? NotificationVariant.SUCCESS
                : NotificationVariant.ERROR);
    }

    private void start(java.util.function.Supplier<SyncRequest> request) {
        SyncRequest answer = request.get();
        if (!answer.started()) {
            Toast.show(answer.message(), 5000)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
        onChange.accept(connector.status());
    }

    private void fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("zendesk-fact-label");
        var val = new Span(value);
        val.addClassName("zendesk-fact-value");
        facts.add(new Div(term, val));
    }

    private void count(String label, int value) {
        var number = new Span(String.valueOf(value));
        number.addClassName("zendesk-count-value");
        var name = new Span(label);
        name.addClassName("zendesk-count-label");
        var box = new Div(number, name);
        box.addClassName("zendesk-count");
        counts.add(box);
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "" : UserFormats.current().dateTime(instant);
    }
}
