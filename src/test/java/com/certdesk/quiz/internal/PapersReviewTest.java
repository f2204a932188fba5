package com.certdesk.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.QuizPass;
import com.certdesk.quiz.Response;
import com.certdesk.quiz.ReviewItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review shows as right exactly what {@link Scoring} gives points for, and hides what it is told to. */
class PapersReviewTest {

    private static Snapshot.Slot slot(QuestionType type, Snapshot.Choice... choices) {
        return new Snapshot.Slot(1, type, "t", "stem", "Why.", 1, List.of(choices), List.of());
    }

    private static Snapshot.Choice c(int key, String text, double fraction, String feedback) {
        return new Snapshot.Choice(key, text, fraction, feedback, "");
    }

    @Test
    void a_partly_right_single_choice_option_earns_its_share_but_only_the_full_marks_one_is_shown_as_correct() {
        // as in Moodle, a half-weighted option in a single-choice question earns half; the correct answer is the 100% one
        var slot = slot(QuestionType.SINGLE_CHOICE, c(0, "half", 0.5, ""), c(1, "full", 1, ""), c(2, "no", 0, ""));

        ReviewItem review = Papers.review(slot, 0, Response.choice(0));

        assertThat(Scoring.points(slot, Response.choice(0))).isEqualTo(0.5);
        assertThat(review.earned()).isEqualTo(0.5);
        assertThat(review.options()).extracting(ReviewItem.ReviewOption::right).containsExactly(false, true, false);
    }

    @Test
    void short_answer_feedback_is_that_of_the_answer_scoring_matched() {
        var slot = slot(QuestionType.SHORT_ANSWER, c(0, "csat", 0.5, "Close: spell it out."),
                c(1, "customer satisfaction", 1, "Exactly."));

        ReviewItem review = Papers.review(slot, 0, Response.text("  Customer  Satisfaction "));

        assertThat(review.earned()).isEqualTo(1.0);
        assertThat(review.answerFeedback()).isEqualTo("Exactly.");
        assertThat(review.acceptedAnswers()).containsExactly("customer satisfaction");
    }

    @Test
    void a_review_without_answers_or_feedback_carries_neither() {
        var slot = slot(QuestionType.SINGLE_CHOICE, c(0, "a", 0, "No."), c(1, "b", 1, "Yes."));
        var matching = new Snapshot.Slot(2, QuestionType.MATCHING, "m", "Match", "General.", 1,
                List.of(new Snapshot.Choice(0, "CSAT", 0, "", "1 to 5")), List.of("1 to 5"));

        ReviewItem choice = Papers.review(slot, 0, Response.choice(1), false, false);
        ReviewItem pairs = Papers.review(matching, 1, Response.pairs(Map.of(0, "1 to 5")), false, false);

        assertThat(choice.options()).noneMatch(ReviewItem.ReviewOption::right)
                .allMatch(o -> o.feedback().isEmpty());
        assertThat(choice.answerFeedback()).isEmpty();
        assertThat(choice.generalFeedback()).isEmpty();
        assertThat(choice.earned()).isEqualTo(1.0);
        assertThat(pairs.options().getFirst().correct()).isEmpty();
        assertThat(pairs.generalFeedback()).isEmpty();
    }

    @Test
    void a_programs_minimum_score_uses_the_quizs_one_pass_tolerance() {
        double justBelowByNoise = 79.9999995;
        assertThat(Scoring.passes(justBelowByNoise, 80)).isTrue();
        assertThat(new QuizPass(1, 1, justBelowByNoise, Instant.EPOCH).reaches(80)).isTrue();
        assertThat(new QuizPass(1, 1, 79.99, Instant.EPOCH).reaches(80)).isFalse();
    }
}
