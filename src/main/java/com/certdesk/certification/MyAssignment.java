package com.certdesk.certification;

import com.certdesk.catalog.ModuleRef;
import java.time.LocalDate;
import java.util.List;

/**
 * Something an agent has been asked to do, for "My learning": the program or module, its due date and where the
 * agent stands. {@code daysLeft} is negative when overdue; {@code modules} are a program's required modules
 * (empty for a module assignment).
 */
public record MyAssignment(AssignmentKind kind, long targetId, String title, LocalDate dueOn, String statusText,
        boolean done, boolean overdue, long daysLeft, List<ModuleRef> modules) {

    public MyAssignment {
        modules = List.copyOf(modules);
    }
}
