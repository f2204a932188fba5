package com.certdesk.quiz;

/** A question as its author edits it; {@code version} guards against two authors saving over each other. */
public record QuestionDetail(long id, QuestionCategory category, QuestionDraft draft, long version) {
}
