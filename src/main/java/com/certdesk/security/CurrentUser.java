package com.certdesk.security;

import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.stereotype.Component;

/**
 * Who is calling. Services use it to check that the caller may see the data it asks for; a call without a
 * signed-in user is refused with {@link AccessDeniedException}.
 */
@Component
public class CurrentUser {

    private final AccountStore accounts;

    CurrentUser(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** The caller's user id. */
    public long id() {
        Authentication auth = authentication();
        if (auth.getPrincipal() instanceof CertdeskPrincipal principal) {
            return principal.id();
        }
        return Usernames.canonical(auth.getName()).flatMap(accounts::findByUsername)
                .orElseThrow(() -> new AccessDeniedException("Unknown user"))
                .id();
    }

    /** The caller's user id when the caller is a Certdesk user; empty for the system and for API tokens. */
    public java.util.Optional<Long> userId() {
        Authentication auth = authentication();
        if (auth.getPrincipal() instanceof CertdeskPrincipal principal) {
            return java.util.Optional.of(principal.id());
        }
        return Usernames.canonical(auth.getName()).flatMap(accounts::findByUsername).map(Account::id);
    }

    /** Whether the caller is this user (never true for the built-in system account). */
    public boolean is(long userId) {
        Authentication auth = authentication();
        if (auth.getPrincipal() instanceof CertdeskPrincipal principal) {
            return principal.id() == userId;
        }
        return Usernames.canonical(auth.getName()).flatMap(accounts::findByUsername).map(a -> a.id() == userId)
                .orElse(false);
    }

    /**
     * Keeps the caller's own session after they changed their own account (their password, or an administrator
     * editing themselves) while the change ends their other sessions: the signed-in principal takes the account
     * as it now stands (roles and security version), read in the caller's transaction. Without a Certdesk
     * principal (tests, the system account) there is no session to keep.
     */
    public void keepThisSessionAfterOwnChange() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication auth = context.getAuthentication();
        if (!(auth instanceof UsernamePasswordAuthenticationToken) || !(auth.getPrincipal() instanceof CertdeskPrincipal principal)) {
            return;
        }
        Account account = accounts.findById(principal.id())
                .orElseThrow(() -> new AccessDeniedException("Unknown user"));
        var fresh = new CertdeskPrincipal(account);
        fresh.eraseCredentials();
        var updated = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        updated.setDetails(auth.getDetails());
        context.setAuthentication(updated);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    public String username() {
        return authentication().getName();
    }

    public Set<String> roles() {
        return authentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(String... roles) {
        Set<String> mine = roles();
        for (String role : roles) {
            if (mine.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private static Authentication authentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("Not signed in");
        }
        return auth;
    }
}
