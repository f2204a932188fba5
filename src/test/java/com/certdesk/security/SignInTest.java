package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.people.UserAdminService;
import com.certdesk.security.spi.AccountStore;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class SignInTest {

    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TestClock clock;

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    AuditLog audit;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    SignInBuckets buckets;
    @Value("${certdesk.secrets.key:}")
    String sharedSecret;

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
    void ascii_capitals_and_surrounding_spaces_in_the_username_reach_the_same_account() {
        String agent = fixtures.user("casey", null, Roles.AGENT);
        assertThat(signIn(" " + agent.toUpperCase(Locale.ROOT) + " ", Fixtures.PASSWORD).getName()).isEqualTo(agent);
    }

    @Test
    void look_alike_spellings_of_a_username_do_not_sign_in_even_with_the_right_password() {
        String admin = fixtures.user("admin", null, Roles.ADMIN);
        String ines = fixtures.user("ines.dubois", null, Roles.AGENT);
        String noah = fixtures.user("noah.fernandes", null, Roles.AGENT);
        String kim = fixtures.user("kim.stone", null, Roles.AGENT);

        for (String lookAlike : List.of(
                admin.replace('i', '\u0131'),              // admın: dotless i, upper-cases to I
                ines.replaceFirst("i", "\u0131"),          // ınes.dubois
                noah.replace("fernandes", "fernande\u017f"), // long s, upper-cases to S
                kim.replace("st", "\ufb06"),               // the st ligature, upper-cases to ST
                kim.replace('k', '\u212a'),                // the Kelvin sign, lower-cases to k
                "\uff41" + admin.substring(1))) {          // full-width a
            assertThatThrownBy(() -> signIn(lookAlike, Fixtures.PASSWORD))
                    .as(lookAlike).isExactlyInstanceOf(BadCredentialsException.class)
                    .hasMessage("Bad credentials");
        }
    }

    @Test
    void look_alike_spellings_get_no_counter_of_their_own_and_do_not_lock_the_real_account() {
        String ines = fixtures.user("ines.dubois", null, Roles.AGENT);
        String lookAlike = ines.replaceFirst("i", "\u0131");

        for (int i = 0; i < 12; i++) {
            // never a lock: such a name can reach no account, so nothing is counted for it anywhere
            assertThatThrownBy(() -> signIn(lookAlike, "guess")).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(ines, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void five_failures_lock_the_account_whatever_spelling_of_its_name_is_used(CapturedOutput log) {
        String agent = fixtures.user("spelled", null, Roles.AGENT);
        long id = fixtures.userId(agent);
        for (String spelling : List.of(agent, agent.toUpperCase(Locale.ROOT), " " + agent, agent + "\t")) {
            assertThatThrownBy(() -> signIn(spelling, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(agent.substring(0, 1).toUpperCase(Locale.ROOT) + agent.substring(1), "guess"))
                .isInstanceOf(LockedException.class);

        assertThatThrownBy(() -> signIn(agent, Fixtures.PASSWORD)).isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn(agent.toUpperCase(Locale.ROOT), Fixtures.PASSWORD))
                .isInstanceOf(LockedException.class);
        assertThat(log.getAll()).contains("SECURITY account '" + agent + "' (id " + id + ") locked after 5 wrong passwords");
    }

    @Test
    void the_lock_is_kept_on_the_account_so_it_holds_after_a_restart_and_on_another_node() {
        String agent = fixtures.user("restart", null, Roles.AGENT);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(agent, "guess")).isInstanceOf(AuthenticationException.class);
        }
        // another node (or this one after a restart): a new throttle and provider over the same database
        var otherNode = new ThrottlingAuthenticationProvider(accounts, encoder,
                otherNodeThrottle(), audit);

        assertThatThrownBy(() -> otherNode.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(agent,
                Fixtures.PASSWORD))).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(16));
        try {
            assertThat(otherNode.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(agent,
                    Fixtures.PASSWORD)).isAuthenticated()).isTrue();
        } finally {
            clock.reset();
        }
    }

    @Test
    void an_unknown_name_locked_on_one_node_is_locked_on_the_other() {
        String guessed = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(guessed, "guess")).isInstanceOf(AuthenticationException.class);
        }
        var otherNode = new ThrottlingAuthenticationProvider(accounts, encoder, otherNodeThrottle(), audit);

        assertThatThrownBy(() -> otherNode.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(guessed,
                "guess"))).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(16));
        try {
            assertThatThrownBy(() -> otherNode.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    guessed, "guess"))).as("the lock has ended: a wrong password again")
                    .isNotInstanceOf(LockedException.class).isInstanceOf(AuthenticationException.class);
        } finally {
            clock.reset();
        }
    }

    /** Another node (or this one after a restart): a new throttle over the same database and shared secret. */
    private LoginThrottle otherNodeThrottle() {
        return new LoginThrottle(new LoginProperties(5, Duration.ofMinutes(15)), clock, accounts, buckets,
                sharedSecret);
    }

    @Test
    void an_administrator_can_unlock_a_locked_account_before_the_lock_ends() {
        String agent = fixtures.user("unlockme", null, Roles.AGENT);
        long id = fixtures.userId(agent);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(agent, "guess")).isInstanceOf(AuthenticationException.class);
        }
        assertThat(SystemAuthentication.callAsSystem(() -> userAdmin.lockedUntil(id))).isPresent();

        SystemAuthentication.runAsSystem(() -> userAdmin.unlock(id));

        assertThat(SystemAuthentication.callAsSystem(() -> userAdmin.lockedUntil(id))).isEmpty();
        assertThat(signIn(agent, Fixtures.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_name_outside_the_safe_set_takes_about_as_long_as_a_wrong_password() {
        String agent = fixtures.user("timing", null, Roles.AGENT);
        String lookAlike = agent.replace('i', '\u0131');
        signIn(agent, Fixtures.PASSWORD); // warm up
        long wrongPassword = fastest(() -> signIn(agent, "guess"));
        long lookAlikeName = fastest(() -> signIn(lookAlike, "guess"));
        long unknownName = fastest(() -> signIn(Fixtures.unique("ghost"), "guess"));

        // each runs one bcrypt check (about 100 ms); without the dummy check the look-alike would answer in well under
        // a millisecond. The bound is loose because a busy machine makes single bcrypt runs vary by a factor of two.
        assertThat(lookAlikeName).isGreaterThan(wrongPassword / 6);
        assertThat(unknownName).isGreaterThan(wrongPassword / 6);
        signIn(agent, Fixtures.PASSWORD); // clears the failures above
    }

    private static long fastest(Runnable failingSignIn) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            assertThatThrownBy(failingSignIn::run).isInstanceOf(AuthenticationException.class);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
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
