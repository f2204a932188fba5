package com.certdesk.security;

import com.certdesk.security.spi.Account;
import com.certdesk.security.spi.AccountStore;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs in with a username and password. The typed username is reduced to its canonical form
 * ({@link Usernames}) and the account is looked up by exact match on it; text outside the safe set has no
 * account. Every attempt that reaches no account still runs one password check against a dummy hash, so it fails
 * like a wrong password and takes about as long. Failures are counted per account ({@link LoginThrottle}), and a
 * locked account is refused before its password is checked.
 */
final class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottlingAuthenticationProvider.class);

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final String dummyHash;

    ThrottlingAuthenticationProvider(AccountStore accounts, PasswordEncoder encoder, LoginThrottle throttle,
            AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.dummyHash = encoder.encode("no account " + UUID.randomUUID());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String typed = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        Optional<String> canonical = Usernames.canonical(typed);
        Optional<Account> found = canonical.flatMap(accounts::findByUsername);
        if (found.isEmpty()) {
            return refuseWithoutAccount(canonical, password);
        }
        Account account = found.get();
        if (throttle.isLocked(account)) {
            throw lockedException();
        }
        if (!encoder.matches(password, account.passwordHash())) {
            if (throttle.recordFailure(account.id(), account.username(), "sign-in")) {
                // it was not locked before this failure: this one locked it
                audit.recordFor(AuditKind.ACCOUNT_LOCKED, account.id(), account.username(), "locked for "
                        + throttle.lockMinutes() + " minutes after too many wrong passwords", null);
                throw lockedException();
            }
            throw wrongCredentials();
        }
        if (!account.active()) {
            log.info("SECURITY sign-in refused for deactivated account '{}' (id {})", account.username(), account.id());
            throw new DisabledException("This account is deactivated.");
        }
        if (account.failedSignIns() > 0 || account.lockedUntil() != null) {
            throttle.recordSuccess(account.id());
        }
        var principal = new CertdeskPrincipal(account);
        principal.eraseCredentials();
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private Authentication refuseWithoutAccount(Optional<String> canonical, String password) {
        if (canonical.isPresent() && throttle.isUnknownLocked(canonical.get())) {
            throw lockedException();
        }
        encoder.matches(password, dummyHash);
        if (canonical.isEmpty()) {
            log.info("SECURITY sign-in refused for a username outside the safe set");
        } else if (throttle.recordUnknownFailure(canonical.get())) {
            throw lockedException();
        }
        throw wrongCredentials();
    }

    private static BadCredentialsException wrongCredentials() {
        return new BadCredentialsException("Bad credentials");
    }

    private LockedException lockedException() {
        return new LockedException("Too many failed sign-ins. This account is locked for "
                + throttle.lockMinutes() + " minutes.");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
