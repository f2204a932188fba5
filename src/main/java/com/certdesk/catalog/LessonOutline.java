package com.certdesk.catalog;

/** A lesson's place in its module, with whether the learner has done it. */
public record LessonOutline(long id, int number, String title, boolean done) {
}
