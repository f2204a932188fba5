package com.certdesk.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token: its hash, never its secret. Scopes are their values separated by spaces ("feedback:write"). */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 16, updatable = false)
    private String publicId;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(nullable = false, length = 400, updatable = false)
    private String scopes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    /** Written by {@link ApiTokenRepository#touch} only, never by a flush of this entity. */
    @Column(name = "last_used_at", insertable = false, updatable = false)
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private @Nullable String revokedBy;

    @Version
    private long version;

    protected ApiToken() {
    }

    public ApiToken(String publicId, String name, String secretHash, String scopes, Instant createdAt,
            String createdBy, Instant expiresAt) {
        this.publicId = publicId;
        this.name = name;
        this.secretHash = secretHash;
        this.scopes = scopes;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getScopes() {
        return scopes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable String getRevokedBy() {
        return revokedBy;
    }

    /** Revokes the token; a second revocation keeps the first one's time and name. Returns whether it changed. */
    public boolean revoke(Instant at, String by) {
        if (revokedAt != null) {
            return false;
        }
        this.revokedAt = at;
        this.revokedBy = by;
        return true;
    }
}
