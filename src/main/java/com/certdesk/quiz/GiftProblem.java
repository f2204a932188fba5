package com.certdesk.quiz;

/**
 * Something a GIFT file's author must know. An {@link Severity#ERROR} rejects the whole file (Moodle would refuse
 * it too); a {@link Severity#SKIPPED} question is left out and the rest can still be imported; a
 * {@link Severity#WARNING} question is imported as Moodle imports it, but the question editor will ask for more
 * before it saves the question again.
 *
 * @param line   1-based line where the question (or the faulty construct) starts
 * @param number 1-based position of the question in the file, 0 when the problem is outside any question
 * @param title  the question's title when it has one, else empty
 */
public record GiftProblem(Severity severity, int line, int number, String title, String message) {

    public enum Severity { ERROR, SKIPPED, WARNING }

    /** "Line 12, question 3 "Greeting": message" — the form shown to the author. */
    public String describe() {
        StringBuilder text = new StringBuilder("Line ").append(line);
        if (number > 0) {
            text.append(", question ").append(number);
        }
        if (!title.isBlank()) {
            text.append(" \"").append(title).append('"');
        }
        return text.append(": ").append(message).toString();
    }
}
