package com.certdesk.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A module as listed in catalogs and authoring grids. */
public record ModuleSummary(long id, String title, String summary, SkillArea skillArea, int estimatedMinutes,
        ModuleStatus status, int contentVersion, int lessonCount, @Nullable Instant publishedAt, Instant updatedAt) {
}
