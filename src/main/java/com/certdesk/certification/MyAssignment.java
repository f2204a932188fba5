package com.certdesk.certification;

import java.time.LocalDate;

/**
 * Something an agent has been asked to do, for "My learning": the program or module, its due date and where the
 * agent stands. {@code daysLeft} is negative when overdue.
 */
public record MyAssignment(AssignmentKind kind, long targetId, String title, LocalDate dueOn, String statusText,
        boolean done, boolean overdue, long daysLeft) {
}
