package com.certdesk.certification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The public answer for a verification code: only the holder's name, the program, the dates and the status. For
 * {@link VerificationStatus#NOT_FOUND} every other field is null, whatever was typed.
 */
public record Verification(VerificationStatus status, @Nullable String formattedCode, @Nullable String holderName,
        @Nullable String programName, @Nullable LocalDate issuedOn, @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil) {

    public static final Verification NOT_FOUND = new Verification(VerificationStatus.NOT_FOUND, null, null, null, null,
            null, null);
}
