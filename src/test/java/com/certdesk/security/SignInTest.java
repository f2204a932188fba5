package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.people.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@ServiceTest
class SignInTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAdminService userAdmin;

    private Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void user_signs_in_with_the_right_password_and_gets_their_roles() {
        String agent = fixtures.user("signin", null, Roles.AGENT, Roles.MANAGER);

        Authentication auth = signIn(agent, Fixtures.PASSWORD);

        assertThat(auth.isAuthenticated()).isTrue();
        assertThat(auth.getAuthorities()).extracting(Object::toString).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_AGENT", "ROLE_MANAGER");
        assertThat(auth.getCredentials()).isNull();
    }

    @Test
    void username_is_case_insensitive() {
        String agent = fixtures.user("casey", null, Roles.AGENT);
        assertThat(signIn(agent.toUpperCase(), Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void wrong_password_is_refused() {
        String agent = fixtures.user("wrongpw", null, Roles.AGENT);
        assertThatThrownBy(() -> signIn(agent, "nope")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void deactivated_user_cannot_sign_in() {
        String agent = fixtures.user("leaver", null, Roles.AGENT);
        long id = fixtures.userId(agent);
        SystemAuthentication.runAsSystem(() -> userAdmin.setActive(id, false));

        assertThatThrownBy(() -> signIn(agent, Fixtures.PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() {
        String agent = fixtures.user("guessed", null, Roles.AGENT);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(agent, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(agent, "guess")).isInstanceOf(LockedException.class)
                .hasMessageContaining("locked for 15 minutes");
        assertThatThrownBy(() -> signIn(agent, Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void unknown_usernames_are_throttled_too_so_a_lock_reveals_nothing() {
        String ghost = Fixtures.unique("nobody");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(ghost, "x")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(ghost, "x")).isInstanceOf(LockedException.class);
    }
}
