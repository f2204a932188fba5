package com.certdesk.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.feedback.ZendeskConnector;
import com.certdesk.feedback.ZendeskStatus;
import com.certdesk.feedback.ZendeskTestServer;
import com.certdesk.feedback.ZendeskTestServer.Answer;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

class ZendeskConnectorViewTest extends UiTest {

    static final String TOKEN = "uiT0kenNeverShown9876";

    @Autowired ConfigurableEnvironment environment;
    @Autowired ZendeskConnector connector;
    @Autowired UserAdminService users;
    @Autowired JdbcTemplate jdbc;

    ZendeskTestServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new ZendeskTestServer();
        server.pointAt(environment);
    }

    @AfterEach
    void stopServer() {
        server.close();
        ZendeskTestServer.unpoint(environment);
    }

    @Test
    void admin_connects_zendesk_and_the_token_is_never_shown_again() {
        signIn(fixtures.user("zd-ui-admin", null, Roles.ADMIN));
        String subdomain = "ui-" + ZendeskTestServer.uniqueId();
        ZendeskConnectorView view = (ZendeskConnectorView) open("admin/feedback/zendesk");

        fill(subdomain, TOKEN);
        test(find(Button.class).withId("zendesk-save").single()).click();

        assertThat(notifications()).contains("Zendesk connection saved.");
        assertThat(connector.status().enabled()).isTrue();
        assertThat(find(Checkbox.class).withId("zendesk-enabled").single().getValue()).isTrue();
        assertThat(find(PasswordField.class).withId("zendesk-token").single().getValue()).isEmpty();
        assertThat(text(find(Component.class).withId("zendesk-token-state").single())).startsWith("Token saved ")
                .contains("never shown again");
        assertThat(view.getElement().getOuterHTML()).doesNotContain(TOKEN);
        // a new visit: the form has the subdomain and e-mail, never the token
        view = (ZendeskConnectorView) open("admin/feedback/zendesk");
        assertThat(find(TextField.class).withId("zendesk-subdomain").single().getValue()).isEqualTo(subdomain);
        assertThat(find(PasswordField.class).withId("zendesk-token").single().getValue()).isEmpty();
        assertThat(view.getElement().getOuterHTML()).doesNotContain(TOKEN);
        assertThat(text(find(Component.class).withId("zendesk-connects-to").single()))
                .contains(server.baseUrl());
    }

    @Test
    void a_bad_subdomain_is_refused_with_a_reason_and_what_was_typed_stays() {
        signIn(fixtures.user("zd-ui-admin", null, Roles.ADMIN));
        open("admin/feedback/zendesk");

        fill("acme support", TOKEN);
        test(find(Button.class).withId("zendesk-save").single()).click();

        assertThat(text(find(Component.class).withId("zendesk-form-error").single()))
                .contains("NAME in https://NAME.zendesk.com");
        assertThat(find(TextField.class).withId("zendesk-subdomain").single().getValue()).isEqualTo("acme support");
    }

    @Test
    void admin_syncs_now_and_sees_the_counts_and_the_unknown_agents() {
        long known = ZendeskTestServer.uniqueId();
        long stranger = ZendeskTestServer.uniqueId();
        SystemAuthentication.runAsSystem(() -> users.create(new UserDraft("zdui" + known, "Agent " + known,
                "zdui" + known + "@example.test", Set.of(Roles.AGENT), null, null, String.valueOf(known), true),
                "correct-horse-42"));
        String page = ZendeskTestServer.page(List.of(
                ZendeskTestServer.rating(ZendeskTestServer.uniqueId(), known, "good", "2025-06-01T10:00:00Z", "Great"),
                ZendeskTestServer.rating(ZendeskTestServer.uniqueId(), known, "offered", "2025-06-01T11:00:00Z", ""),
                ZendeskTestServer.rating(ZendeskTestServer.uniqueId(), stranger, "bad", "2025-06-02T10:00:00Z",
                        "<b>slow</b>")), null, null);
        server.answer(r -> {
            pause(300);  // long enough for the page to see the sync running, as a real one would
            return Answer.json(page);
        });
        signIn(fixtures.user("zd-ui-admin", null, Roles.ADMIN));
        ZendeskConnectorView view = (ZendeskConnectorView) open("admin/feedback/zendesk");
        fill("ui-" + ZendeskTestServer.uniqueId(), TOKEN);
        test(find(Button.class).withId("zendesk-save").single()).click();

        Button syncNow = find(Button.class).withId("zendesk-sync-now").single();
        test(syncNow).click();
        assertThat(syncNow.isDisableOnClick()).isTrue();
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !connector.status().running());
        view.refresh();  // what the page's poll does

        assertThat(text(find(Component.class).withId("zendesk-status").single())).isEqualTo("Up to date");
        assertThat(text(find(Component.class).withId("zendesk-counts").single()))
                .contains("1New ratings", "1Not ratings (offered)", "1Skipped: unknown agent");
        assertThat(text(find(Component.class).withId("zendesk-message").single())).contains("1 new ratings");
        @SuppressWarnings("unchecked")
        Grid<ZendeskStatus.SkippedAgent> unknown = find(Grid.class).withId("zendesk-unknown-agents").single();
        assertThat(unknown.getGenericDataView().getItems().toList()).extracting(ZendeskStatus.SkippedAgent::agentId,
                ZendeskStatus.SkippedAgent::ratings).containsExactly(org.assertj.core.groups.Tuple.tuple(
                String.valueOf(stranger), 1L));
        assertThat(text(find(Component.class).withId("zendesk-unknown-intro").single()))
                .startsWith("1 rating names Zendesk agents that match no Certdesk user");
        assertThat(notifications()).anyMatch(n -> n.startsWith("Synced 1 page"));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_second_sync_now_while_one_runs_does_not_start_another() {
        server.answer(r -> {
            pause(1500);
            return Answer.json(ZendeskTestServer.page(List.of(), null, null));
        });
        signIn(fixtures.user("zd-ui-admin", null, Roles.ADMIN));
        open("admin/feedback/zendesk");
        fill("ui-" + ZendeskTestServer.uniqueId(), TOKEN);
        test(find(Button.class).withId("zendesk-save").single()).click();

        assertThat(connector.syncNow().started()).isTrue();
        assertThat(connector.syncNow().started()).isFalse();
        assertThat(connector.syncNow().message()).isEqualTo("A sync is already running.");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> !connector.status().running());
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_sync_waiting_for_a_file_import_says_so_and_that_the_next_sync_goes_on() {
        Map<String, Object> before = jdbc.queryForMap("select last_status, last_message from zendesk_sync_state "
                + "where id = 1");
        String waiting = "A file import is storing some of the ratings of page 3 right now; the next sync continues "
                + "with page 3.";
        jdbc.update("update zendesk_sync_state set last_status = 'WAITING', last_message = ? where id = 1", waiting);
        try {
            signIn(fixtures.user("zd-ui-waiting", null, Roles.ADMIN));
            open("admin/feedback/zendesk");

            assertThat(text(find(Component.class).withId("zendesk-status").single()))
                    .isEqualTo("Waiting for a file import");
            assertThat(text(find(Component.class).withId("zendesk-message").single())).isEqualTo(waiting);
        } finally {
            jdbc.update("update zendesk_sync_state set last_status = ?, last_message = ? where id = 1",
                    before.get("last_status"), before.get("last_message"));
        }
    }

    @Test
    void agents_managers_and_hr_cannot_open_the_connector_page() {
        for (String role : new String[] {Roles.AGENT, Roles.MANAGER, Roles.HR}) {
            signIn(fixtures.user("zd-ui-" + role.toLowerCase(), null, role));
            assertThat(open("admin/feedback/zendesk")).as(role).isNotInstanceOf(ZendeskConnectorView.class);
            assertThat(find(TextField.class).withId("zendesk-subdomain").all()).isEmpty();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fill(String subdomain, String token) {
        test(find(TextField.class).withId("zendesk-subdomain").single()).setValue(subdomain);
        test(find(EmailField.class).withId("zendesk-email").single()).setValue("admin@acme.test");
        test(find(PasswordField.class).withId("zendesk-token").single()).setValue(token);
        test(find(Checkbox.class).withId("zendesk-enabled").single()).click();
    }
}
