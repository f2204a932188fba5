package com.certdesk.insight;

import java.time.LocalDate;

/** Something an agent achieved in training, on the organization's calendar day it happened. */
public record TrainingEvent(LocalDate day, Kind kind, String name) {

    public enum Kind {
        MODULE_COMPLETED("Module completed"),
        CERTIFICATE_ISSUED("Certificate issued");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "Certificate issued: De-escalation Specialist". */
    public String describe() {
        return kind.label() + ": " + name;
    }
}
