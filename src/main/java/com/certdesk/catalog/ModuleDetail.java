package com.certdesk.catalog;

import java.util.List;

/** A module as its author sees it, with all lessons in order. */
public record ModuleDetail(ModuleSummary module, List<LessonOutline> lessons) {

    public ModuleDetail {
        lessons = List.copyOf(lessons);
    }
}
