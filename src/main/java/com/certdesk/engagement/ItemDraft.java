package com.certdesk.engagement;

/** One question of a survey as its author writes it. */
public record ItemDraft(ItemKind kind, String theme, String statement) {
}
