package com.certdesk.certification;

import org.jspecify.annotations.Nullable;

/**
 * An agent whose certificate in a program runs out soon, or whose assignment of it is overdue; the cell's date is
 * the certificate's last valid day or the missed due date.
 */
public record DueItem(long userId, String displayName, @Nullable String teamName, long programId, String programName,
        StatusCell cell) {
}
