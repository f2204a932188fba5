package com.certdesk.certification.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The dates of one certificate: issued, valid from, last valid day (null: no expiry), revoked when. */
public record CertPeriod(LocalDate issuedOn, LocalDate validFrom, @Nullable LocalDate validUntil,
        @Nullable Instant revokedAt) {

    public static CertPeriod of(LocalDate validFrom, @Nullable LocalDate validUntil) {
        return new CertPeriod(validFrom, validFrom, validUntil, null);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Valid on this day (not revoked, started, not past its last day). */
    public boolean covers(LocalDate day) {
        return !revoked() && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
