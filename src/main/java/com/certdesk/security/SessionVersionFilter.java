package com.certdesk.security;

import com.certdesk.security.spi.AccountStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since it signed in. Each session's principal remembers the account's
 * security version; on every request (pages, downloads, and Vaadin's UIDL and heartbeat requests alike) this
 * compares it with the stored one, a primary-key read, so it works on every node without a shared session
 * registry. Deactivation, a change of roles or team and a password reset bump the stored version.
 *
 * <p>On a mismatch the HTTP session is invalidated and the request goes on as anonymous: a page or a download
 * is sent to the sign-in page, and Vaadin's client, told that its session expired, reloads and lands there too.
 */
final class SessionVersionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionVersionFilter.class);

    private final AccountStore accounts;

    SessionVersionFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the strategy is looked up per request: Vaadin replaces it after the filter chain is built
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CertdeskPrincipal principal) {
            OptionalLong stored = accounts.activeSecurityVersion(principal.id());
            if (stored.isEmpty() || stored.getAsLong() != principal.securityVersion()) {
                log.info("SECURITY session of '{}' (id {}) ended: the account was deactivated or its access changed",
                        principal.getUsername(), principal.id());
                endSession(request, contexts);
            }
        }
        chain.doFilter(request, response);
    }

    private static void endSession(HttpServletRequest request, SecurityContextHolderStrategy contexts) {
        contexts.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // a parallel request of the same session ended it first
            }
        }
    }
}
