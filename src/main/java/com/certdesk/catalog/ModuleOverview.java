package com.certdesk.catalog;

import java.util.List;

/** The module page for a learner: the module, its lessons with done marks, and progress. */
public record ModuleOverview(ModuleSummary module, List<LessonOutline> lessons, ModuleProgress progress) {

    public ModuleOverview {
        lessons = List.copyOf(lessons);
    }
}
