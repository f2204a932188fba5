package com.certdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A certificate as {@code GET /api/v1/certificates} serves it: every certificate ever issued, revoked ones included.
 *
 * @param id         the certificate's id, stable for good
 * @param holderId   the holder's person id ({@code /api/v1/people})
 * @param code       the verification code as printed on the certificate
 * @param validUntil the last valid day; null when it does not expire
 * @param state      VALID, EXPIRED or REVOKED today
 * @param verifyUrl  the public page that verifies it
 */
public record CertificateItem(long id, long holderId, String holderName, long programId, String programName,
        String code, LocalDate issuedOn, LocalDate validFrom, @Nullable LocalDate validUntil, String state,
        @Nullable Instant revokedAt, String verifyUrl) {
}
