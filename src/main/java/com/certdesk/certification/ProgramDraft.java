package com.certdesk.certification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator types for a certification program. {@code validityMonths} null means certificates never
 * expire; {@code minScore} null means each module's own pass mark is enough.
 */
public record ProgramDraft(String name, String description, List<Long> moduleIds, @Nullable Integer validityMonths,
        int windowDays, @Nullable Integer minScore) {

    public static final int MAX_VALIDITY_MONTHS = 120;

    public ProgramDraft {
        name = name.strip();
        description = description.strip();
        moduleIds = List.copyOf(new LinkedHashSet<>(moduleIds));
    }

    /** Everything wrong with the draft, in words for the administrator; empty when it can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("Give the program a name.");
        } else if (name.length() > 160) {
            problems.add("The name is too long (at most 160 characters).");
        }
        if (description.length() > 4000) {
            problems.add("The description is too long (at most 4,000 characters).");
        }
        if (moduleIds.isEmpty()) {
            problems.add("Choose at least one required module.");
        }
        if (validityMonths != null && (validityMonths < 1 || validityMonths > MAX_VALIDITY_MONTHS)) {
            problems.add("Validity must be between 1 and " + MAX_VALIDITY_MONTHS + " months, or no expiry.");
        }
        if (windowDays < 0 || windowDays > 365) {
            problems.add("The recertification window must be between 0 and 365 days.");
        } else if (validityMonths != null && windowDays > validityMonths * 28) {
            problems.add("The recertification window cannot be longer than the validity.");
        }
        if (minScore != null && (minScore < 1 || minScore > 100)) {
            problems.add("The minimum quiz score must be between 1 and 100 %, or left empty.");
        }
        return problems;
    }
}
