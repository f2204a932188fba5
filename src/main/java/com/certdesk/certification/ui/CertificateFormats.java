package com.certdesk.certification.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.certification.CertificateView;
import java.time.LocalDate;

/** Dates (in the user's format, {@link UserFormats}), validity lines and links of certificates, the same everywhere. */
final class CertificateFormats {

    static String date(LocalDate day) {
        return UserFormats.current().date(day);
    }

    private CertificateFormats() {
    }

    /** "Issued 3/3/2026 · valid until 3/2/2027" (en-US) or "... · no expiry". */
    static String validity(CertificateView c) {
        String issued = "Issued " + date(c.issuedOn());
        String from = c.validFrom().isAfter(c.issuedOn()) ? " · valid from " + date(c.validFrom()) : "";
        String until = c.validUntil() == null ? " · no expiry" : " · valid until " + date(c.validUntil());
        return issued + from + until;
    }

    static String pdfUrl(CertificateView c) {
        return "certificates/" + c.id() + "/certificate.pdf";
    }

    static String badgePath(String canonicalCode) {
        return "badges/assertions/" + canonicalCode;
    }

    static String verifyPath(String canonicalCode) {
        return "verify/" + canonicalCode;
    }
}
