package com.certdesk.security;

import com.certdesk.security.spi.AccountStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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
        return accounts.findByUsername(auth.getName())
                .orElseThrow(() -> new AccessDeniedException("Unknown user"))
                .id();
    }

    /** Whether the caller is this user (never true for the built-in system account). */
    public boolean is(long userId) {
        Authentication auth = authentication();
        if (auth.getPrincipal() instanceof CertdeskPrincipal principal) {
            return principal.id() == userId;
        }
        return accounts.findByUsername(auth.getName()).map(a -> a.id() == userId).orElse(false);
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
