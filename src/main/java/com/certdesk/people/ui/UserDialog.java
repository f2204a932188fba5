package com.certdesk.people.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.base.ui.Toast;
import com.certdesk.people.CreatedAccount;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Creates a user, or edits one: details, roles, team, deactivation, password reset and lifting a sign-in lock.
 * Saving marks every field that is wrong at once; a new user gets a generated temporary password (shown once, as
 * after a CSV import) unless the administrator types one. An edit made on an outdated copy is refused.
 */
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
    private final RadioButtonGroup<String> passwordChoice = new RadioButtonGroup<>("Initial password");
    private final PasswordField password = new PasswordField("Password");
    private final FormError error = new FormError("user-error");
    private final TeamService teams;
    private long version;

    static final String GENERATE = "Generate a temporary password";
    static final String TYPE = "Type one";

    UserDialog(UserAdminService users, TeamService teams, @Nullable UserSummary existing, Runnable onChange) {
        this.users = users;
        this.existing = existing;
        this.onChange = onChange;
        this.teams = teams;
        this.version = existing == null ? 0 : existing.version();
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
        passwordChoice.setId("user-password-choice");
        passwordChoice.setItems(GENERATE, TYPE);
        passwordChoice.setValue(GENERATE);
        passwordChoice.setHelperText("A generated one is shown once after saving, ready to copy.");
        passwordChoice.addValueChangeListener(e -> password.setVisible(TYPE.equals(e.getValue())));
        password.setId("user-password");
        password.setRequired(true);
        password.setMinLength(PeopleRules.MIN_PASSWORD_LENGTH);
        password.setHelperText("At least " + PeopleRules.MIN_PASSWORD_LENGTH + " characters; the user can change it "
                + "under My account.");
        password.setVisible(false);
        error.onReload(this::reopen);

        var form = new FormLayout(username, name, email, team, roles, hireDate, externalId);
        if (existing == null) {
            form.add(passwordChoice, password);
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
            if (users.isLocked(existing.id())) {
                var locked = new Span("This account is locked after too many failed sign-ins. Unlock it once you "
                        + "know it was the user.");
                locked.addClassName("muted");
                locked.setId("user-locked");
                add(locked);
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
            if (users.isLocked(existing.id())) {
                var unlock = new Button("Unlock", e -> confirmUnlock(existing));
                unlock.setId("user-unlock");
                getFooter().add(unlock);
            }
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
            if (!markInvalidFields()) {
                return;
            }
            if (existing == null && GENERATE.equals(passwordChoice.getValue())) {
                CreatedAccount created = users.createWithTemporaryPassword(draft(true));
                notify("User " + created.username() + " created.");
                TemporaryPasswords.dialog(created.displayName(), created.temporaryPassword()).open();
            } else if (existing == null) {
                users.create(draft(true), password.getValue());
                notify("User " + username.getValue().trim() + " created.");
            } else {
                users.update(existing.id(), version, draft(existing.active()));
                notify("Changes saved.");
            }
            onChange.run();
            close();
        } catch (ValidationException e) {
            error.show(e);
        } finally {
            button.setEnabled(true);
        }
    }

    /**
     * Checks every field against the same rules the service applies and marks all that are wrong at once; returns
     * whether the form may be sent. Whether a username or email is taken is left to the service.
     */
    private boolean markInvalidFields() {
        List<String> wrong = new ArrayList<>();
        mark(username, PeopleRules.usernameProblem(username.getValue()), "username", wrong);
        mark(name, PeopleRules.displayNameProblem(name.getValue()), "name", wrong);
        mark(email, PeopleRules.emailProblem(email.getValue()), "email", wrong);
        mark(roles, PeopleRules.rolesProblem(roles.getValue()), "roles", wrong);
        mark(hireDate, hireDate.isInvalid() && hireDate.getValue() == null ? "enter the date as shown, or clear it"
                : null, "hire date", wrong);
        mark(externalId, externalId.getValue().trim().length() > 120 ? "at most 120 characters" : null,
                "external helpdesk id", wrong);
        if (existing == null && TYPE.equals(passwordChoice.getValue())) {
            mark(password, password.getValue().length() < PeopleRules.MIN_PASSWORD_LENGTH
                    ? "at least " + PeopleRules.MIN_PASSWORD_LENGTH + " characters" : null, "password", wrong);
        }
        if (wrong.isEmpty()) {
            error.clear();
            return true;
        }
        error.setText("Check the highlighted field" + (wrong.size() == 1 ? "" : "s") + ": "
                + String.join(", ", wrong) + ". Nothing was saved yet.");
        return false;
    }

    private static void mark(HasValidation field, @Nullable String problem, String label, List<String> wrong) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem == null ? null : sentence(problem));
        if (problem != null) {
            wrong.add(label);
        }
    }

    /** Opens the dialog again with the user as it is now saved (after a stale edit was refused). */
    private void reopen() {
        if (existing != null) {
            close();
            new UserDialog(users, teams, users.get(existing.id()), onChange).open();
        }
    }

    private void confirmUnlock(UserSummary user) {
        var confirm = new ConfirmDialog("Unlock " + user.displayName() + "?", user.displayName() + "'s account was "
                + "locked after too many failed sign-ins. Unlocking lets them try again at once; do it only once you "
                + "know it was them.", "Unlock", e -> {
                    users.unlock(user.id());
                    notify(user.displayName() + " can sign in again.");
                    onChange.run();
                    close();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void confirmReset(UserSummary user) {
        var confirm = new ConfirmDialog("Reset password?", user.displayName() + " will get a new temporary "
                + "password; the old one stops working.", "Reset", e -> {
                    String temporary = users.resetPassword(user.id());
                    // the reset changed the user: later saves from this dialog build on that version
                    version = users.get(user.id()).version();
                    TemporaryPasswords.dialog(user.displayName(), temporary).open();
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
                        error.show(ex);
                    }
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private static String sentence(String problem) {
        return Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".";
    }

    private static void notify(String text) {
        Toast.show(text, 3000).addThemeVariants(NotificationVariant.SUCCESS);
    }
}
