package com.certdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/**} but health (ADR 021): a filter chain of its own, ahead of the portal's. The Prometheus scrape
 * ({@code /actuator/prometheus}) is read by a signed-in administrator (the portal's session) or by a scraper sending
 * {@code Authorization: Bearer <certdesk.metrics.scrape-token>}, compared in constant time; without that setting
 * there is no scrape by token. Nobody else: no credentials 401, a wrong token 401, another role 403. Health stays
 * public in the portal's chain. No CSRF: the chain only serves reads.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfig {

    static final String SCRAPE_AUTHORITY = "METRICS_SCRAPE";

    @Bean
    @Order(2)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, com.certdesk.security.spi.AccountStore accounts,
            @Value("${certdesk.metrics.scrape-token:}") String scrapeToken) throws Exception {
        http.securityMatcher(request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith("/actuator") && !path.equals("/actuator/health")
                    && !path.startsWith("/actuator/health/");
        });
        http.authorizeHttpRequests(auth -> auth.anyRequest()
                .hasAnyAuthority("ROLE_" + Roles.ADMIN, SCRAPE_AUTHORITY));
        http.requestCache(c -> c.disable());
        http.csrf(c -> c.disable());
        http.formLogin(f -> f.disable());
        http.httpBasic(b -> b.disable());
        http.logout(l -> l.disable());
        http.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        // an administrator's session ends here too once their account is deactivated or its roles changed
        http.addFilterBefore(new SessionVersionFilter(accounts), AnonymousAuthenticationFilter.class);
        http.addFilterBefore(new ScrapeTokenFilter(scrapeToken), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** A request with {@code Authorization: Bearer}: the scrape token, or 401 without looking further. */
    static final class ScrapeTokenFilter extends OncePerRequestFilter {

        private static final String BEARER = "Bearer ";
        private final byte @Nullable [] tokenDigest;

        ScrapeTokenFilter(String token) {
            this.tokenDigest = token == null || token.isBlank() ? null : sha256(token.strip());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                chain.doFilter(request, response);
                return;
            }
            if (tokenDigest == null
                    || !MessageDigest.isEqual(tokenDigest, sha256(header.substring(BEARER.length()).strip()))) {
                response.setHeader("WWW-Authenticate", "Bearer");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Not a valid scrape token.");
                return;
            }
            var context = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("metrics scraper",
                    null, List.of(new SimpleGrantedAuthority(SCRAPE_AUTHORITY))));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        private static byte[] sha256(String value) {
            try {
                // digests of equal length, so the comparison's time says nothing about the token's length either
                return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
