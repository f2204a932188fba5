package com.certdesk.people;

import java.util.List;

/** What a user import file would do: the rows it would create, or every problem that stops it. */
public record UserImportCheck(List<UserImportRow> rows, List<ImportProblem> problems) {

    public UserImportCheck {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean acceptable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
