package com.certdesk.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A request authenticated by an API token: the token's name is the principal (what batches record as their
 * origin), its scopes are the authorities ({@code SCOPE_feedback:write}); no role, so a token never acts as a person.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String name;
    private final long tokenId;

    ApiTokenAuthentication(String name, long tokenId, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.name = name;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return name;
    }

    long tokenId() {
        return tokenId;
    }
}
