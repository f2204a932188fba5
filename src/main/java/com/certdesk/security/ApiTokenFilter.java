package com.certdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests by their {@code Authorization: Bearer} token. Without the header the request
 * goes on anonymous (and the path's rule answers 401); with a header that is not a working token it is answered 401
 * here at once. The authentication lives for this request only: nothing goes into a session.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final ApiProblems problems;

    ApiTokenFilter(ApiTokenAuthenticator authenticator, ApiProblems problems) {
        this.authenticator = authenticator;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        // the strategy is looked up per request: Vaadin replaces it after the filter chain is built
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        try {
            if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                throw new BadCredentialsException(ApiProblems.NOT_BEARER);
            }
            var context = contexts.createEmptyContext();
            context.setAuthentication(authenticator.authenticate(header.substring(BEARER.length()).strip()));
            contexts.setContext(context);
        } catch (AuthenticationException refused) {
            contexts.clearContext();
            problems.commence(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }
}
