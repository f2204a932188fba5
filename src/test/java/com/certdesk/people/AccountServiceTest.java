package com.certdesk.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.security.spi.AccountStore;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
@ExtendWith(OutputCaptureExtension.class)
class AccountServiceTest {

    @Autowired
    TestClock clock;
    @Autowired
    AccountStore accountStore;

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
    void five_wrong_current_passwords_block_the_check_for_the_lock_time_and_are_logged(CapturedOutput log) {
        String agent = fixtures.user("pwguess", null, Roles.AGENT);
        fixtures.signIn(agent);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> accounts.changePassword("guess", "a-much-better-one"))
                    .isInstanceOf(ValidationException.class).hasMessage("Your current password is not correct.");
        }
        assertThatThrownBy(() -> accounts.changePassword("guess", "a-much-better-one"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("locked for 15 minutes");

        // even the right current password is refused until the lock ends, and sign-in is locked as well
        assertThatThrownBy(() -> accounts.changePassword(Fixtures.PASSWORD, "a-much-better-one"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("locked for 15 minutes");
        assertThatThrownBy(() -> authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(agent, Fixtures.PASSWORD)))
                .isInstanceOf(LockedException.class);
        assertThat(log.getAll()).contains("SECURITY wrong password for account '" + agent + "'",
                "at current-password check on My account (1 of 5)", "SECURITY account '" + agent + "'",
                "locked after 5 wrong passwords (current-password check on My account)");

        clock.advance(Duration.ofMinutes(16));
        try {
            accounts.changePassword(Fixtures.PASSWORD, "a-much-better-one");
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_right_current_password_clears_earlier_wrong_ones() {
        String agent = fixtures.user("pwforgive", null, Roles.AGENT);
        fixtures.signIn(agent);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> accounts.changePassword("guess", "a-much-better-one"))
                    .isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> accounts.changePassword(Fixtures.PASSWORD, "short"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 8");

        assertThatThrownBy(() -> accounts.changePassword("guess", "a-much-better-one"))
                .isInstanceOf(ValidationException.class).hasMessage("Your current password is not correct.");
    }

    @Test
    void changing_the_own_password_keeps_this_session_and_ends_the_others() {
        String agent = fixtures.user("pwsessions", null, Roles.AGENT);
        long id = fixtures.userId(agent);
        fixtures.signIn(agent);
        Authentication other = SecurityContextHolder.getContext().getAuthentication();
        long before = accountStore.activeSecurityVersion(id).orElseThrow();

        accounts.changePassword(Fixtures.PASSWORD, "a-much-better-one");

        long after = accountStore.activeSecurityVersion(id).orElseThrow();
        assertThat(after).isGreaterThan(before);
        // this session's principal took the new version; another session still holds the old one and ends
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                .extracting("securityVersion").isEqualTo(after);
        assertThat(other.getPrincipal()).extracting("securityVersion").isEqualTo(before);
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
