package com.certdesk.feedback.internal;

import com.certdesk.feedback.FormatMapping;

/** Choices every vendor format shares. */
final class Vendors {

    private Vendors() {
    }

    /** The system name stored with the ratings: the administrator's choice, else the vendor's name. */
    static String system(FormatMapping mapping, String vendor) {
        String chosen = mapping.sourceSystem();
        return chosen == null || chosen.isBlank() ? vendor : chosen.strip();
    }
}
