package com.certdesk.quiz.internal;

import com.certdesk.quiz.QuestionRules;
import com.certdesk.quiz.Response;
import java.util.List;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a response earns points, per question type. Returns the share of the question's points earned, 0.0 to
 * 1.0:
 * <ul>
 *   <li>single choice: exactly one option chosen, earning that option's weight as Moodle's single-answer
 *       multichoice grades it (full marks for a correct option, a share for a partly right one such as GIFT's
 *       {@code ~%50%}), never below 0; with every wrong option at 0% this is all or nothing;</li>
 *   <li>true/false: all or nothing, exactly one option chosen and it is the correct one;</li>
 *   <li>multiple response: the sum of the chosen options' weights (wrong options weigh negative), never below 0;</li>
 *   <li>short answer: the weight of the best accepted answer the text matches after normalising case and
 *       whitespace, {@code *} matching anything as in Moodle ({@link #shortAnswerMatch});</li>
 *   <li>matching: the share of left-hand items paired with their correct answer.</li>
 * </ul>
 */
public final class Scoring {

    private Scoring() {
    }

    public static double fraction(Snapshot.Slot slot, @Nullable Response response) {
        if (response == null) {
            return 0.0;
        }
        return switch (slot.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> chosenOption(slot, response.selected());
            case MULTIPLE_RESPONSE -> partialCredit(slot.choices(), response.selected());
            case SHORT_ANSWER -> shortAnswer(slot, response.text());
            case MATCHING -> matching(slot.choices(), response.pairs());
        };
    }

    /** Points earned: the fraction times the question's points. */
    public static double points(Snapshot.Slot slot, @Nullable Response response) {
        return fraction(slot, response) * slot.points();
    }

    /**
     * The share of the points that choosing this option earns, between 0 and 1. Single choice and multiple
     * response: the option's weight (a negative one earns 0 for single choice; for multiple response it still
     * counts against the other chosen options in {@link #fraction}); true/false: only the correct option.
     */
    public static double optionFraction(Snapshot.Slot slot, Snapshot.Choice choice) {
        return switch (slot.type()) {
            case TRUE_FALSE -> choice.fraction() == 1.0 ? 1.0 : 0.0;
            default -> clamp(choice.fraction());
        };
    }

    /**
     * Whether the review marks this option as a correct answer: for single choice and true/false an option
     * worth full marks (a partly right option is not "the" answer, as Moodle's right answer is its 100% one);
     * for multiple response every option that earns points.
     */
    public static boolean correctOption(Snapshot.Slot slot, Snapshot.Choice choice) {
        double earns = optionFraction(slot, choice);
        return switch (slot.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> earns == 1.0;
            default -> earns > 0;
        };
    }

    private static double chosenOption(Snapshot.Slot slot, List<Integer> selected) {
        if (selected.size() != 1) {
            return 0.0;
        }
        return slot.choices().stream().filter(c -> c.key() == selected.getFirst())
                .mapToDouble(c -> optionFraction(slot, c)).findFirst().orElse(0.0);
    }

    private static double partialCredit(List<Snapshot.Choice> choices, List<Integer> selected) {
        double sum = 0.0;
        for (Snapshot.Choice choice : choices) {
            if (selected.contains(choice.key())) {
                sum += choice.fraction();
            }
        }
        return clamp(sum);
    }

    private static double shortAnswer(Snapshot.Slot slot, String text) {
        return clamp(matchedAnswer(slot, text).map(Snapshot.Choice::fraction).orElse(0.0));
    }

    /** Short answer: the accepted answer the text matches with the most credit, if any ({@link #shortAnswerMatch}). */
    public static Optional<Snapshot.Choice> matchedAnswer(Snapshot.Slot slot, String text) {
        return shortAnswerMatch(slot.choices(), text);
    }

    /**
     * The accepted answer a typed text earns, as Moodle's short answer grades it: compared ignoring case (and
     * here surrounding and repeated whitespace), {@code *} in an accepted answer matching any characters and
     * {@code \*} a literal asterisk; of the answers that match, the one worth most (the first of equals). Empty
     * when nothing was typed or nothing matches. Its feedback is the feedback the learner gets.
     */
    public static Optional<Snapshot.Choice> shortAnswerMatch(List<Snapshot.Choice> accepted, String text) {
        String given = Normalizer.normalize(QuestionRules.normalize(text), Normalizer.Form.NFC);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        Snapshot.Choice best = null;
        for (Snapshot.Choice answer : accepted) {
            if (wildcard(answer.text()).matcher(given).matches()
                    && (best == null || answer.fraction() > best.fraction())) {
                best = answer;
            }
        }
        return Optional.ofNullable(best);
    }

    /** An accepted answer as a pattern: runs of unescaped {@code *} match anything, the rest literally. */
    private static Pattern wildcard(String answer) {
        String normalized = Normalizer.normalize(QuestionRules.normalize(answer), Normalizer.Form.NFC);
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\\' && i + 1 < normalized.length() && normalized.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (c == '*') {
                regex.append(Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
                while (i + 1 < normalized.length() && normalized.charAt(i + 1) == '*') {
                    i++;
                }
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** Short answer: the answers that earn full marks, as the review shows them. */
    public static List<String> acceptedAnswers(Snapshot.Slot slot) {
        return slot.choices().stream().filter(c -> c.fraction() == 1.0).map(Snapshot.Choice::text).toList();
    }

    /** Matching: whether the chosen right-hand answer is the item's. */
    public static boolean pairRight(Snapshot.Choice item, @Nullable String chosen) {
        return chosen != null && QuestionRules.normalize(chosen).equals(QuestionRules.normalize(item.match()));
    }

    private static double matching(List<Snapshot.Choice> items, Map<Integer, String> pairs) {
        List<Snapshot.Choice> asked = items.stream().filter(c -> !c.text().isBlank()).toList();
        if (asked.isEmpty()) {
            return 0.0;
        }
        long right = asked.stream().filter(item -> pairRight(item, pairs.get(item.key()))).count();
        return (double) right / asked.size();
    }

    /** Between 0 and 1, and rounded to 6 places so that three weights of 33.33333% make exactly 100%. */
    private static double clamp(double value) {
        double rounded = Math.round(value * 1_000_000) / 1_000_000.0;
        return Math.max(0.0, Math.min(1.0, rounded));
    }

    /**
     * Whether a percentage reaches a mark (a quiz's pass mark, a program's minimum score); tolerant of
     * floating-point noise such as 79.99999999. The one owner of this tolerance: everything else calls it.
     */
    public static boolean passes(double percent, int passMark) {
        return percent + PASS_TOLERANCE >= passMark;
    }

    private static final double PASS_TOLERANCE = 1e-6;
}
