package com.certdesk.notification.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.notification.CreatedWebhookSecret;
import com.certdesk.notification.WebhookEndpointDraft;
import com.certdesk.notification.WebhookEndpointView;
import com.certdesk.notification.WebhookEventType;
import com.certdesk.notification.WebhookService;
import com.certdesk.notification.internal.WebhookUrls;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Adds an endpoint or changes one: its name (which system receives the events), its address (refused with
 * {@link WebhookUrls}' reason on the field as soon as it is typed), the events it receives with what each means, and
 * whether it is active. A new endpoint's secret is shown once by the caller.
 */
final class WebhookEndpointDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final TextField url = new TextField("Address (URL)");
    private final CheckboxGroup<WebhookEventType> events = new CheckboxGroup<>("Events it receives");
    private final Checkbox active = new Checkbox("Active: send it events");
    private final FormError error = new FormError("webhook-error");

    /** A new endpoint; {@code created} gets it with its secret. */
    static WebhookEndpointDialog add(WebhookService service, Consumer<CreatedWebhookSecret> created) {
        return new WebhookEndpointDialog(service, null, created, e -> { });
    }

    /** Changes {@code endpoint}; {@code saved} gets the stored version. */
    static WebhookEndpointDialog edit(WebhookService service, WebhookEndpointView endpoint,
            Consumer<WebhookEndpointView> saved) {
        return new WebhookEndpointDialog(service, endpoint, c -> { }, saved);
    }

    private WebhookEndpointDialog(WebhookService service, @Nullable WebhookEndpointView endpoint,
            Consumer<CreatedWebhookSecret> created, Consumer<WebhookEndpointView> saved) {
        setHeaderTitle(endpoint == null ? "Add a webhook endpoint" : "Edit " + endpoint.name());
        setId("webhook-dialog");
        setWidth("min(640px, 95vw)");

        name.setId("webhook-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(WebhookService.MAX_NAME);
        name.setHelperText("Which system receives the events, e.g. \"Workday (HR)\".");
        name.setWidthFull();

        url.setId("webhook-url");
        url.setRequiredIndicatorVisible(true);
        url.setMaxLength(WebhookUrls.MAX_LENGTH);
        url.setPlaceholder("https://hooks.example.com/certdesk");
        url.setHelperText("Certdesk POSTs each event here as signed JSON. https:// only (http:// for this machine).");
        url.setValueChangeMode(ValueChangeMode.ON_BLUR);
        url.addValueChangeListener(e -> urlProblem());
        url.setWidthFull();

        events.setId("webhook-events");
        events.setItems(Arrays.stream(WebhookEventType.values()).filter(WebhookEventType::subscribable).toList());
        events.setItemLabelGenerator(t -> t.label() + " (" + t.wireName() + ")");
        events.setItemHelperGenerator(WebhookTexts::description);
        events.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        events.setRequiredIndicatorVisible(true);

        active.setId("webhook-active");
        if (endpoint == null) {
            events.setValue(Set.of(WebhookEventType.CERTIFICATE_ISSUED, WebhookEventType.PROGRAM_COMPLETED));
            active.setValue(true);
        } else {
            name.setValue(endpoint.name());
            url.setValue(endpoint.url());
            events.setValue(endpoint.eventTypes());
            active.setValue(endpoint.active());
        }

        var form = new FormLayout(name, url, events, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);

        var save = new Button(endpoint == null ? "Add endpoint" : "Save", e -> {
            try {
                if (urlProblem()) {
                    throw new ValidationException("Correct the address first.");
                }
                var draft = new WebhookEndpointDraft(name.getValue(), url.getValue(), events.getValue(),
                        active.getValue(), endpoint == null ? 0 : endpoint.version());
                if (endpoint == null) {
                    CreatedWebhookSecret made = service.create(draft);
                    close();
                    created.accept(made);
                } else {
                    WebhookEndpointView after = service.update(endpoint.id(), draft);
                    close();
                    saved.accept(after);
                }
            } catch (ValidationException ex) {
                error.show(ex);
                e.getSource().setEnabled(true);
            }
        });
        save.setId("save-webhook");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        // a double click adds one endpoint: the button is off from the first click until the answer
        save.setDisableOnClick(true);
        var cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-webhook");
        getFooter().add(cancel, save);
    }

    /** Marks the address field with the reason it would be refused; true when it would be. */
    private boolean urlProblem() {
        try {
            WebhookUrls.check(url.getValue());
            url.setInvalid(false);
            url.setErrorMessage("");
            return false;
        } catch (ValidationException e) {
            url.setErrorMessage(e.getMessage());
            url.setInvalid(true);
            return true;
        }
    }
}
