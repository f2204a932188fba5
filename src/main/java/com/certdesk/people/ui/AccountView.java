package com.certdesk.people.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.Toast;
import com.certdesk.people.AccountService;
import com.certdesk.people.PeopleRules;
import com.certdesk.people.UserSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The signed-in user's own account: who they are, and changing their password. */
@Route("account")
@PageTitle("My account")
@Menu(title = "My account", order = 100, icon = "vaadin:user-card")
@PermitAll
class AccountView extends VerticalLayout {

    AccountView(AccountService accounts) {
        addClassNames("page", "page-narrow");
        UserSummary me = accounts.me();
        var who = new Paragraph(me.displayName() + " (" + me.username() + ") · " + me.email() + " · "
                + me.roles().stream().map(Roles::label).sorted().collect(Collectors.joining(", "))
                + (me.teamName() == null ? "" : " · " + me.teamName()));
        who.setId("account-summary");

        var current = new PasswordField("Current password");
        current.setId("current-password");
        var fresh = new PasswordField("New password");
        fresh.setId("new-password");
        fresh.setHelperText("At least " + PeopleRules.MIN_PASSWORD_LENGTH + " characters.");
        var repeat = new PasswordField("Repeat the new password");
        repeat.setId("repeat-password");
        var error = new Paragraph();
        error.addClassName("form-error");
        error.setId("password-error");
        var save = new Button("Change password", e -> {
            try {
                if (!fresh.getValue().equals(repeat.getValue())) {
                    throw new ValidationException("The two new passwords are not the same.");
                }
                accounts.changePassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                error.setText("");
                Toast.show("Your password has been changed.", 3000)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (ValidationException ex) {
                error.setText(ex.getMessage());
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("change-password");
        var form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        add(who, new H3("Change password"), form, error, save);
    }
}
