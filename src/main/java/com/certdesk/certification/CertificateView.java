package com.certdesk.certification;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as its holder, their manager, HR and administrators see it. {@code renewableFrom} is the day the
 * program's recertification window opens for it (null when it does not expire).
 */
public record CertificateView(long id, long userId, String holderName, long programId, String programName,
        String code, LocalDate issuedOn, LocalDate validFrom, @Nullable LocalDate validUntil,
        @Nullable Instant revokedAt, @Nullable String revokedReason, @Nullable LocalDate renewableFrom) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Valid on this day: not revoked, started and not past its last day. */
    public boolean validOn(LocalDate day) {
        return !revoked() && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean expiredOn(LocalDate day) {
        return !revoked() && validUntil != null && day.isAfter(validUntil);
    }
}
