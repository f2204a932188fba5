package com.certdesk.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * {@code /api/**}: a filter chain of its own, ahead of the portal's (and so of Vaadin's rules, whose default for
 * other URLs is to deny). Stateless: the only credential is the {@code Authorization: Bearer} API token of each
 * request; no session is read or created, so a browser's session cookie authorizes nothing here, and without cookies
 * there is no cross-site request to forge, hence no CSRF token. Each path needs the scope {@link ApiScope} names
 * for it; any other {@code /api/**} path needs a working token.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    static final String API = "/api/**";
    static final String[] DOCS = {"/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/docs", "/api/docs/**",
        "/api/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator) throws Exception {
        var problems = new ApiProblems();
        http.securityMatcher(API);
        http.authorizeHttpRequests(auth -> {
            // the API's OpenAPI description and its readable docs describe no data
            auth.requestMatchers(HttpMethod.GET, DOCS).permitAll();
            for (ApiScope scope : ApiScope.values()) {
                auth.requestMatchers(scope.paths().toArray(String[]::new)).hasAuthority(scope.authority());
            }
            auth.anyRequest().authenticated();
        });
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        http.requestCache(c -> c.disable());
        http.csrf(c -> c.disable());
        http.formLogin(f -> f.disable());
        http.httpBasic(b -> b.disable());
        http.logout(l -> l.disable());
        http.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        http.addFilterBefore(new ApiTokenFilter(authenticator, problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
