package com.certdesk.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An API token as administrators see it: never its secret. {@code publicId} is the part of the token after
 * {@code cdk_} that identifies it (not secret), so an administrator can tell which token a system uses.
 * {@code validUntil} is the last day it works (organization's time zone), {@code expiresAt} the instant it stops.
 */
public record ApiTokenView(
        long id,
        String name,
        String publicId,
        Set<ApiScope> scopes,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        LocalDate validUntil,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        ApiTokenStatus status) {
}
