package com.certdesk.quiz;

import java.util.List;

/** A module's quiz as its author sees it. */
public record QuizDetail(long id, long moduleId, String moduleTitle, QuizSettings settings,
        List<QuestionSummary> questions, int attempts, long version) {

    public QuizDetail {
        questions = List.copyOf(questions);
    }
}
