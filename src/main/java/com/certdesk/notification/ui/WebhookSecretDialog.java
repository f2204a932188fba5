package com.certdesk.notification.ui;

import com.certdesk.base.ui.CopyButton;
import com.certdesk.notification.CreatedWebhookSecret;
import com.certdesk.notification.internal.WebhookSignatures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The one time an endpoint's signing secret is shown (after it is added or its secret rotated): with a copy button,
 * the warning that it is not shown again and how receivers check a signature. Closed only with Done, and removed from
 * the page when closed, so the secret is gone from the browser.
 */
final class WebhookSecretDialog extends Dialog {

    WebhookSecretDialog(CreatedWebhookSecret created, boolean rotated) {
        setHeaderTitle(rotated ? "Copy the new signing secret now" : "Copy the signing secret now");
        setId("webhook-secret-dialog");
        setWidth("min(640px, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        var secret = new Span(created.secret());
        secret.setId("webhook-secret");
        secret.addClassName("api-token-secret");
        var copy = new CopyButton(created.secret(), "Copy the signing secret");
        copy.setId("copy-webhook-secret");
        var row = new Div(secret, copy);
        row.addClassName("api-token-secret-row");
        var warning = new Paragraph("This is the only time the secret of \"" + created.endpoint().name()
                + "\" is shown: once you close this, nobody can see it again. Give it to the receiving system now. "
                + (rotated ? "The old secret no longer signs anything: deliveries from now on use this one. " : "")
                + "If it is lost, rotate the secret to get a new one.");
        warning.setId("webhook-secret-shown-once");
        var usage = new Paragraph("The receiver checks each delivery: " + WebhookSignatures.SIGNATURE_HEADER
                + " is \"v1=\" and the hex HMAC-SHA256, keyed with this secret, of the "
                + WebhookSignatures.TIMESTAMP_HEADER + " header, a dot and the body. Refuse it when it does not match "
                + "or the timestamp is more than 5 minutes old.");
        usage.addClassNames("muted", "small");
        add(warning, row, usage);
        var done = new Button("Done", e -> close());
        done.setId("webhook-secret-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeFromParent();
            }
        });
    }
}
