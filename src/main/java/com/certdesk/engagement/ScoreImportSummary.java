package com.certdesk.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One import of engagement scores as listed: its file, who imported it when, what it holds. */
public record ScoreImportSummary(long id, String fileName, String importedBy, Instant importedAt, int scores,
        int skipped, @Nullable LocalDate from, @Nullable LocalDate to, List<String> measures) {

    public ScoreImportSummary {
        measures = List.copyOf(measures);
    }
}
