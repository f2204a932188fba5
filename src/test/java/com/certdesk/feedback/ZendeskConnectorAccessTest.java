package com.certdesk.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.ValidationException;
import com.certdesk.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Only administrators see or change the Zendesk connection, whatever the route. */
@ServiceTest
class ZendeskConnectorAccessTest {

    @Autowired ZendeskConnector connector;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void agents_managers_and_hr_can_neither_see_nor_change_the_connection() {
        for (String role : new String[] {Roles.AGENT, Roles.MANAGER, Roles.HR}) {
            fixtures.signIn(fixtures.user("zd-" + role.toLowerCase(), null, role));
            for (Executable call : new Executable[] {connector::status, connector::syncNow, connector::removeToken,
                    connector::fetchSkippedAgain, () -> connector.save(new ZendeskSettingsDraft("acme",
                            "a@acme.test", "token123", true))}) {
                org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class, call, role);
            }
        }
    }

    @Test
    void nobody_signed_in_is_refused() {
        fixtures.signOut();
        assertThatThrownBy(connector::status).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void an_administrator_sees_the_connection_and_bad_settings_are_refused_with_a_reason() {
        fixtures.signIn(fixtures.user("zd-admin", null, Roles.ADMIN));
        assertThat(connector.status()).isNotNull();

        assertThatThrownBy(() -> connector.save(new ZendeskSettingsDraft("acme corp", "a@acme.test", "tok", false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("letters a-z, digits and hyphens");
        assertThatThrownBy(() -> connector.save(new ZendeskSettingsDraft("acme", "not-an-email", "tok", false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("e-mail");
        assertThatThrownBy(() -> connector.save(new ZendeskSettingsDraft("acme", "a@acme.test", "two words", false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("API token");
    }
}
