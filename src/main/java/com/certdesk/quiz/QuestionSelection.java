package com.certdesk.quiz;

/** Which questions an attempt gets: the quiz's own list, or a number drawn at random from a category. */
public enum QuestionSelection {
    FIXED("Fixed list of questions"),
    RANDOM("Random questions from a category");

    private final String label;

    QuestionSelection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
