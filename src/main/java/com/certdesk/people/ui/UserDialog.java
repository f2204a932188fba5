package com.certdesk.people.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.people.PeopleRules;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.people.UserSummary;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Creates a user, or edits one: details, roles, team, deactivation and password reset. */
class UserDialog extends Dialog {

    private final UserAdminService users;
    private final @Nullable UserSummary existing;
    private final Runnable onChange;
    private final TextField username = new TextField("Username");
    private final TextField name = new TextField("Name");
    private final EmailField email = new EmailField("Email");
    private final ComboBox<TeamSummary> team = new ComboBox<>("Team");
    private final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    private final DatePicker hireDate = new DatePicker("Hire date");
    private final TextField externalId = new TextField("External helpdesk id");
    private final PasswordField password = new PasswordField("Initial password");
    private final Paragraph error = new Paragraph();

    UserDialog(UserAdminService users, TeamService teams, @Nullable UserSummary existing, Runnable onChange) {
        this.users = users;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(existing == null ? "New user" : existing.displayName());
        setWidth("min(720px, 95vw)");
        username.setId("user-username");
        username.setRequired(true);
        name.setId("user-name");
        name.setRequired(true);
        email.setId("user-email");
        email.setRequired(true);
        List<TeamSummary> teamList = teams.visibleTeams();
        team.setId("user-team");
        team.setItems(teamList);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        roles.setId("user-roles");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        hireDate.setId("user-hire-date");
        UserFormats.current().localize(hireDate);
        externalId.setId("user-external-id");
        externalId.setHelperText("Used to match customer feedback to this agent");
        password.setId("user-password");
        password.setRequired(true);
        password.setMinLength(PeopleRules.MIN_PASSWORD_LENGTH);
        password.setHelperText("At least " + PeopleRules.MIN_PASSWORD_LENGTH + " characters; the user can change it "
                + "under My account.");
        error.addClassName("form-error");
        error.setId("user-error");

        var form = new FormLayout(username, name, email, team, roles, hireDate, externalId);
        if (existing == null) {
            form.add(password);
            roles.setValue(Set.of(Roles.AGENT));
        } else {
            username.setValue(existing.username());
            name.setValue(existing.displayName());
            email.setValue(existing.email());
            roles.setValue(existing.roles());
            teamList.stream().filter(t -> existing.teamId() != null && t.id() == existing.teamId()).findFirst()
                    .ifPresent(team::setValue);
            hireDate.setValue(existing.hireDate());
            externalId.setValue(existing.externalId() == null ? "" : existing.externalId());
            if (!existing.active()) {
                var inactive = new Span("This account is deactivated: the user cannot sign in.");
                inactive.addClassName("muted");
                add(inactive);
            }
        }
        add(form, error);

        var save = new Button(existing == null ? "Create user" : "Save", e -> save(e.getSource()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("user-save");
        var cancel = new Button("Cancel", e -> close());
        if (existing != null) {
            var reset = new Button("Reset password", e -> confirmReset(existing));
            reset.setId("user-reset-password");
            var activation = new Button(existing.active() ? "Deactivate" : "Activate",
                    e -> confirmActivation(existing));
            activation.setId("user-activation");
            if (existing.active()) {
                activation.addThemeVariants(ButtonVariant.ERROR);
            }
            getFooter().add(activation, reset);
        }
        getFooter().add(cancel, save);
    }

    private UserDraft draft(boolean active) {
        return new UserDraft(username.getValue(), name.getValue(), email.getValue(), roles.getValue(),
                team.getValue() == null ? null : team.getValue().id(), hireDate.getValue(), externalId.getValue(),
                active);
    }

    private void save(Button button) {
        try {
            if (existing == null) {
                users.create(draft(true), password.getValue());
                notify("User " + username.getValue().trim() + " created.");
            } else {
                users.update(existing.id(), draft(existing.active()));
                notify("Changes saved.");
            }
            onChange.run();
            close();
        } catch (ValidationException e) {
            error.setText(e.getMessage());
        } finally {
            button.setEnabled(true);
        }
    }

    private void confirmReset(UserSummary user) {
        var confirm = new ConfirmDialog("Reset password?", user.displayName() + " will get a new temporary "
                + "password; the old one stops working.", "Reset", e -> {
                    String temporary = users.resetPassword(user.id());
                    var shown = new Dialog();
                    shown.setHeaderTitle("Temporary password");
                    var code = new Span(temporary);
                    code.addClassName("temporary-password");
                    code.setId("temporary-password");
                    shown.add(new Paragraph("Give this temporary password to " + user.displayName()
                            + ". It is shown only once."), code);
                    shown.getFooter().add(new Button("Done", ev -> shown.close()));
                    shown.open();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void confirmActivation(UserSummary user) {
        if (!user.active()) {
            users.setActive(user.id(), true);
            notify(user.displayName() + " can sign in again.");
            onChange.run();
            close();
            return;
        }
        var confirm = new ConfirmDialog("Deactivate " + user.displayName() + "?", user.displayName()
                + " will no longer be able to sign in. Their learning records are kept.", "Deactivate", e -> {
                    try {
                        users.setActive(user.id(), false);
                        notify(user.displayName() + " is deactivated.");
                        onChange.run();
                        close();
                    } catch (ValidationException ex) {
                        error.setText(ex.getMessage());
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private static void notify(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }
}
