package com.certdesk.security.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.security.ApiScope;
import com.certdesk.security.ApiTokenService;
import com.certdesk.security.CreatedApiToken;
import com.certdesk.security.NewApiToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

/** A new API token: its name, what it may do, and the last day it works (90 days unless chosen, at most a year). */
final class ApiTokenDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>("Scopes");
    private final DatePicker validUntil = new DatePicker("Works until");
    private final FormError error = new FormError("api-token-error");

    ApiTokenDialog(ApiTokenService tokens, Consumer<CreatedApiToken> created) {
        setHeaderTitle("New API token");
        setId("api-token-dialog");
        setWidth("min(560px, 95vw)");

        name.setId("api-token-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ApiTokenService.MAX_NAME);
        name.setHelperText("Which system uses it, e.g. \"Zendesk production\".");
        name.setWidthFull();

        scopes.setId("api-token-scopes");
        scopes.setItems(ApiScope.offeredScopes());
        scopes.setItemLabelGenerator(s -> s.label() + " — " + s.value());
        scopes.setValue(Set.of(ApiScope.FEEDBACK_WRITE));
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setRequiredIndicatorVisible(true);

        LocalDate latest = tokens.latestValidUntil();
        validUntil.setId("api-token-valid-until");
        UserFormats.current().localize(validUntil);
        validUntil.setMin(latest.minus(ApiTokenService.MAX_VALIDITY));
        validUntil.setMax(latest);
        validUntil.setValue(tokens.defaultValidUntil());
        validUntil.setRequiredIndicatorVisible(true);
        validUntil.setHelperText("The last day it works (organization time); at most a year from today.");

        var form = new FormLayout(name, scopes, validUntil);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);

        var create = new Button("Create token", e -> {
            try {
                if (validUntil.getValue() == null) {
                    throw new ValidationException("Choose the last day the token works.");
                }
                CreatedApiToken token = tokens.create(new NewApiToken(name.getValue(), scopes.getValue(),
                        validUntil.getValue()));
                close();
                created.accept(token);
            } catch (ValidationException ex) {
                error.show(ex);
                e.getSource().setEnabled(true);
            }
        });
        create.setId("create-api-token");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        // a double click creates one token: the button is off from the first click until the answer
        create.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
