package com.certdesk.certification.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a printed certificate says, ready to render with {@link CertificatePdf}.
 *
 * @param formattedCode the verification code as printed, see {@link VerificationCode#format}
 * @param verifyUrl the public page that verifies this certificate; also encoded in the QR code
 * @param validUntil the last day the certificate is valid, or null when it does not expire
 */
public record CertificateDocument(
        String agentName,
        String programName,
        String programDescription,
        LocalDate issuedOn,
        @Nullable LocalDate validUntil,
        String formattedCode,
        String verifyUrl,
        String issuerName) {
}
