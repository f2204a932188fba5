package com.certdesk.reporting;

import com.certdesk.certification.CertificateState;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One certificate of the certificate register, as the report and its exports show it.
 *
 * @param state     on the day the register was read
 * @param revokedOn the day it was revoked (organization time), or null
 * @param code      the verification code as printed on the certificate
 * @param verifyUrl the public page that verifies it
 */
public record RegisterRow(long certificateId, long holderId, String holder, String program, LocalDate issuedOn,
        LocalDate validFrom, @Nullable LocalDate validUntil, CertificateState state, @Nullable LocalDate revokedOn,
        String code, String verifyUrl) {
}
