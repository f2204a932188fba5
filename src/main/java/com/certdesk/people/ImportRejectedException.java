package com.certdesk.people;

import com.certdesk.base.ValidationException;
import java.util.List;

/** The whole file was rejected; nothing was imported. */
public class ImportRejectedException extends ValidationException {

    private final List<ImportProblem> problems;

    public ImportRejectedException(List<ImportProblem> problems) {
        super("The file was rejected as a whole (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "); nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
