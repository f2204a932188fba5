package com.certdesk.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.UiTest;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class PeopleAdminViewsTest extends UiTest {

    @Autowired
    UserAdminService userAdmin;

    private List<UserSummary> usersMatching(String text) {
        return SystemAuthentication.callAsSystem(() -> userAdmin.search(text, true, PageRequest.of(0, 20)).getContent());
    }

    @Test
    void csv_import_with_a_bad_row_is_rejected_whole_and_lists_every_problem() {
        String tag = Fixtures.unique("csvui").replace("-", "");
        signIn(fixtures.user("csv-admin", null, Roles.ADMIN));
        open("admin/users");
        test(find(Button.class).withId("import-users").single()).click();

        byte[] file = String.join("\n", "username,name,email,team,roles",
                tag + "a,Good Person," + tag + "a@example.test,,AGENT",
                tag + "b,Bad Role," + tag + "b@example.test,,PIRATE",
                tag + "c,,not-an-email,,AGENT").getBytes(StandardCharsets.UTF_8);
        test(find(Upload.class).withId("import-upload").single()).upload("people.csv", "text/csv", file);

        Component problems = find(Component.class).withId("import-problems").single();
        assertThat(text(problems)).contains("Line 3", "PIRATE", "Line 4", "name is required", "not-an-email");
        assertThat(find(Button.class).withId("import-confirm").all()).allMatch(b -> !b.isEnabled() || !b.isVisible());
        assertThat(usersMatching(tag)).isEmpty();
    }

    @Test
    void csv_import_of_a_good_file_creates_the_users_after_confirmation() {
        String tag = Fixtures.unique("csvok").replace("-", "");
        signIn(fixtures.user("csv-admin2", null, Roles.ADMIN));
        open("admin/users");
        test(find(Button.class).withId("import-users").single()).click();

        byte[] file = String.join("\n", "username,name,email,team,roles",
                tag + "a,Ana One," + tag + "a@example.test,,AGENT",
                tag + "b,Ben Two," + tag + "b@example.test,,AGENT;MANAGER").getBytes(StandardCharsets.UTF_8);
        test(find(Upload.class).withId("import-upload").single()).upload("people.csv", "text/csv", file);
        assertThat(usersMatching(tag)).isEmpty();

        test(find(Button.class).withId("import-confirm").single()).click();

        assertThat(usersMatching(tag)).extracting(UserSummary::username).containsExactlyInAnyOrder(tag + "a", tag + "b");
        Component result = find(Component.class).withId("import-result").single();
        assertThat(text(result)).contains("2 users imported", "shown only now");
        @SuppressWarnings("unchecked")
        Grid<com.certdesk.people.CreatedAccount> passwords = find(Grid.class, result).single();
        assertThat(passwords.getGenericDataView().getItems().map(a -> a.username()))
                .containsExactly(tag + "a", tag + "b");
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_creates_a_user_from_the_users_page() {
        String username = Fixtures.unique("newbie").toLowerCase();
        signIn(fixtures.user("ui-admin", null, Roles.ADMIN));
        open("admin/users");
        test(find(Button.class).withId("new-user").single()).click();

        test(find(TextField.class).withId("user-username").single()).setValue(username);
        test(find(TextField.class).withId("user-name").single()).setValue("New Bie");
        Component email = find(Component.class).withId("user-email").single();
        if (email instanceof EmailField emailField) {
            test(emailField).setValue(username + "@example.test");
        } else {
            test((TextField) email).setValue(username + "@example.test");
        }
        ((CheckboxGroup<String>) find(CheckboxGroup.class).withId("user-roles").single()).setValue(java.util.Set.of(Roles.AGENT));
        ((com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>) find(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withId("user-password-choice").single())
                .setValue(UserDialog.TYPE);
        test(find(PasswordField.class).withId("user-password").single()).setValue("a-good-password");
        test(find(Button.class).withId("user-save").single()).click();

        assertThat(usersMatching(username)).singleElement().satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("New Bie");
            assertThat(u.roles()).containsExactly(Roles.AGENT);
        });
        assertThat(find(Grid.class).withId("users-grid").exists()).isTrue();
    }

    @Test
    void a_csv_over_the_limit_is_refused_with_a_message_naming_the_limit() {
        signIn(fixtures.user("csv-admin3", null, Roles.ADMIN));
        open("admin/users");
        test(find(Button.class).withId("import-users").single()).click();
        byte[] tooLarge = new byte[com.certdesk.people.UserImportService.MAX_BYTES + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');

        test(find(Upload.class).withId("import-upload").single()).upload("people.csv", "text/csv", tooLarge);

        Component problems = find(Component.class).withId("import-problems").single();
        assertThat(text(problems)).contains("larger than the limit of 5 MB");
        assertThat(find(Button.class).withId("import-confirm").single().isEnabled()).isFalse();
    }
}
