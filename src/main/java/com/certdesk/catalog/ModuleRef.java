package com.certdesk.catalog;

/** A module named by other features (question categories, quizzes). */
public record ModuleRef(long id, String title, SkillArea skillArea, ModuleStatus status) {
}
