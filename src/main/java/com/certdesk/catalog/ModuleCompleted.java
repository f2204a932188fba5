package com.certdesk.catalog;

import java.time.Instant;

/** A learner has done every lesson of a module (at the module's content version). */
public record ModuleCompleted(long userId, long moduleId, int contentVersion, Instant completedAt) {
}
