package com.certdesk.security;

import com.certdesk.base.HasDisplayName;
import com.certdesk.security.spi.Account;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security sees it. The password hash is dropped after sign-in; the security version
 * it was signed in with lets {@link SessionVersionFilter} end the session once an administrator changes the account.
 */
final class CertdeskPrincipal implements UserDetails, CredentialsContainer, HasDisplayName {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private String password;
    private final boolean enabled;
    private final Set<String> roles;
    private final long securityVersion;

    CertdeskPrincipal(Account account) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.password = account.passwordHash();
        this.enabled = account.active();
        this.roles = account.roles();
        this.securityVersion = account.securityVersion();
    }

    long id() {
        return id;
    }

    /** The account's security version at sign-in; the session ends once the stored one differs. */
    long securityVersion() {
        return securityVersion;
    }

    Set<String> roles() {
        return roles;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = "";
    }
}
