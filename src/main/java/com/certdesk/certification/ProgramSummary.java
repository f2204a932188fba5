package com.certdesk.certification;

import com.certdesk.catalog.ModuleRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A certification program with its required modules, in order. */
public record ProgramSummary(long id, String name, String description, List<ModuleRef> modules,
        @Nullable Integer validityMonths, int windowDays, @Nullable Integer minScore, boolean active, long version) {

    public ProgramSummary {
        modules = List.copyOf(modules);
    }

    public List<Long> moduleIds() {
        return modules.stream().map(ModuleRef::id).toList();
    }

    /** "12 months", "No expiry". */
    public String validityText() {
        if (validityMonths == null) {
            return "No expiry";
        }
        return validityMonths == 1 ? "1 month" : validityMonths + " months";
    }

    public ProgramDraft toDraft() {
        return new ProgramDraft(name, description, moduleIds(), validityMonths, windowDays, minScore);
    }
}
