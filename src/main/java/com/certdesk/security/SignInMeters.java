package com.certdesk.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * {@code certdesk.sign.ins}: password sign-ins by outcome ({@code succeeded}, {@code failed}) and, for failures, the
 * reason ({@code bad_credentials}, {@code locked}, {@code disabled}, {@code other}); never who (ADR 021).
 */
@Component
class SignInMeters {

    static final String NAME = "certdesk.sign.ins";
    private final MeterRegistry registry;

    SignInMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CertdeskPrincipal) {
            counter("succeeded", "none").increment();
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String reason = switch (event.getException()) {
            case LockedException e -> "locked";
            case DisabledException e -> "disabled";
            case org.springframework.security.authentication.BadCredentialsException e -> "bad_credentials";
            default -> "other";
        };
        counter("failed", reason).increment();
    }

    private Counter counter(String outcome, String reason) {
        return Counter.builder(NAME).description("Password sign-ins by outcome")
                .tag("outcome", outcome).tag("reason", reason).register(registry);
    }
}
