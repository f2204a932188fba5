package com.certdesk.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes a question complete enough to be asked and graded fairly. The question editor and the GIFT
 * importer apply the same rules; every problem is a sentence written for the author. What Moodle saves from a
 * GIFT file although its editor asks for more ({@link Findings#editorOnly}) the importer takes with a warning,
 * and scoring grades it as Moodle does.
 */
public final class QuestionRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_STEM = 20_000;
    public static final int MAX_CHOICE = 2_000;
    public static final int MAX_FEEDBACK = 4_000;
    public static final int MAX_POINTS = 100;
    public static final int MAX_CHOICES = 26;

    private QuestionRules() {
    }

    /**
     * What {@link #findings} reports: {@code problems} no question may have, and {@code editorOnly} ones that
     * Moodle saves from a GIFT file (its importer accepts them) although its editor, like Certdesk's, asks for
     * more. The editor refuses both; the GIFT importer refuses only {@code problems} and warns about the rest.
     */
    public record Findings(List<String> problems, List<String> editorOnly) {

        public Findings {
            problems = List.copyOf(problems);
            editorOnly = List.copyOf(editorOnly);
        }

        public List<String> all() {
            List<String> all = new ArrayList<>(problems);
            all.addAll(editorOnly);
            return all;
        }
    }

    /** Every problem of {@code draft}; empty when it can be saved. */
    public static List<String> problems(QuestionDraft draft) {
        return findings(draft).all();
    }

    /** Every problem of {@code draft}, split into what nothing accepts and what only the editor refuses. */
    public static Findings findings(QuestionDraft draft) {
        List<String> problems = new ArrayList<>();
        List<String> editorOnly = new ArrayList<>();
        if (draft.title().isBlank()) {
            problems.add("Give the question a title.");
        } else if (draft.title().length() > MAX_TITLE) {
            problems.add("The title is longer than " + MAX_TITLE + " characters.");
        }
        if (draft.stem().isBlank()) {
            problems.add("Write the question text.");
        } else if (draft.stem().length() > MAX_STEM) {
            problems.add("The question text is longer than " + MAX_STEM + " characters.");
        }
        if (draft.generalFeedback().length() > MAX_FEEDBACK) {
            problems.add("The general feedback is longer than " + MAX_FEEDBACK + " characters.");
        }
        if (draft.points() < 1 || draft.points() > MAX_POINTS) {
            problems.add("Points must be between 1 and " + MAX_POINTS + ".");
        }
        if (draft.choices().size() > MAX_CHOICES) {
            problems.add("A question can have at most " + MAX_CHOICES + " answers.");
        }
        for (ChoiceDraft choice : draft.choices()) {
            if (choice.text().length() > MAX_CHOICE || choice.match().length() > MAX_CHOICE) {
                problems.add("An answer is longer than " + MAX_CHOICE + " characters.");
                break;
            }
            if (choice.feedback().length() > MAX_FEEDBACK) {
                problems.add("An answer's feedback is longer than " + MAX_FEEDBACK + " characters.");
                break;
            }
        }
        switch (draft.type()) {
            case SINGLE_CHOICE -> singleChoice(draft, problems, editorOnly);
            case MULTIPLE_RESPONSE -> multipleResponse(draft, problems, editorOnly);
            case TRUE_FALSE -> trueFalse(draft, problems);
            case SHORT_ANSWER -> shortAnswer(draft, problems, editorOnly);
            case MATCHING -> matching(draft, problems, editorOnly);
        }
        return new Findings(problems, editorOnly);
    }

    /**
     * One correct answer worth 100%; the other answers may earn part of the points (an allowed weight such as
     * 50%, or a negative one, which earns nothing), as Moodle's single-answer multichoice grades them. Several
     * correct answers are each worth full marks, as Moodle grades them; the editor keeps to one.
     */
    private static void singleChoice(QuestionDraft draft, List<String> problems, List<String> editorOnly) {
        List<ChoiceDraft> choices = draft.choices();
        if (choices.size() < 2) {
            problems.add("A single-choice question needs at least two answers.");
        }
        blankTexts(choices, problems);
        long correct = choices.stream().filter(c -> c.fraction() == 1.0).count();
        if (correct != 1) {
            (correct > 1 ? editorOnly : problems).add("A single-choice question needs exactly one correct answer"
                    + " (it has " + correct + ").");
        }
        for (ChoiceDraft choice : choices) {
            if (Fractions.match(choice.fraction()).isEmpty()) {
                problems.add("The weight " + Fractions.percent(choice.fraction()) + "% of \"" + shorten(choice.text())
                        + "\" is not one of the allowed weights (100% for the correct answer; 90, 83.33333, 80, 75,"
                        + " 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10,"
                        + " 5, 0 or their negatives for the others).");
            }
        }
    }

    /** Weights that do not add up to 100% are graded as Moodle does (their sum, between 0 and 100%). */
    private static void multipleResponse(QuestionDraft draft, List<String> problems, List<String> editorOnly) {
        List<ChoiceDraft> choices = draft.choices();
        if (choices.size() < 2) {
            problems.add("A multiple-response question needs at least two answers.");
        }
        blankTexts(choices, problems);
        double positive = 0;
        for (ChoiceDraft choice : choices) {
            if (Fractions.match(choice.fraction()).isEmpty()) {
                problems.add("The weight " + Fractions.percent(choice.fraction()) + "% of \"" + shorten(choice.text())
                        + "\" is not one of the allowed weights (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40,"
                        + " 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5 or their negatives).");
            }
            if (choice.fraction() > 0) {
                positive += choice.fraction();
            }
        }
        if (!Fractions.sumToWhole(positive)) {
            editorOnly.add("The positive weights of a multiple-response question must add up to 100% (they add up to "
                    + Fractions.percent(positive) + "%).");
        }
    }

    private static void trueFalse(QuestionDraft draft, List<String> problems) {
        List<ChoiceDraft> choices = draft.choices();
        boolean shape = choices.size() == 2 && "True".equals(choices.get(0).text())
                && "False".equals(choices.get(1).text())
                && choices.get(0).fraction() + choices.get(1).fraction() == 1.0
                && (choices.get(0).fraction() == 1.0 || choices.get(1).fraction() == 1.0);
        if (!shape) {
            problems.add("A true/false question has the answers True and False, exactly one of them correct.");
        }
    }

    /**
     * Accepted answers may be worth part of the points or nothing (a 0% answer such as Moodle's catch-all
     * {@code *} only gives its feedback); one must earn full marks, as Moodle's editor asks.
     */
    private static void shortAnswer(QuestionDraft draft, List<String> problems, List<String> editorOnly) {
        List<ChoiceDraft> choices = draft.choices();
        if (choices.isEmpty()) {
            problems.add("A short-answer question needs at least one accepted answer.");
        }
        blankTexts(choices, problems);
        if (!choices.isEmpty() && choices.stream().noneMatch(c -> c.fraction() == 1.0)) {
            editorOnly.add("At least one accepted answer must be worth 100%.");
        }
        for (ChoiceDraft choice : choices) {
            if (Fractions.match(choice.fraction()).isEmpty()) {
                problems.add("The accepted answer \"" + shorten(choice.text())
                        + "\" needs a weight from the allowed set.");
            } else if (choice.fraction() < 0) {
                editorOnly.add("The accepted answer \"" + shorten(choice.text())
                        + "\" has a negative weight; short answers earn 0% or more.");
            }
        }
    }

    /** The same item twice on the left is asked twice, as Moodle does; the editor asks for distinct items. */
    private static void matching(QuestionDraft draft, List<String> problems, List<String> editorOnly) {
        List<ChoiceDraft> choices = draft.choices();
        long pairs = choices.stream().filter(c -> !c.text().isBlank()).count();
        if (pairs < 2) {
            problems.add("A matching question needs at least two pairs.");
        }
        if (choices.stream().anyMatch(c -> c.match().isBlank())) {
            problems.add("Every item in a matching question needs an answer on the right.");
        }
        long distinctLeft = choices.stream().filter(c -> !c.text().isBlank())
                .map(c -> normalize(c.text())).distinct().count();
        if (distinctLeft != pairs) {
            editorOnly.add("Two items on the left of a matching question are the same.");
        }
    }

    private static void blankTexts(List<ChoiceDraft> choices, List<String> problems) {
        if (choices.stream().anyMatch(c -> c.text().isBlank())) {
            problems.add("An answer is empty.");
        }
    }

    /** How short answers and matching items are compared: case-insensitive, whitespace collapsed and trimmed. */
    public static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
