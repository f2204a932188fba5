package com.certdesk.quiz;

/**
 * One answer option of a question.
 *
 * <ul>
 *   <li>single choice, multiple response: {@code text} is the option, {@code fraction} its share of the points
 *       (1.0 for the correct single choice; weights such as 0.5 or -0.3333333 for multiple response);</li>
 *   <li>true/false: exactly two options "True" and "False", the correct one with fraction 1.0;</li>
 *   <li>short answer: {@code text} is an accepted answer, normally with fraction 1.0;</li>
 *   <li>matching: {@code text} is the item on the left and {@code match} the answer it pairs with on the right;
 *       an empty {@code text} makes {@code match} an extra distractor on the right.</li>
 * </ul>
 *
 * {@code feedback} is shown to the learner who chose this option (empty for none); {@code match} is empty for
 * every type but matching.
 */
public record ChoiceDraft(String text, double fraction, String feedback, String match) {

    public ChoiceDraft {
        if (fraction < -1.0 || fraction > 1.0 || Double.isNaN(fraction)) {
            throw new IllegalArgumentException("A choice's fraction must lie between -1 and 1: " + fraction);
        }
    }

    public static ChoiceDraft of(String text, double fraction, String feedback) {
        return new ChoiceDraft(text, fraction, feedback, "");
    }

    public static ChoiceDraft pair(String left, String right) {
        return new ChoiceDraft(left, 0.0, "", right);
    }
}
