package com.certdesk.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.ValidationException;
import com.certdesk.quiz.QuizTakingService.SaveOutcome;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a finished attempt shows, and when; waits after failures; random papers that differ between attempts. */
@ServiceTest
class QuizReviewOptionsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuestionBankService bank;
    @Autowired
    TestClock clock;

    String agent;
    long moduleId;
    List<Long> questionIds;

    @BeforeEach
    void setUp() {
        agent = fixtures.user("reviewer", null, Roles.AGENT);
        moduleId = fixtures.publishedModule("Reviewed", 1);
        questionIds = quizFixtures.oneOfEach();
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    private QuizDetail quiz(UnaryOperator<QuizSettings> tweak) {
        return quizFixtures.quiz(moduleId, questionIds, tweak);
    }

    /** Submits an attempt with only the first question answered right: 1 of 7 points, a fail at 80%. */
    private long fail() {
        fixtures.signIn(agent);
        long id = taking.startOrResume(moduleId);
        assertThat(taking.saveAnswer(id, 0, Response.choice(1))).isEqualTo(SaveOutcome.SAVED);
        assertThat(taking.submit(id).isPassed()).isFalse();
        return id;
    }

    private long pass() {
        fixtures.signIn(agent);
        long id = taking.startOrResume(moduleId);
        Map.of(0, Response.choice(1), 1, Response.choices(List.of(0, 2)), 2, Response.choice(1),
                3, Response.text("customer satisfaction"), 4,
                Response.pairs(Map.of(0, "1 to 5", 1, "0 to 10", 2, "1 to 7")))
                .forEach((slot, response) -> taking.saveAnswer(id, slot, response));
        assertThat(taking.submit(id).isPassed()).isTrue();
        return id;
    }

    /** Nothing in the result tells which option, answer or pair is the correct one, and no feedback is in it. */
    private static void assertNoAnswersOrFeedback(AttemptResult result) {
        assertThat(result.reviewShown()).isFalse();
        for (ReviewItem item : result.review()) {
            assertThat(item.options()).noneMatch(ReviewItem.ReviewOption::right
                    ).allMatch(o -> o.correct().isEmpty() && o.feedback().isEmpty());
            assertThat(item.acceptedAnswers()).isEmpty();
            assertThat(item.answerFeedback()).isEmpty();
            assertThat(item.generalFeedback()).isEmpty();
        }
    }

    @Test
    void a_failed_attempt_with_attempts_left_shows_the_score_and_right_or_wrong_but_not_the_answers() {
        quiz(s -> QuizFixtures.with(s, null, 3, null, 80, ReviewOptions.defaults()));
        AttemptResult result = taking.result(fail());

        assertThat(result.attempt().percent()).isCloseTo(100.0 / 7, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.marks()).hasSize(5);
        assertThat(result.marks().getFirst().earned()).isEqualTo(1.0);
        assertThat(result.marks().get(1).earned()).isZero();
        assertThat(result.review()).hasSize(5).allMatch(item -> !item.stem().isBlank());
        assertThat(result.review().getFirst().earned()).isEqualTo(1.0);
        assertThat(result.review().getFirst().options().get(1).selected()).isTrue();
        assertNoAnswersOrFeedback(result);
        assertThat(result.reviewNote())
                .isEqualTo("The correct answers and feedback are shown once you pass this quiz or once you have used "
                        + "all your attempts.");
        assertThat(result.next()).isNotNull();
        assertThat(result.next().canStart()).isTrue();
    }

    @Test
    void once_the_agent_has_passed_every_attempt_shows_the_correct_answers_and_feedback() {
        quiz(s -> QuizFixtures.with(s, null, 3, null, 80, ReviewOptions.defaults()));
        long failed = fail();
        long passed = pass();

        for (long id : List.of(failed, passed)) {
            AttemptResult result = taking.result(id);
            assertThat(result.reviewShown()).isTrue();
            assertThat(result.reviewNote()).isEmpty();
            ReviewItem greeting = result.review().getFirst();
            assertThat(greeting.options()).extracting(ReviewItem.ReviewOption::right).containsExactly(false, true, false);
            assertThat(greeting.answerFeedback()).isEqualTo("Warm and clear.");
            assertThat(greeting.generalFeedback()).isEqualTo("Greet warmly.");
            assertThat(result.review().get(3).acceptedAnswers()).containsExactly("customer satisfaction");
        }
    }

    @Test
    void out_of_attempts_the_correct_answers_are_shown_and_try_again_says_why_not() {
        quiz(s -> QuizFixtures.with(s, null, 2, null, 80, ReviewOptions.defaults()));
        long first = fail();
        assertNoAnswersOrFeedback(taking.result(first));
        long second = fail();

        AttemptResult result = taking.result(second);
        assertThat(result.reviewShown()).isTrue();
        assertThat(result.review().getFirst().answerFeedback()).isEqualTo("Warm and clear.");
        assertThat(taking.result(first).reviewShown()).isTrue();
        assertThat(result.next().canStart()).isFalse();
        assertThat(result.next().blockedReason()).isEqualTo("You have used all 2 attempts at this quiz.");
    }

    @Test
    void a_hidden_score_is_left_out_of_the_result_and_said_when_it_shows() {
        var options = new ReviewOptions(Set.of(ReviewMoment.AFTER_PASSING), Set.of(), Set.of(), Set.of());
        quiz(s -> QuizFixtures.with(s, null, null, null, 80, options));
        AttemptResult result = taking.result(fail());

        assertThat(result.attempt().score()).isNull();
        assertThat(result.attempt().percent()).isNull();
        assertThat(result.attempt().isPassed()).isFalse();
        assertThat(result.marks()).isEmpty();
        assertThat(result.review()).isEmpty();
        assertThat(result.reviewNote()).startsWith("Your score is shown once you pass this quiz.")
                .contains("Which questions you got right is not shown for this quiz.");
    }

    @Test
    void answers_shown_after_the_quiz_closes_appear_once_it_has_closed_and_no_attempt_starts_then() {
        var options = new ReviewOptions(Set.of(ReviewMoment.IMMEDIATELY), Set.of(ReviewMoment.IMMEDIATELY),
                Set.of(ReviewMoment.AFTER_CLOSE), Set.of(ReviewMoment.AFTER_CLOSE));
        quiz(s -> QuizFixtures.with(s, null, null, null, 80, options).withClosesAt(clock.instant().plusSeconds(3600)));
        long attempt = fail();
        assertNoAnswersOrFeedback(taking.result(attempt));
        assertThat(taking.result(attempt).reviewNote()).contains("after the quiz closes");

        clock.advance(Duration.ofHours(2));
        assertThat(taking.result(attempt).reviewShown()).isTrue();
        assertThatThrownBy(() -> taking.startOrResume(moduleId)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("This quiz closed on ");
    }

    @Test
    void after_two_failed_attempts_the_agent_waits_a_while_and_is_told_until_when() {
        quiz(s -> QuizFixtures.with(s, null, null, null, 80, ReviewOptions.defaults()).withFailureWait(2, 10));
        fail();
        long second = fail();

        assertThatThrownBy(() -> taking.startOrResume(moduleId)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("2 attempts without a pass: take 10 minutes to review the lessons.")
                .hasMessageContaining("You can start your next attempt at ");
        QuizCard card = taking.card(moduleId).orElseThrow();
        assertThat(card.blockedReason()).contains("2 attempts without a pass");
        assertThat(card.nextAttemptAt()).isEqualTo(taking.result(second).attempt().finishedAt().plusSeconds(600));
        AttemptResult.NextAttempt next = taking.result(second).next();
        assertThat(next.canStart()).isFalse();
        assertThat(next.blockedReason()).contains("next attempt at");

        clock.advance(Duration.ofMinutes(11));
        assertThat(taking.result(second).next().canStart()).isTrue();
        assertThat(taking.startOrResume(moduleId)).isNotEqualTo(second);
    }

    @Test
    void the_first_failure_does_not_make_the_agent_wait() {
        quiz(s -> QuizFixtures.with(s, null, null, null, 80, ReviewOptions.defaults()).withFailureWait(2, 10));
        long first = fail();
        assertThat(taking.startOrResume(moduleId)).isNotEqualTo(first);
    }

    @Test
    void a_wait_after_failures_needs_both_its_numbers() {
        assertThatThrownBy(() -> quiz(s -> s.withFailureWait(2, null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("give both the number of failed attempts and the minutes");
    }

    @Test
    void a_second_attempt_draws_a_different_selection_when_the_bank_is_larger_than_the_quiz() {
        QuestionCategory category = QuestionCategory.ofModule(moduleId);
        for (int i = 1; i <= 5; i++) {
            String stem = "Bank question " + i;
            SystemAuthentication.runAsSystem(() -> bank.create(category, new QuestionDraft(QuestionType.TRUE_FALSE,
                    stem, stem, "", 1, List.of(ChoiceDraft.of("True", 1, ""), ChoiceDraft.of("False", 0, ""))))
            );
        }
        quiz(s -> s.withRandom(3, category));
        fixtures.signIn(agent);

        long first = taking.startOrResume(moduleId);
        Set<String> firstStems = stems(first);
        taking.submit(first);
        long second = taking.startOrResume(moduleId);
        Set<String> secondStems = stems(second);

        assertThat(firstStems).hasSize(3);
        assertThat(secondStems).hasSize(3).isNotEqualTo(firstStems);
        Set<String> unseen = new HashSet<>(Set.of("Bank question 1", "Bank question 2", "Bank question 3",
                "Bank question 4", "Bank question 5"));
        unseen.removeAll(firstStems);
        assertThat(secondStems).containsAll(unseen);
    }

    private Set<String> stems(long attemptId) {
        return taking.paper(attemptId).questions().stream().map(PaperQuestion::stem).collect(Collectors.toSet());
    }
}
