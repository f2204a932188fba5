package com.certdesk.quiz;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a finished attempt shows its agent, and from when, per part (like Moodle's review options):
 * <ul>
 *   <li>{@code score}: the points and the percentage (whether the attempt passed is always told);</li>
 *   <li>{@code rightWrong}: which questions were answered right, partly right or wrong;</li>
 *   <li>{@code correctAnswers}: the correct answers of every question;</li>
 *   <li>{@code feedback}: the feedback of the chosen answers and of each question, which usually explains the
 *   correct answer, so it is best shown no earlier than the correct answers.</li>
 * </ul>
 * The default keeps a failed attempt from handing out the answers while the agent may still try again.
 */
public record ReviewOptions(Set<ReviewMoment> score, Set<ReviewMoment> rightWrong, Set<ReviewMoment> correctAnswers,
        Set<ReviewMoment> feedback) {

    private static final Set<ReviewMoment> ONCE_PASSED_OR_OUT_OF_ATTEMPTS =
            EnumSet.of(ReviewMoment.AFTER_PASSING, ReviewMoment.OUT_OF_ATTEMPTS);

    public ReviewOptions {
        score = Set.copyOf(score);
        rightWrong = Set.copyOf(rightWrong);
        correctAnswers = Set.copyOf(correctAnswers);
        feedback = Set.copyOf(feedback);
    }

    /** Score and right/wrong at once; correct answers and feedback once passed or out of attempts. */
    public static ReviewOptions defaults() {
        return new ReviewOptions(Set.of(ReviewMoment.IMMEDIATELY), Set.of(ReviewMoment.IMMEDIATELY),
                ONCE_PASSED_OR_OUT_OF_ATTEMPTS, ONCE_PASSED_OR_OUT_OF_ATTEMPTS);
    }

    /** Everything right after each attempt: for practice quizzes that do not count. */
    public static ReviewOptions everythingAtOnce() {
        Set<ReviewMoment> now = Set.of(ReviewMoment.IMMEDIATELY);
        return new ReviewOptions(now, now, now, now);
    }

    /** Where the agent stands, which decides which moments have come. */
    public record Standing(boolean passed, boolean outOfAttempts, boolean closed) {

        boolean reached(ReviewMoment moment) {
            return switch (moment) {
                case IMMEDIATELY -> true;
                case AFTER_PASSING -> passed;
                case OUT_OF_ATTEMPTS -> outOfAttempts;
                case AFTER_CLOSE -> closed;
            };
        }
    }

    /** Which parts of the review are shown now. */
    public record Visible(boolean score, boolean rightWrong, boolean correctAnswers, boolean feedback) {

        public boolean everything() {
            return score && rightWrong && correctAnswers && feedback;
        }
    }

    public Visible visible(Standing standing) {
        return new Visible(shown(score, standing), shown(rightWrong, standing), shown(correctAnswers, standing),
                shown(feedback, standing));
    }

    private static boolean shown(Set<ReviewMoment> moments, Standing standing) {
        return moments.stream().anyMatch(standing::reached);
    }

    /** How a set of moments is stored: names separated by commas, "" for never. */
    public static String encode(Set<ReviewMoment> moments) {
        return Arrays.stream(ReviewMoment.values()).filter(moments::contains).map(Enum::name)
                .collect(Collectors.joining(","));
    }

    public static Set<ReviewMoment> decode(String stored) {
        Set<ReviewMoment> moments = EnumSet.noneOf(ReviewMoment.class);
        for (String name : stored.split(",")) {
            if (!name.isBlank()) {
                moments.add(ReviewMoment.valueOf(name.strip()));
            }
        }
        return moments;
    }

    /** "once the agent has passed or has used every allowed attempt", for telling agents when a part shows. */
    public static String describe(Set<ReviewMoment> moments) {
        List<String> parts = Arrays.stream(ReviewMoment.values()).filter(moments::contains)
                .map(m -> switch (m) {
                    case IMMEDIATELY -> "right after each attempt";
                    case AFTER_PASSING -> "once you pass this quiz";
                    case OUT_OF_ATTEMPTS -> "once you have used all your attempts";
                    case AFTER_CLOSE -> "after the quiz closes";
                }).toList();
        return String.join(" or ", parts);
    }
}
