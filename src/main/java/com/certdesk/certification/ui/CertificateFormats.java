package com.certdesk.certification.ui;

import com.certdesk.certification.CertificateView;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, validity lines and links of certificates, the same everywhere. */
final class CertificateFormats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CertificateFormats() {
    }

    /** "Issued 3 Mar 2026 · valid until 2 Mar 2027" or "... · no expiry". */
    static String validity(CertificateView c) {
        String issued = "Issued " + DATE.format(c.issuedOn());
        String from = c.validFrom().isAfter(c.issuedOn()) ? " · valid from " + DATE.format(c.validFrom()) : "";
        String until = c.validUntil() == null ? " · no expiry" : " · valid until " + DATE.format(c.validUntil());
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
