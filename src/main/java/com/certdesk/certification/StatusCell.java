package com.certdesk.certification;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An agent's status in one program with the date that goes with it: the last valid day when certified, expiring
 * or expired; the due date when assigned, in progress or overdue; none when not assigned.
 */
public record StatusCell(CertStatus status, @Nullable LocalDate date) {

    public static final StatusCell NOT_ASSIGNED = new StatusCell(CertStatus.NOT_ASSIGNED, null);

    /** "Certified until 30 Jun 2027", "Overdue since 1 Dec 2026", "Due 5 Jan 2027". */
    public String describe(java.time.format.DateTimeFormatter format) {
        if (date == null) {
            return status == CertStatus.CERTIFIED ? "Certified, no expiry" : status.label();
        }
        String when = format.format(date);
        return switch (status) {
            case CERTIFIED -> "Certified until " + when;
            case EXPIRING_SOON -> "Expires after " + when;
            case EXPIRED -> "Expired after " + when;
            case OVERDUE -> "Overdue, was due " + when;
            case ASSIGNED -> "Not started, due " + when;
            case IN_PROGRESS -> "In progress, due " + when;
            case NOT_ASSIGNED -> status.label();
        };
    }
}
