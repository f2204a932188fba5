package com.certdesk.certification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which certificates a register shows: of one team's agents or of everyone the caller may see ({@code teamId} null),
 * of one program or all, in one state on today's date or any, issued between two days (both included; either open),
 * and held by someone whose name or username contains {@code holder} (blank for anyone).
 */
public record CertificateFilter(@Nullable Long teamId, @Nullable Long programId, @Nullable CertificateState state,
        @Nullable LocalDate issuedFrom, @Nullable LocalDate issuedTo, String holder) {

    public static final CertificateFilter ALL = new CertificateFilter(null, null, null, null, null, "");

    public CertificateFilter {
        holder = holder.strip();
    }
}
