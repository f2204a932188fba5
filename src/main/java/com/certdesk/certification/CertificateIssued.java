package com.certdesk.certification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A certificate was issued to an agent (first certification or recertification). */
public record CertificateIssued(long certificateId, long userId, long programId, String programName,
        LocalDate validFrom, @Nullable LocalDate validUntil, boolean recertification) {
}
