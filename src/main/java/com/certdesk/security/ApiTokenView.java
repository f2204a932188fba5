package com.certdesk.security;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An API token as administrators see it: never its secret. {@code publicId} is the part of the token after
 * {@code cdk_} that identifies it (not secret), so an administrator can tell which token a system uses.
 */
public record ApiTokenView(
        long id,
        String name,
        String publicId,
        Set<ApiScope> scopes,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        ApiTokenStatus status) {
}
