package com.certdesk.certification;

import java.time.Instant;

/** An administrator revoked a certificate. */
public record CertificateRevoked(long certificateId, long userId, long programId, String programName,
        Instant revokedAt) {
}
