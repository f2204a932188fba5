package com.certdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.ValidationException;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

@ServiceTest
class AccountServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserAdminService userAdmin;

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    @Test
    void user_changes_their_password_and_signs_in_with_the_new_one() {
        String agent = fixtures.user("pwchange", null, Roles.AGENT);
        fixtures.signIn(agent);

        accounts.changePassword(Fixtures.PASSWORD, "a-much-better-one");

        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(agent,
                "a-much-better-one")).isAuthenticated()).isTrue();
    }

    @Test
    void wrong_current_password_or_short_new_one_is_refused() {
        String agent = fixtures.user("pwrefuse", null, Roles.AGENT);
        fixtures.signIn(agent);

        assertThatThrownBy(() -> accounts.changePassword("wrong", "a-much-better-one"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("current password");
        assertThatThrownBy(() -> accounts.changePassword(Fixtures.PASSWORD, "short"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 8");
    }

    @Test
    void an_empty_portal_gets_a_first_administrator() {
        var admins = SystemAuthentication.callAsSystem(() -> userAdmin.search("admin", false, PageRequest.of(0, 50)));
        assertThat(admins.getContent()).anySatisfy(u -> {
            assertThat(u.username()).isEqualTo("admin");
            assertThat(u.roles()).containsExactly(Roles.ADMIN);
        });
    }
}
