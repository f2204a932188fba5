package com.certdesk.quiz;

import java.util.List;

/** What a GIFT file holds: the questions that can be imported and every problem found, in file order. */
public record GiftParseResult(List<GiftQuestion> questions, List<GiftProblem> problems) {

    public GiftParseResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    /** True when the file must be rejected as a whole. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == GiftProblem.Severity.ERROR);
    }
}
