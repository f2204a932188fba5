package com.certdesk.quiz;

/** How an attempt is shown: one question per page with a navigator, or every question on one page. */
public enum QuizLayout {
    ONE_PER_PAGE("One question per page"),
    ALL_ON_ONE_PAGE("All questions on one page");

    private final String label;

    QuizLayout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
