package com.certdesk.feedback.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.feedback.ZendeskConnector;
import com.certdesk.feedback.ZendeskSettingsDraft;
import com.certdesk.feedback.ZendeskStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * The connection: subdomain, agent e-mail, API token. The token field is always empty: a saved token is never sent
 * to the browser, the field says when it was saved, and typing a new one replaces it.
 */
class ZendeskConnectionForm extends Div {

    private final ZendeskConnector connector;
    private final Consumer<ZendeskStatus> onChange;
    private final TextField subdomain = new TextField("Zendesk subdomain");
    private final EmailField email = new EmailField("Agent e-mail");
    private final PasswordField token = new PasswordField("API token");
    private final Checkbox enabled = new Checkbox();
    private final Paragraph keyProblem = new Paragraph();
    private final Span tokenState = new Span();
    private final FormError error = new FormError("zendesk-form-error");
    private final Button removeToken = new Button("Remove token");
    private final Span connectsTo = new Span();

    ZendeskConnectionForm(ZendeskConnector connector, Consumer<ZendeskStatus> onChange) {
        this.connector = connector;
        this.onChange = onChange;
        addClassNames("zendesk-section", "zendesk-connection");
        subdomain.setId("zendesk-subdomain");
        subdomain.setPrefixComponent(new Span("https://"));
        subdomain.setSuffixComponent(new Span(".zendesk.com"));
        subdomain.setPlaceholder("yourcompany");
        subdomain.setHelperText("Letters, digits and hyphens: the NAME in https://NAME.zendesk.com");
        subdomain.setMaxLength(63);
        subdomain.setRequired(true);
        email.setId("zendesk-email");
        email.setHelperText("The Zendesk agent (an administrator) the API token belongs to");
        email.setMaxLength(320);
        email.setRequired(true);
        token.setId("zendesk-token");
        token.setMaxLength(500);
        token.setRevealButtonVisible(false);
        token.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        enabled.setId("zendesk-enabled");
        keyProblem.setId("zendesk-key-problem");
        keyProblem.addClassName("zendesk-key-problem");
        tokenState.setId("zendesk-token-state");
        tokenState.addClassName("muted");
        connectsTo.setId("zendesk-connects-to");
        connectsTo.addClassName("muted");

        var form = new FormLayout(subdomain, email, token, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(enabled, 2);

        var save = new Button("Save connection", e -> save());
        save.setId("zendesk-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        removeToken.setId("zendesk-remove-token");
        removeToken.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        removeToken.addClickListener(e -> confirmRemove());
        var buttons = new HorizontalLayout(save, removeToken);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.setWrap(true);
        add(new H3("Connection"), keyProblem, form, tokenState, connectsTo, error, buttons);
    }

    void show(ZendeskStatus status) {
        keyProblem.setText(status.keyProblem() == null ? "" : status.keyProblem());
        keyProblem.setVisible(status.keyProblem() != null);
        if (subdomain.isEmpty() && status.subdomain() != null) {
            subdomain.setValue(status.subdomain());
        }
        if (email.isEmpty() && status.agentEmail() != null) {
            email.setValue(status.agentEmail());
        }
        enabled.setLabel("Sync automatically every " + duration(status.syncEvery()));
        enabled.setValue(status.enabled());
        if (status.tokenSavedAt() != null) {
            token.setPlaceholder("Token saved; type a new one to replace it");
            tokenState.setText("Token saved " + UserFormats.current().dateTime(status.tokenSavedAt())
                    + ". It is stored encrypted and never shown again.");
        } else {
            token.setPlaceholder("Paste the API token");
            tokenState.setText("No token saved yet.");
        }
        removeToken.setVisible(status.tokenSavedAt() != null);
        connectsTo.setText(status.connectsTo() == null ? "" : "Connects to " + status.connectsTo());
        connectsTo.setVisible(status.connectsTo() != null);
    }

    private void save() {
        try {
            ZendeskStatus saved = connector.save(new ZendeskSettingsDraft(subdomain.getValue(), email.getValue(),
                    token.getValue(), enabled.getValue()));
            token.clear();
            subdomain.setValue(saved.subdomain() == null ? "" : saved.subdomain());
            error.setText("");
            Toast.show("Zendesk connection saved.", 3000)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onChange.accept(saved);
        } catch (ValidationException e) {
            error.show(e);
        }
    }

    private void confirmRemove() {
        var dialog = new ConfirmDialog("Remove the API token?", "Certdesk deletes the stored token and stops "
                + "syncing until a new token is saved. Ratings already imported stay.", "Remove token", e -> {
                    token.clear();
                    onChange.accept(connector.removeToken());
                    Toast.show("API token removed.", 3000);
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.open();
    }

    static String duration(java.time.Duration d) {
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " seconds";
        }
        if (d.toMinutes() < 60 || d.toMinutes() % 60 != 0) {
            return d.toMinutes() + " minutes";
        }
        return d.toHours() == 1 ? "hour" : d.toHours() + " hours";
    }
}
