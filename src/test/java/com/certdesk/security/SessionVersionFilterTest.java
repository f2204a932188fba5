package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import com.certdesk.security.spi.FailedSignIns;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The per-request check that ends sessions of changed accounts, without a server. */
class SessionVersionFilterTest {

    static final long ID = 7;

    /** The stored version of account 7; empty when it is inactive or gone. */
    final AtomicReference<OptionalLong> stored = new AtomicReference<>(OptionalLong.of(3));
    final AccountStore accounts = new AccountStore() {
        @Override
        public Optional<Account> findByUsername(String canonicalUsername) {
            return Optional.empty();
        }

        @Override
        public Optional<Account> findById(long id) {
            return Optional.empty();
        }

        @Override
        public OptionalLong activeSecurityVersion(long id) {
            return id == ID ? stored.get() : OptionalLong.empty();
        }

        @Override
        public FailedSignIns recordFailure(long id, Instant now, int maxFailures, Instant lockUntil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFailures(long id) {
            throw new UnsupportedOperationException();
        }
    };
    final SessionVersionFilter filter = new SessionVersionFilter(accounts);

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpSession signedInSession(long version) {
        var principal = new CertdeskPrincipal(new Account(ID, "ana", "Ana", "{noop}x", true, Set.of(Roles.MANAGER), 0,
                null, version));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return new MockHttpSession();
    }

    private Authentication afterRequest(MockHttpSession session) throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setSession(session);
        AtomicReference<Authentication> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain() {
                    @Override
                    public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                        seen.set(SecurityContextHolder.getContext().getAuthentication());
                    }
                });
        return seen.get();
    }

    @Test
    void a_session_signed_in_with_the_stored_version_goes_on() throws Exception {
        MockHttpSession session = signedInSession(3);

        assertThat(afterRequest(session)).isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_session_from_before_an_access_change_ends_at_its_next_request() throws Exception {
        MockHttpSession session = signedInSession(3);
        stored.set(OptionalLong.of(4));

        assertThat(afterRequest(session)).as("the request goes on as anonymous").isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_session_of_a_deactivated_account_ends_at_its_next_request() throws Exception {
        MockHttpSession session = signedInSession(3);
        stored.set(OptionalLong.empty());

        assertThat(afterRequest(session)).isNull();
        assertThat(session.isInvalid()).isTrue();
    }
}
