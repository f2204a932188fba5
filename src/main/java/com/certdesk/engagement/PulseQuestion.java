package com.certdesk.engagement;

/** A question of a survey as stored, with the id its answers refer to. */
public record PulseQuestion(long id, ItemKind kind, String theme, String statement) {
}
