package com.certdesk.notification.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.notification.CreatedWebhookSecret;
import com.certdesk.notification.WebhookDeliveryStatus;
import com.certdesk.notification.WebhookDeliveryView;
import com.certdesk.notification.WebhookEndpointSummary;
import com.certdesk.notification.WebhookEndpointView;
import com.certdesk.notification.WebhookService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The selected endpoint: what it is, its actions (edit, send a test event, rotate the secret, delete) and its
 * deliveries ({@link WebhookDeliveriesGrid}). A test event or a retry is tried at once after the click; the page asks
 * the server once a second until that attempt has its answer and then says how it went.
 */
final class WebhookEndpointPanel extends Div {

    static final int POLL_MS = 1000;
    /** Polls before the page stops waiting for an answer (the attempt's timeouts are 15 s by default). */
    static final int MAX_POLLS = 45;

    private final WebhookService service;
    private final Runnable changed;
    private final Consumer<CreatedWebhookSecret> rotated;
    private final H3 title = new H3();
    private final Paragraph details = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final Paragraph none = new Paragraph("Select an endpoint to see its deliveries.");
    private final Div body = new Div();
    private final WebhookDeliveriesGrid deliveries;
    private @Nullable WebhookEndpointView endpoint;
    private @Nullable Watch watch;
    private @Nullable Registration polling;

    /** An attempt the page waits for: the delivery, its attempts before, and what to call it. */
    private record Watch(long deliveryId, int attemptsBefore, String what, int polls) {
        Watch next() {
            return new Watch(deliveryId, attemptsBefore, what, polls + 1);
        }
    }

    WebhookEndpointPanel(WebhookService service, Runnable changed, Consumer<CreatedWebhookSecret> rotated) {
        this.service = service;
        this.changed = changed;
        this.rotated = rotated;
        setId("webhook-panel");
        addClassName("webhook-panel");
        deliveries = new WebhookDeliveriesGrid(service, this::retry);
        title.setId("webhook-panel-title");
        details.addClassNames("muted", "small", "webhook-details");
        outcome.setId("webhook-attempt-outcome");
        outcome.addClassName("webhook-outcome");
        outcome.setVisible(false);
        none.addClassName("muted");
        none.setId("webhook-none-selected");

        var edit = button("Edit\u2026", "edit-webhook", () -> WebhookEndpointDialog.edit(service, current(), e -> {
            Toast.show("\"" + e.name() + "\" saved.", 3000).addThemeVariants(NotificationVariant.SUCCESS);
            changed.run();
        }).open());
        var ping = button("Send test event", "ping-webhook", this::ping);
        var rotate = button("Rotate secret\u2026", "rotate-webhook-secret", this::confirmRotate);
        var delete = button("Delete\u2026", "delete-webhook", this::confirmDelete);
        delete.addThemeVariants(ButtonVariant.ERROR);
        var actions = new Div(edit, ping, rotate, delete);
        actions.addClassNames("toolbar", "webhook-actions");
        var heading = new H3("Deliveries");
        heading.addClassName("webhook-deliveries-heading");
        body.add(title, details, actions, outcome, heading, deliveries);
        body.addClassName("webhook-panel-body");
        add(none, body);
        show(null);
    }

    /** Shows this endpoint (or the hint to select one). */
    void show(@Nullable WebhookEndpointSummary summary) {
        WebhookEndpointView shown = summary == null ? null : summary.endpoint();
        if (shown == null || endpoint == null || shown.id() != endpoint.id()) {
            outcome.setVisible(false);
        }
        endpoint = shown;
        none.setVisible(shown == null);
        body.setVisible(shown != null);
        if (shown == null) {
            return;
        }
        var f = UserFormats.current();
        title.setText(shown.name());
        details.setText(shown.url() + " \u00b7 added " + f.dateTime(shown.createdAt()) + " by " + shown.createdBy()
                + (shown.secretRotatedAt() == null ? "" : " \u00b7 secret rotated " + f.dateTime(shown.secretRotatedAt()))
                + (shown.active() ? "" : " \u00b7 inactive: nothing is sent to it"));
        deliveries.show(shown.id());
    }

