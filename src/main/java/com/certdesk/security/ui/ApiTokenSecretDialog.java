package com.certdesk.security.ui;

import com.certdesk.base.ui.CopyButton;
import com.certdesk.security.CreatedApiToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The one time a new token's secret is shown: with a copy button and the header to send it in. Closed only with
 * Done (not by a stray click beside it or Escape), and removed from the page when closed, so the secret is gone.
 */
final class ApiTokenSecretDialog extends Dialog {

    ApiTokenSecretDialog(CreatedApiToken created) {
        setHeaderTitle("Copy the token now");
        setId("api-token-secret-dialog");
        setWidth("min(640px, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        var secret = new Span(created.secret());
        secret.setId("api-token-secret");
        secret.addClassName("api-token-secret");
        var copy = new CopyButton(created.secret(), "Copy the API token");
        copy.setId("copy-api-token");
        var row = new Div(secret, copy);
        row.addClassName("api-token-secret-row");
        var warning = new Paragraph("This is the only time the token \"" + created.token().name() + "\" is shown. "
                + "Certdesk keeps only a hash of it: once you close this, nobody can see it again. If it is lost, "
                + "create a new token and revoke this one.");
        warning.setId("api-token-shown-once");
        var usage = new Paragraph("The system sends it with every request as the header "
                + "\"Authorization: Bearer <token>\".");
        usage.addClassNames("muted", "small");
        add(warning, row, usage);
        var done = new Button("Done", e -> close());
        done.setId("api-token-secret-done");
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeFromParent();
            }
        });
    }
}
