package com.certdesk.catalog;

/** What an author enters for a module. */
public record ModuleDraft(String title, String summary, SkillArea skillArea, int estimatedMinutes) {
}
