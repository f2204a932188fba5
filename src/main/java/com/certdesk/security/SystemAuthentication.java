package com.certdesk.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs background work (demo data, scheduled jobs, and event listeners such as the notices sent after a manager
 * assigns training) as the built-in "system" administrator, so that it goes through the same secured services as
 * people do.
 *
 * <p>On a Vaadin request thread Vaadin's security-context strategy reads the signed-in user from the HTTP session
 * before the thread's own context, so setting the thread's context alone would leave the work running as the person
 * who clicked (and a notice to their agents refused and lost). The work therefore runs with the request's session
 * hidden from that strategy ({@link SecurityConfig#outsideTheUsersSession}) and sees only the system account.
 */
public final class SystemAuthentication {

    public static final String SYSTEM = "system";

    private SystemAuthentication() {
    }

    public static void runAsSystem(Runnable work) {
        callAsSystem(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        SecurityContextHolder.setContext(context);
        try {
            return SecurityConfig.outsideTheUsersSession(work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
