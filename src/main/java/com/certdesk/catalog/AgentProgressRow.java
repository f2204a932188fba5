package com.certdesk.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One agent's learning at a glance, for their manager and HR; {@code teamName} is null for an agent in no team. */
public record AgentProgressRow(long userId, String displayName, String username, @Nullable String teamName,
        int modulesCompleted, int modulesInProgress, int publishedModules, int lessonsDone,
        @Nullable Instant lastActivity) {

    public int percentComplete() {
        return publishedModules == 0 ? 0 : modulesCompleted * 100 / publishedModules;
    }
}
