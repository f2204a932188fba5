package com.certdesk.certification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An award of a program to an agent. Never deleted; a revoked certificate keeps its row and says so. */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private @Nullable LocalDate validUntil;

    @Column(name = "badge_salt", nullable = false, length = 64)
    private String badgeSalt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_reason", length = 500)
    private @Nullable String revokedReason;

    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    @Version
    private long version;

    protected Certificate() {
    }

    public Certificate(long userId, long programId, int seq, String code, Instant issuedAt, LocalDate issuedOn,
            LocalDate validFrom, @Nullable LocalDate validUntil, String badgeSalt) {
        this.userId = userId;
        this.programId = programId;
        this.seq = seq;
        this.code = code;
        this.issuedAt = issuedAt;
        this.issuedOn = issuedOn;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.badgeSalt = badgeSalt;
    }

    public long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public long getProgramId() {
        return programId;
    }

    public int getSeq() {
        return seq;
    }

    public String getCode() {
        return code;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidUntil() {
        return validUntil;
    }

    public String getBadgeSalt() {
        return badgeSalt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable String getRevokedReason() {
        return revokedReason;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at, String reason, @Nullable Long by) {
        this.revokedAt = at;
        this.revokedReason = reason;
        this.revokedBy = by;
    }

    public CertPeriod period() {
        return new CertPeriod(issuedOn, validFrom, validUntil, revokedAt);
    }
}
