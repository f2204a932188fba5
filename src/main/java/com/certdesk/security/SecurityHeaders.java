package com.certdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections sent with every response (Vaadin pages, downloads, the public verification page,
 * static files and errors alike): no MIME sniffing, no full URLs leaked to other sites in the Referer, framing only
 * by Certdesk itself, and a Content-Security-Policy that Vaadin's production bundle runs under. Written by a servlet
 * filter in front of everything rather than by Spring Security's header writer, because the requests Vaadin's
 * security configuration lets through on its own (the sign-in view, Vaadin's resources) skip that writer.
 *
 * <p>Why the script and style sources are not stricter: Vaadin Flow evaluates the JavaScript the server sends
 * ({@code executeJs}, property bindings) with {@code new Function}, and its web components and Lumo inject inline
 * styles, so {@code 'unsafe-eval'} and {@code 'unsafe-inline'} are needed; everything still has to come from this
 * origin. Author content is sanitized on the server (AuthorMarkup), so no author can add a script for the
 * policy to stop. Images may come from any {@code https} address because lessons show images by link.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' https:",
            "worker-src 'self' blob:",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        registration.addUrlPatterns("/*");
        registration.setName("securityHeaders");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", REFERRER_POLICY);
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            chain.doFilter(request, response);
        }

        /** Error pages (a 404, a refused request) carry the headers too. */
        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }
}
