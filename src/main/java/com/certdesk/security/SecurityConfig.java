package com.certdesk.security;

import com.certdesk.security.spi.AccountStore;
import com.certdesk.security.ui.LoginView;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Form sign-in with Vaadin's login view, bcrypt password hashes via the delegating encoder, throttled
 * failures, and method security ({@code @PreAuthorize} on services; views carry {@code @RolesAllowed} for
 * Vaadin's navigation access control only, so views are never proxied).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProperties.class)
class SecurityConfig {

    /** The sign-in view's route (see {@link LoginView}). */
    static final String LOGIN_ROUTE = "login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            AccountStore accounts, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                .requestMatchers("/styles.css", "/images/**", "/icons/**", "/favicon.ico").permitAll()
                // read-only static files from webjars on the classpath (Chart.js for the charts)
                .requestMatchers(HttpMethod.GET, "/webjars/**").permitAll()
                // public certificate verification and Open Badges assertions (rate limited in certification)
                .requestMatchers("/verify", "/verify/**", "/badges/**").permitAll()
                // certificate PDFs: the certification service decides whose
                .requestMatchers("/certificates/*/certificate.pdf").authenticated()
                // files of scheduled reports: the reporting service decides whose (the owner and administrators)
                .requestMatchers("/reports/runs/*/file").authenticated()
                // the database backup: the backup service lets administrators only (ADR 021)
                .requestMatchers(HttpMethod.GET, BackupController.PATH).authenticated());
        http.authenticationManager(authenticationManager);
        // Spring's CSRF check everywhere but Vaadin's own requests (which carry Vaadin's CSRF token); unlike
        // Vaadin's default it includes POST /login, so the sign-in form must carry the sign-in page's token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(e -> e.accessDeniedHandler(new LoginFormCsrfHandler("/" + LOGIN_ROUTE)));
        // Sessions end at their next request once their account is deactivated or its access changed.
        http.addFilterBefore(new SessionVersionFilter(accounts), AnonymousAuthenticationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(AccountStore accounts) {
        return username -> Usernames.canonical(username).flatMap(accounts::findByUsername)
                .map(CertdeskPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Bean
    AuthenticationManager authenticationManager(AccountStore accounts, PasswordEncoder encoder,
            LoginThrottle throttle, ApplicationEventPublisher events, AuditLog audit) {
        var manager = new ProviderManager(new ThrottlingAuthenticationProvider(accounts, encoder, throttle, audit));
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * Runs the work with the current Vaadin session hidden, so that Vaadin's security-context strategy (which
     * prefers the session's signed-in user to the thread's context) sees the thread's context; restores it after.
     * For {@link SystemAuthentication} and {@link UserAuthority} only.
     */
    static <T> T outsideTheUsersSession(Supplier<T> work) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return work.get();
        }
        VaadinSession.setCurrent(null);
        try {
            return work.get();
        } finally {
            VaadinSession.setCurrent(session);
        }
    }
}
