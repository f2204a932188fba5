package com.certdesk.catalog;

/** A published module with one learner's progress in it. */
public record LearnerModule(ModuleSummary module, ModuleProgress progress) {
}
