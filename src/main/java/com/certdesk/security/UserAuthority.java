package com.certdesk.security;

import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Background work done on a person's behalf (a scheduled report) runs with that person's authority as their account
 * stands at run time, not with the system's: the same secured services decide what it may read, as if they had
 * clicked. Like {@link SystemAuthentication}, the request's Vaadin session is hidden while it runs, so "Run now"
 * clicked by an administrator still runs as the owner.
 */
@Component
public class UserAuthority {

    private final AccountStore accounts;

    UserAuthority(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** A user as their account stands now. */
    public record Standing(long userId, String username, String displayName, boolean active, Set<String> roles) {

        public boolean hasAnyRole(String... wanted) {
            for (String role : wanted) {
                if (roles.contains(role)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The account as it stands, or empty when there is no such user. */
    public Optional<Standing> standing(long userId) {
        return accounts.findById(userId).map(a -> new Standing(a.id(), a.username(), a.displayName(), a.active(),
                a.roles()));
    }

    /**
     * Runs the work signed in as this user, with their current roles.
     *
     * @throws AccessDeniedException when the account does not exist or is deactivated
     */
    public <T> T callAs(long userId, Supplier<T> work) {
        Account account = accounts.findById(userId).filter(Account::active)
                .orElseThrow(() -> new AccessDeniedException("User " + userId + " has no active account."));
        var principal = new CertdeskPrincipal(account);
        principal.eraseCredentials();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return SecurityConfig.outsideTheUsersSession(work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
