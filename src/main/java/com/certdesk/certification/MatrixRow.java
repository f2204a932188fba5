package com.certdesk.certification;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One agent in the certification matrix: program id → status, for every program shown. */
public record MatrixRow(long userId, String displayName, @Nullable String teamName, Map<Long, StatusCell> cells) {

    public MatrixRow {
        cells = Map.copyOf(cells);
    }

    /** The agent's status in the program; "not assigned" for a program that is not shown. */
    public StatusCell cell(long programId) {
        return cells.getOrDefault(programId, StatusCell.NOT_ASSIGNED);
    }
}
