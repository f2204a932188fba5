package com.certdesk.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One agent's learning at a glance, for their manager and HR. */
public record AgentProgressRow(long userId, String displayName, String username, int modulesCompleted,
        int modulesInProgress, int publishedModules, int lessonsDone, @Nullable Instant lastActivity) {

    public int percentComplete() {
        return publishedModules == 0 ? 0 : modulesCompleted * 100 / publishedModules;
    }
}