    private WebhookEndpointView current() {
        if (endpoint == null) {
            throw new ValidationException("Select an endpoint first.");
        }
        return endpoint;
    }

    private Button button(String text, String id, Runnable action) {
        var button = new Button(text, e -> {
            try {
                action.run();
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        button.setId(id);
        button.setDisableOnClick(true);
        return button;
    }

    private void ping() {
        WebhookEndpointView e = current();
        try {
            long id = service.ping(e.id());
            say("Sending a test event to " + e.name() + "\u2026");
            await(new Watch(id, 0, "The test event", 0));
        } catch (ValidationException ex) {
            say(ex.getMessage());
        }
    }

    private void retry(WebhookDeliveryView delivery) {
        WebhookDeliveryView again = service.retry(delivery.id());
        say("Sending " + delivery.type().label().toLowerCase(java.util.Locale.ROOT) + " again\u2026");
        await(new Watch(again.id(), again.attempts(), "The retried delivery", 0));
    }

    private void await(Watch w) {
        watch = w;
        deliveries.refresh();
        changed.run();
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MS));
    }

    /** One poll while an attempt is awaited: says how it went once it has an answer. */
    void poll() {
        Watch w = watch;
        if (w == null) {
            return;
        }
        WebhookDeliveryView d = service.delivery(w.deliveryId());
        boolean answered = d.attempts() > w.attemptsBefore() || d.status() != WebhookDeliveryStatus.PENDING;
        if (!answered && w.polls() < MAX_POLLS) {
            watch = w.next();
            return;
        }
        watch = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        var f = UserFormats.current();
        String text;
        NotificationVariant variant = NotificationVariant.ERROR;
        if (!answered) {
            text = w.what() + " has no answer yet; its row below shows the outcome when it comes.";
            variant = NotificationVariant.WARNING;
        } else if (d.status() == WebhookDeliveryStatus.DELIVERED) {
            text = w.what() + " was delivered: the endpoint answered " + d.lastResponse() + ".";
            variant = NotificationVariant.SUCCESS;
        } else if (d.status() == WebhookDeliveryStatus.PENDING && d.nextAttemptAt() != null) {
            text = w.what() + " was not accepted (" + d.lastResponse() + "). Next attempt "
                    + f.dateTime(d.nextAttemptAt()) + ".";
        } else {
            text = w.what() + " failed (" + d.lastResponse() + ").";
        }
        say(text);
        Toast.show(text, 5000).addThemeVariants(variant);
        deliveries.refresh();
        changed.run();
    }

    /** Hides the last attempt's outcome (the page was read again, so it may be out of date). */
    void forgetOutcome() {
        if (watch == null) {
            outcome.setVisible(false);
        }
    }

    private void say(String text) {
        outcome.setText(text);
        outcome.setVisible(true);
    }

    private void confirmRotate() {
        WebhookEndpointView e = current();
        var dialog = confirm("rotate-webhook-dialog", "Rotate the secret of \"" + e.name() + "\"?",
                "A new secret signs every delivery from now on, retries of older ones too. The receiver refuses "
                        + "them until it has the new secret, which is shown once, next.", "Rotate secret");
        dialog.addConfirmListener(ev -> rotated.accept(service.rotateSecret(e.id())));
        dialog.open();
    }

    private void confirmDelete() {
        WebhookEndpointView e = current();
        var dialog = confirm("delete-webhook-dialog", "Delete \"" + e.name() + "\"?",
                "Nothing more is sent to " + e.url() + ", and its deliveries are deleted with it. This cannot be "
                        + "undone; to pause it instead, edit it and clear Active.", "Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(ev -> {
            service.delete(e.id());
            Toast.show("\"" + e.name() + "\" deleted.", 3000).addThemeVariants(NotificationVariant.SUCCESS);
            changed.run();
        });
        dialog.open();
    }

    private static ConfirmDialog confirm(String id, String header, String text, String confirm) {
        var dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setConfirmText(confirm);
        return dialog;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        polling = ui.addPollListener(e -> poll());
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
