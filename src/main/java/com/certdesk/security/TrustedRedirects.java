package com.certdesk.security;

import com.certdesk.base.PublicAddress;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects never point at a host that came from the request. The {@code Host} header (and, behind a proxy,
 * {@code X-Forwarded-Host}) is whatever the client sent, yet Tomcat and Spring Security build absolute redirect
 * addresses from it (to the sign-in page, back to the page asked for before signing in). This filter runs before
 * them and turns every redirect to the request's own host into a relative one, which the browser resolves against
 * the address it actually used; a redirect to the configured public address ({@code certdesk.base-url}) is left
 * as it is. Forwarded headers are only believed when {@code server.forward-headers-strategy} says Certdesk is
 * behind a proxy (see README).
 */
@Configuration(proxyBeanMethods = false)
class TrustedRedirects {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> trustedRedirectsFilter(PublicAddress address) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(address));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        registration.setName("trustedRedirects");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final PublicAddress address;

        Filter(PublicAddress address) {
            this.address = address;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new Response(response, request.getServerName(), address));
        }
    }

    /** What a redirect to {@code location} becomes for a request that named {@code requestHost}. */
    static String safeLocation(String location, String requestHost, PublicAddress address) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return "/";
        }
        if (uri.getScheme() == null && uri.getRawAuthority() == null) {
            return location; // already relative to this site
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (location.startsWith(address.baseUrl() + "/") || location.equals(address.baseUrl())) {
            return location;
        }
        if (uri.getRawAuthority() != null && (host.isEmpty() || host.equals(requestHost.toLowerCase(Locale.ROOT)))) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        }
        return location;
    }

    private static final class Response extends HttpServletResponseWrapper {

        private final String requestHost;
        private final PublicAddress address;

        Response(HttpServletResponse response, String requestHost, PublicAddress address) {
            super(response);
            this.requestHost = requestHost;
            this.address = address;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            sendRedirect(location, SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            sendRedirect(location, SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            sendRedirect(location, sc, true);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("the response is already committed");
            }
            if (clearBuffer) {
                resetBuffer();
            }
            // set the header ourselves: the container would make a relative location absolute with the Host again
            setStatus(sc);
            setHeader("Location", safeLocation(location, requestHost, address));
            flushBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isLocation(name) && value != null ? safeLocation(value, requestHost, address) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isLocation(name) && value != null ? safeLocation(value, requestHost, address) : value);
        }

        private static boolean isLocation(String name) {
            return "Location".equalsIgnoreCase(name);
        }
    }
}
