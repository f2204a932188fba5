package com.certdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.UiTest;
import com.certdesk.base.ui.CopyButton;
import com.certdesk.base.ui.FormError;
import com.certdesk.people.CreatedAccount;
import com.certdesk.people.TeamService;
import com.certdesk.people.TeamSummary;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.people.UserSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The administrator's user and team forms: validation, temporary passwords, unlocking, stale edits. */
class UserAdminFormsTest extends UiTest {

    @Autowired
    UserAdminService userAdmin;
    @Autowired
    TeamService teams;
    @Autowired
    AuthenticationManager authenticationManager;

    @BeforeEach
    void signInAsAdmin() {
        signIn(fixtures.user("forms-admin", null, Roles.ADMIN));
    }

    private List<UserSummary> usersMatching(String text) {
        return SystemAuthentication.callAsSystem(() -> userAdmin.search(text, true, PageRequest.of(0, 20)).getContent());
    }

    private void signInAs(String username, String password) {
        authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private UserDialog openUser(String username) {
        open("admin/users");
        test(find(TextField.class).withId("user-search").single()).setValue(username);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        test(grid).clickRow(0);
        return find(UserDialog.class).single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_new_user_form_marks_every_invalid_field_at_once_and_creates_nobody() {
        open("admin/users");
        test(find(Button.class).withId("new-user").single()).click();
        test(find(TextField.class).withId("user-username").single()).setValue("a");
        test(find(EmailField.class).withId("user-email").single()).setValue("not-an-email");
        ((CheckboxGroup<String>) find(CheckboxGroup.class).withId("user-roles").single()).setValue(Set.of());

        test(find(Button.class).withId("user-save").single()).click();

        assertThat(find(TextField.class).withId("user-username").single().isInvalid()).isTrue();
        assertThat(find(TextField.class).withId("user-name").single().isInvalid()).isTrue();
        assertThat(find(TextField.class).withId("user-name").single().getErrorMessage()).isEqualTo("Name is required.");
        assertThat(find(EmailField.class).withId("user-email").single().isInvalid()).isTrue();
        assertThat(find(CheckboxGroup.class).withId("user-roles").single().isInvalid()).isTrue();
        assertThat(find(FormError.class).withId("user-error").single().getText())
                .isEqualTo("Check the highlighted fields: username, name, email, roles. Nothing was saved yet.");
        assertThat(find(UserDialog.class).single().isOpened()).isTrue();
        assertThat(usersMatching("not-an-email")).isEmpty();
    }

    @Test
    void a_new_user_gets_a_generated_temporary_password_shown_once_with_a_copy_button() {
        String username = Fixtures.unique("gen").toLowerCase();
        open("admin/users");
        test(find(Button.class).withId("new-user").single()).click();
        test(find(TextField.class).withId("user-username").single()).setValue(username);
        test(find(TextField.class).withId("user-name").single()).setValue("Gen Erated");
        test(find(EmailField.class).withId("user-email").single()).setValue(username + "@example.test");

        test(find(Button.class).withId("user-save").single()).click();

        assertThat(usersMatching(username)).singleElement().extracting(UserSummary::displayName).isEqualTo("Gen Erated");
        String password = find(Span.class).withId("temporary-password").single().getText();
        assertThat(password).hasSize(12);
        assertThat(text(find(Component.class).withId("temporary-password-dialog").single())).contains("shown only now");
        assertThat(find(CopyButton.class).withId("copy-temporary-password").single().text()).isEqualTo(password);
        signInAs(username, password);
    }

    @Test
    void after_an_import_each_temporary_password_can_be_copied_and_all_downloaded_as_csv() {
        String tag = Fixtures.unique("csvcopy").replace("-", "");
        open("admin/users");
        test(find(Button.class).withId("import-users").single()).click();
        byte[] file = String.join("\n", "username,name,email,team,roles",
                tag + "a,Ana One," + tag + "a@example.test,,AGENT",
                tag + "b,Ben Two," + tag + "b@example.test,,AGENT").getBytes(StandardCharsets.UTF_8);
        test(find(Upload.class).withId("import-upload").single()).upload("people.csv", "text/csv", file);
        test(find(Button.class).withId("import-confirm").single()).click();

        @SuppressWarnings("unchecked")
        Grid<CreatedAccount> grid = find(Grid.class).withId("import-accounts").single();
        List<CreatedAccount> created = grid.getGenericDataView().getItems().toList();
        assertThat(created).hasSize(2);
        for (int row = 0; row < created.size(); row++) {
            assertThat(((CopyButton) test(grid).getCellComponent(row, 2).getChildren().toList().get(1)).text())
                    .isEqualTo(created.get(row).temporaryPassword());
        }
        Anchor download = find(Anchor.class).withId("import-passwords-csv").single();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(download.getHref()).isNotBlank();
        assertThat(TemporaryPasswords.csv(created)).isEqualTo("username,name,temporary password\r\n"
                + tag + "a,Ana One," + created.get(0).temporaryPassword() + "\r\n"
                + tag + "b,Ben Two," + created.get(1).temporaryPassword() + "\r\n");
    }

    @Test
    void the_password_csv_defuses_names_a_spreadsheet_would_run_as_formulas() {
        assertThat(TemporaryPasswords.csv(List.of(new CreatedAccount("eve", "=HYPERLINK(\"x\")", "pw"))))
                .isEqualTo("username,name,temporary password\r\neve,\"'=HYPERLINK(\"\"x\"\")\",pw\r\n");
    }

    @Test
    void an_admin_sees_a_locked_account_and_unlocks_it_after_confirming() {
        String agent = fixtures.user("locked", null, Roles.AGENT);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signInAs(agent, "guess")).isInstanceOfAny(BadCredentialsException.class,
                    LockedException.class);
        }
        assertThatThrownBy(() -> signInAs(agent, Fixtures.PASSWORD)).isInstanceOf(LockedException.class);

        open("admin/users");
        test(find(TextField.class).withId("user-search").single()).setValue(agent);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).withId("users-grid").single();
        assertThat(text(test(grid).getCellComponent(0, 5))).contains("Locked");
        test(grid).clickRow(0);
        assertThat(find(Span.class).withId("user-locked").single().getText()).contains("locked");
        test(find(Button.class).withId("user-unlock").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(UserDialog.class).exists()).isFalse();
        signInAs(agent, Fixtures.PASSWORD);
    }

    @Test
    void an_unlocked_account_shows_no_unlock_action_and_no_locked_badge() {
        String agent = fixtures.user("free", null, Roles.AGENT);
        openUser(agent);
        assertThat(find(Button.class).withId("user-unlock").exists()).isFalse();
        assertThat(find(Badge.class).all()).noneMatch(b -> b.getText().equals("Locked"));
    }

    @Test
    void saving_a_user_someone_else_changed_meanwhile_shows_the_message_and_saves_nothing() {
        String agent = fixtures.user("stale", null, Roles.AGENT);
        long id = fixtures.userId(agent);
        openUser(agent);
        SystemAuthentication.runAsSystem(() -> {
            UserSummary u = userAdmin.get(id);
            userAdmin.update(id, u.version(), new UserDraft(u.username(), "Changed Elsewhere", u.email(), u.roles(),
                    null, null, null, true));
        });

        test(find(TextField.class).withId("user-name").single()).setValue("Changed Here");
        test(find(Button.class).withId("user-save").single()).click();

        FormError error = find(FormError.class).withId("user-error").single();
        assertThat(error.getText()).isEqualTo("The user Changed Elsewhere was changed by someone else since you opened "
                + "it; reload to see the changes. Nothing was saved.");
        assertThat(error.isStale()).isTrue();
        assertThat(SystemAuthentication.callAsSystem(() -> userAdmin.get(id)).displayName()).isEqualTo("Changed Elsewhere");

        test(find(Button.class).withId("user-error-reload").single()).click();
        assertThat(find(TextField.class).withId("user-name").single().getValue()).isEqualTo("Changed Elsewhere");
    }

    @Test
    void a_password_reset_in_the_dialog_does_not_make_the_same_dialog_stale() {
        String agent = fixtures.user("resetter", null, Roles.AGENT);
        long id = fixtures.userId(agent);
        openUser(agent);
        test(find(Button.class).withId("user-reset-password").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        test(find(Button.class).withText("Done").single()).click();

        test(find(TextField.class).withId("user-name").single()).setValue("Reset Then Renamed");
        test(find(Button.class).withId("user-save").single()).click();

        assertThat(SystemAuthentication.callAsSystem(() -> userAdmin.get(id)).displayName()).isEqualTo("Reset Then Renamed");
    }

    @Test
    void saving_a_team_someone_else_changed_meanwhile_shows_the_message_and_saves_nothing() {
        long teamId = fixtures.team("Stale team");
        open("admin/teams");
        @SuppressWarnings("unchecked")
        Grid<TeamSummary> grid = find(Grid.class).single();
        int row = grid.getGenericDataView().getItems().map(TeamSummary::id).toList().indexOf(teamId);
        test(grid).clickRow(row);
        SystemAuthentication.runAsSystem(() -> {
            TeamSummary t = teams.visibleTeams().stream().filter(x -> x.id() == teamId).findFirst().orElseThrow();
            teams.update(teamId, t.version(), t.name() + " renamed", Set.of());
        });

        test(find(TextField.class).withId("team-name").single()).setValue("Mine");
        test(find(Button.class).withId("team-save").single()).click();

        assertThat(find(FormError.class).withId("team-error").single().getText())
                .contains("was changed by someone else since you opened it; reload to see the changes");
        assertThat(SystemAuthentication.callAsSystem(teams::visibleTeams)).filteredOn(t -> t.id() == teamId)
                .singleElement().extracting(TeamSummary::name).asString().endsWith(" renamed");
    }
}
