package com.certdesk.catalog;

/** Whether a module asks for a passed quiz on top of its lessons, and whether the learner has passed it. */
public enum QuizRequirement {
    NONE,
    PENDING,
    PASSED
}
