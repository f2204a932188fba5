package com.certdesk.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A module as listed in catalogs and authoring grids. {@code contentVersion} is what learners see raised when a
 * published module changes; {@code version} is the edit version an author's form hands back to
 * {@link AuthoringService#updateModule} so that a stale edit is refused.
 */
public record ModuleSummary(long id, String title, String summary, SkillArea skillArea, int estimatedMinutes,
        ModuleStatus status, int contentVersion, int lessonCount, @Nullable Instant publishedAt, Instant updatedAt,
        long version) {
}
