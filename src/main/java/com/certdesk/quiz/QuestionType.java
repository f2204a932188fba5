package com.certdesk.quiz;

/** The kinds of question Certdesk can ask and grade. */
public enum QuestionType {
    SINGLE_CHOICE("Single choice"),
    MULTIPLE_RESPONSE("Multiple response"),
    TRUE_FALSE("True/false"),
    SHORT_ANSWER("Short answer"),
    MATCHING("Matching");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
