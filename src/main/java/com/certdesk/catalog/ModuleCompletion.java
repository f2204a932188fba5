package com.certdesk.catalog;

import java.time.Instant;

/**
 * A module a learner has completed and when: the moment its last step was done (the last of its lessons, or the
 * first passed quiz when that came later).
 */
public record ModuleCompletion(long moduleId, String title, Instant completedAt) {
}
