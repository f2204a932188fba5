package com.certdesk.security;

import com.certdesk.security.internal.ApiToken;
import com.certdesk.security.internal.ApiTokenRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Turns the token of an {@code Authorization: Bearer} header into an {@link Authentication}: one look-up by the
 * token's public id (a unique index), the hash compared in constant time, then revocation and expiry. The last-used
 * time is written at most once a minute per token, so a busy integration costs one read per request, not a write.
 */
@Component
class ApiTokenAuthenticator {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenAuthenticator.class);

    /** The last-used time is this precise; a token used more often is written once per interval. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    static final String INVALID = "The API token is not valid.";
    static final String REVOKED = "The API token was revoked. Ask an administrator for a new one.";
    static final String EXPIRED = "The API token has expired. Ask an administrator for a new one.";

    /** Hashed when no token has the given public id, so an unknown id costs what a known one does. */
    private static final String NO_TOKEN_HASH = TokenSecrets.hash("cdk_no-such-token");

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * @throws AuthenticationException ({@link BadCredentialsException} for a malformed, unknown, wrong or revoked
     *         token, {@link CredentialsExpiredException} for an expired one) with a message for the caller
     */
    Authentication authenticate(String bearer) {
        Optional<ApiToken> found = TokenSecrets.publicId(bearer).flatMap(tokens::findByPublicId);
        if (found.isEmpty() || !TokenSecrets.matches(bearer, found.get().getSecretHash())) {
            if (found.isEmpty()) {
                TokenSecrets.matches(bearer, NO_TOKEN_HASH);
            }
            throw new BadCredentialsException(INVALID);
        }
        ApiToken token = found.get();
        Instant now = now();
        switch (ApiTokenService.status(token, now)) {
            case REVOKED -> {
                log.info("SECURITY revoked API token '{}' ({}) was used", token.getName(), token.getPublicId());
                throw new BadCredentialsException(REVOKED);
            }
            case EXPIRED -> throw new CredentialsExpiredException(EXPIRED);
            case ACTIVE -> {
                // nothing more to check
            }
        }
        Instant lastUsed = token.getLastUsedAt();
        Instant staleBefore = now.minus(LAST_USED_PRECISION);
        if (lastUsed == null || lastUsed.isBefore(staleBefore)) {
            tokens.touch(token.getId(), now, staleBefore);
        }
        var authorities = ApiTokenService.scopes(token.getScopes()).stream()
                .map(scope -> new SimpleGrantedAuthority(scope.authority())).toList();
        return new ApiTokenAuthentication(token.getName(), token.getId(), authorities);
    }

    /** The clock's time as the database keeps it (microseconds), so what was written reads back equal. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
