package com.certdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.UiTest;
import com.certdesk.base.ui.CopyButton;
import com.certdesk.security.ApiScope;
import com.certdesk.security.ApiTokenService;
import com.certdesk.security.ApiTokenStatus;
import com.certdesk.security.ApiTokenView;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ApiTokensViewTest extends UiTest {

    @Autowired
    ApiTokenService tokens;

    private List<ApiTokenView> stored(String name) {
        return SystemAuthentication.callAsSystem(() -> tokens.tokens(PageRequest.of(0, 500)).getContent().stream()
                .filter(t -> t.name().equals(name)).toList());
    }

    @SuppressWarnings("unchecked")
    private void createInDialog(String name) {
        test(find(Button.class).withId("new-api-token").single()).click();
        test(find(TextField.class).withId("api-token-name").single()).setValue(name);
        CheckboxGroup<ApiScope> scopes = find(CheckboxGroup.class).withId("api-token-scopes").single();
        assertThat(scopes.getValue()).containsExactly(ApiScope.FEEDBACK_WRITE);
        DatePicker until = find(DatePicker.class).withId("api-token-valid-until").single();
        assertThat(until.getValue()).isEqualTo(SystemAuthentication.callAsSystem(tokens::defaultValidUntil));
        assertThat(until.getMax()).isEqualTo(SystemAuthentication.callAsSystem(tokens::latestValidUntil));
        test(find(Button.class).withId("create-api-token").single()).click();
    }

    @Test
    void admin_creates_a_token_and_sees_its_secret_once_with_a_copy_button() {
        signIn(fixtures.user("tokens-admin", null, Roles.ADMIN));
        open("admin/api-tokens");
        String name = Fixtures.unique("Zendesk production");

        createInDialog(name);

        Span secret = find(Span.class).withId("api-token-secret").single();
        assertThat(secret.getText()).startsWith("cdk_");
        assertThat(find(CopyButton.class).withId("copy-api-token").single().text()).isEqualTo(secret.getText());
        assertThat(text(find(Component.class).withId("api-token-shown-once").single()))
                .contains("only time", "nobody can see it again");
        List<ApiTokenView> made = stored(name);
        assertThat(made).singleElement().satisfies(t -> {
            assertThat(t.status()).isEqualTo(ApiTokenStatus.ACTIVE);
            assertThat(secret.getText()).startsWith("cdk_" + t.publicId() + "_");
        });

        test(find(Button.class).withId("api-token-secret-done").single()).click();
        assertThat(find(Span.class).withId("api-token-secret").all()).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<ApiTokenView> grid = find(Grid.class).withId("api-tokens-grid").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(1);
        // the grid and the page never show the secret again
        assertThat(text((Component) getCurrentView())).doesNotContain(secret.getText());
        assertThat(text(test(grid).getCellComponent(0, 0))).contains(name, "feedback:write")
                .doesNotContain(secret.getText().substring(21));
    }

    @Test
    void a_token_without_a_name_is_not_created_and_the_dialog_says_why() {
        signIn(fixtures.user("tokens-admin", null, Roles.ADMIN));
        open("admin/api-tokens");
        long before = SystemAuthentication.callAsSystem(() -> tokens.tokens(PageRequest.of(0, 1)).getTotalElements());

        createInDialog("   ");

        assertThat(text(find(Component.class).withId("api-token-error").single())).contains("name");
        assertThat(find(Span.class).withId("api-token-secret").all()).isEmpty();
        assertThat(find(Button.class).withId("create-api-token").single().isEnabled()).isTrue();
        assertThat(SystemAuthentication.callAsSystem(() -> tokens.tokens(PageRequest.of(0, 1)).getTotalElements()))
                .isEqualTo(before);
    }

    @Test
    void admin_revokes_a_token_after_confirming_and_it_shows_as_revoked() {
        String admin = fixtures.user("tokens-admin", null, Roles.ADMIN);
        String name = Fixtures.unique("Old survey tool");
        var made = SystemAuthentication.callAsSystem(() -> tokens.create(new com.certdesk.security.NewApiToken(name,
                Set.of(ApiScope.FEEDBACK_WRITE), tokens.defaultValidUntil())));
        signIn(admin);
        open("admin/api-tokens");

        @SuppressWarnings("unchecked")
        var grid = test((Grid<ApiTokenView>) find(Grid.class).withId("api-tokens-grid").single());
        assertThat(text(grid.getCellComponent(0, 0))).as("newest first").contains(name);
        test(revokeButton(grid)).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("revoke-api-token-dialog").single();
        assertThat(stored(name).getFirst().status()).as("nothing happens before confirming")
                .isEqualTo(ApiTokenStatus.ACTIVE);
        test(confirm).confirm();

        assertThat(stored(name).getFirst().status()).isEqualTo(ApiTokenStatus.REVOKED);
        assertThat(stored(name).getFirst().revokedBy()).isEqualTo(admin);
        assertThat(notifications()).anyMatch(n -> n.contains("revoked"));
        assertThat(grid.getCellComponent(0, 4).getChildren().filter(Button.class::isInstance).toList()).isEmpty();
        assertThat(text(grid.getCellComponent(0, 4))).isEqualTo("Revoked");
    }

    private static Button revokeButton(com.vaadin.flow.component.grid.GridTester<?, ?> grid) {
        return (Button) grid.getCellComponent(0, 4).getChildren().filter(Button.class::isInstance).findFirst()
                .orElseThrow();
    }

    @Test
    void only_administrators_reach_the_tokens_page() {
        signIn(fixtures.user("tokens-admin", null, Roles.ADMIN));
        assertThat(open("admin/api-tokens")).isInstanceOf(ApiTokensView.class);
        for (String role : List.of(Roles.AGENT, Roles.MANAGER, Roles.HR)) {
            signIn(fixtures.user("tokens-" + role.toLowerCase(), null, role));
            open("admin/api-tokens");
            assertThat(getCurrentView()).as(role).isInstanceOf(com.certdesk.base.ui.AccessDeniedView.class);
        }
    }
}
