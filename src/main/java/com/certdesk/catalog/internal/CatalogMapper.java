package com.certdesk.catalog.internal;

import com.certdesk.catalog.LessonOutline;
import com.certdesk.catalog.ModuleSummary;
import java.util.List;
import java.util.Set;

public final class CatalogMapper {

    private CatalogMapper() {
    }

    public static ModuleSummary toSummary(LearningModule m, int lessonCount) {
        return new ModuleSummary(m.getId(), m.getTitle(), m.getSummary(), m.getSkillArea(), m.getEstimatedMinutes(),
                m.getStatus(), m.getContentVersion(), lessonCount, m.getPublishedAt(), m.getUpdatedAt(),
                m.getVersion());
    }

    public static ModuleSummary toSummary(LearningModule m) {
        return toSummary(m, m.getLessons().size());
    }

    public static List<LessonOutline> outlines(LearningModule m, Set<Long> done) {
        return m.getLessons().stream()
                .map(l -> new LessonOutline(l.getId(), l.getPosition(), l.getTitle(), done.contains(l.getId())))
                .toList();
    }
}
