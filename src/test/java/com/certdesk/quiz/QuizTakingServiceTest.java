package com.certdesk.quiz;

import com.certdesk.TestMeters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleCompleted;
import com.certdesk.catalog.ProgressState;
import com.certdesk.catalog.QuizRequirement;
import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.QuizTakingService.SaveOutcome;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ServiceTest
@RecordApplicationEvents
class QuizTakingServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    QuizTakingService taking;
    @Autowired
    QuestionBankService bank;
    @Autowired
    LearningService learning;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    String agent;
    long moduleId;
    List<Long> questionIds;

    @BeforeEach
    void setUp() {
        agent = fixtures.user("quizzer", null, Roles.AGENT);
        moduleId = fixtures.publishedModule("Quizzed", 2);
        questionIds = quizFixtures.oneOfEach();
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
        clock.reset();
    }

    /** Right answers to {@link QuizFixtures#oneOfEach()}: 7 of 7 points. */
    private static Map<Integer, Response> allRight() {
        return Map.of(0, Response.choice(1), 1, Response.choices(List.of(0, 2)), 2, Response.choice(1),
                3, Response.text("  Customer   SATISFACTION "), 4,
                Response.pairs(Map.of(0, "1 to 5", 1, "0 to 10", 2, "1 to 7")));
    }

    private long start(QuizDetail quiz) {
        fixtures.signIn(agent);
        return taking.startOrResume(quiz.moduleId());
    }

    private void answerAll(long attemptId, Map<Integer, Response> answers) {
        answers.forEach((slot, response) ->
                assertThat(taking.saveAnswer(attemptId, slot, response)).isEqualTo(SaveOutcome.SAVED));
    }

    @Test
    void agent_who_passes_the_quiz_after_all_lessons_completes_the_module() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds, s -> s);
        long attemptId = start(quiz);
        fixtures.lessonIds(moduleId).forEach(lesson -> learning.markDone(moduleId, lesson));
        assertThat(learning.module(moduleId).progress().state()).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(learning.module(moduleId).progress().quiz()).isEqualTo(QuizRequirement.PENDING);
        assertThat(events.stream(ModuleCompleted.class).filter(e -> e.moduleId() == moduleId)).isEmpty();
        double savedBefore = TestMeters.count(meters, "certdesk.quiz.answers.saved");
        double submittedBefore = TestMeters.count(meters, "certdesk.quiz.attempts.submitted", "reason", "SUBMITTED");

        answerAll(attemptId, allRight());
        AttemptSummary graded = taking.submit(attemptId);
        taking.submit(attemptId); // a double click: one attempt submitted
        assertThat(TestMeters.count(meters, "certdesk.quiz.answers.saved") - savedBefore).isEqualTo(5);
        assertThat(TestMeters.count(meters, "certdesk.quiz.attempts.submitted", "reason", "SUBMITTED")
                - submittedBefore).isEqualTo(1);

        assertThat(graded.score()).isEqualTo(7.0);
        assertThat(graded.percent()).isEqualTo(100.0);
        assertThat(graded.isPassed()).isTrue();
        assertThat(graded.finishReason()).isEqualTo(FinishReason.SUBMITTED);
        assertThat(learning.module(moduleId).progress().complete()).isTrue();
        assertThat(events.stream(QuizPassed.class).filter(e -> e.attemptId() == attemptId)).hasSize(1);
        assertThat(events.stream(ModuleCompleted.class).filter(e -> e.moduleId() == moduleId)).hasSize(1);
    }

    @Test
    void partial_answers_are_scored_per_type_and_below_the_pass_mark_fail() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds, s -> s);
        long attemptId = start(quiz);
        // single right (1), multiple: one right one wrong (0.5 - 0.5 = 0), true/false wrong (0),
        // short answer right (1), matching 2 of 3 right (2/3 of 2 points)
        answerAll(attemptId, Map.of(0, Response.choice(1), 1, Response.choices(List.of(0, 1)), 2, Response.choice(0),
                3, Response.text("customer satisfaction"), 4,
                Response.pairs(Map.of(0, "1 to 5", 1, "1 to 7", 2, "1 to 7"))));

        AttemptSummary graded = taking.submit(attemptId);

        assertThat(graded.score()).isCloseTo(2 + 4.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(graded.isPassed()).isFalse();
        assertThat(events.stream(QuizFailed.class).filter(e -> e.attemptId() == attemptId)).hasSize(1);
        assertThat(learning.module(moduleId).progress().quiz()).isEqualTo(QuizRequirement.PENDING);
    }

    @Test
    void reopening_the_quiz_resumes_the_same_attempt_with_every_saved_answer() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds, s -> s);
        long attemptId = start(quiz);
        taking.saveAnswer(attemptId, 0, Response.choice(1));
        taking.saveAnswer(attemptId, 3, Response.text("customer satisfaction"));
        taking.moveTo(attemptId, 3);
        fixtures.signOut();

        fixtures.signIn(agent);
        long resumed = taking.startOrResume(moduleId);
        AttemptPaper paper = taking.paper(resumed);

        assertThat(resumed).isEqualTo(attemptId);
        assertThat(paper.responses()).containsEntry(0, Response.choice(1))
                .containsEntry(3, Response.text("customer satisfaction")).hasSize(2);
        assertThat(paper.currentSlot()).isEqualTo(3);
        assertThat(paper.attempt().open()).isTrue();
    }

    @Test
    void editing_or_deleting_a_question_never_changes_an_attempt_already_started() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds, s -> s);
        long attemptId = start(quiz);
        String stemBefore = taking.paper(attemptId).questions().getFirst().stem();
        answerAll(attemptId, allRight());

        SystemAuthentication.runAsSystem(() -> {
            QuestionDetail first = bank.question(questionIds.getFirst());
            QuestionDraft changed = new QuestionDraft(QuestionType.SINGLE_CHOICE, "Greeting", "Changed stem", "", 1,
                    List.of(ChoiceDraft.of("Yeah?", 1, ""), ChoiceDraft.of("Good morning", 0, "")));
            bank.update(first.id(), first.version(), QuestionCategory.of(SkillArea.EMPATHY), changed);
            bank.delete(questionIds.get(1));
        });

        assertThat(taking.paper(attemptId).questions()).hasSize(5);
        assertThat(taking.paper(attemptId).questions().getFirst().stem()).isEqualTo(stemBefore);
        AttemptSummary graded = taking.submit(attemptId);
        assertThat(graded.score()).isEqualTo(7.0);
        assertThat(taking.result(attemptId).review().getFirst().stem()).isEqualTo(stemBefore);
    }

    @Test
    void an_answer_after_the_time_limit_is_refused_and_the_attempt_graded_with_what_was_saved() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds,
                s -> QuizFixtures.with(s, 10, null, null, 80, ReviewOptions.defaults()));
        long attemptId = start(quiz);
        taking.saveAnswer(attemptId, 0, Response.choice(1));
        clock.advance(Duration.ofMinutes(11));

        assertThat(taking.saveAnswer(attemptId, 3, Response.text("customer satisfaction")))
                .isEqualTo(SaveOutcome.TIME_UP);
        AttemptSummary closed = taking.paper(attemptId).attempt();

        assertThat(closed.open()).isFalse();
        assertThat(closed.finishReason()).isEqualTo(FinishReason.TIME_UP);
        assertThat(closed.score()).isEqualTo(1.0);
        assertThat(closed.finishedAt()).isEqualTo(closed.deadline());
        assertThat(taking.saveAnswer(attemptId, 3, Response.text("x"))).isEqualTo(SaveOutcome.ALREADY_FINISHED);
    }

    @Test
    void a_timed_attempt_abandoned_by_its_learner_is_closed_by_the_scheduled_job() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds,
                s -> QuizFixtures.with(s, 5, null, null, 10, ReviewOptions.defaults()));
        long attemptId = start(quiz);
        taking.saveAnswer(attemptId, 0, Response.choice(1));
        fixtures.signOut();
        clock.advance(Duration.ofMinutes(4));
        assertThat(SystemAuthentication.callAsSystem(taking::closeExpiredAttempts)).isZero();

        clock.advance(Duration.ofMinutes(2));
        int closed = SystemAuthentication.callAsSystem(taking::closeExpiredAttempts);

        assertThat(closed).isEqualTo(1);
        fixtures.signIn(agent);
        AttemptSummary summary = taking.card(moduleId).orElseThrow().history().getFirst();
        assertThat(summary.finishReason()).isEqualTo(FinishReason.TIME_UP);
        assertThat(summary.isPassed()).isTrue();
        assertThat(events.stream(QuizPassed.class).filter(e -> e.attemptId() == attemptId)).hasSize(1);
    }

    @Test
    void two_concurrent_submits_of_one_attempt_give_exactly_one_grade() throws Exception {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds, s -> s);
        long attemptId = start(quiz);
        answerAll(attemptId, allRight());
        fixtures.signOut();

        List<AttemptSummary> results = runConcurrently(2, () -> taking.submit(attemptId));

        assertThat(results).hasSize(2).allSatisfy(r -> {
            assertThat(r.open()).isFalse();
            assertThat(r.score()).isEqualTo(7.0);
        });
        assertThat(results.get(0).finishedAt()).isEqualTo(results.get(1).finishedAt());
        fixtures.signIn(agent);
        assertThat(taking.card(moduleId).orElseThrow().history()).hasSize(1);
    }

    @Test
    void two_concurrent_starts_give_one_attempt() throws Exception {
        quizFixtures.quiz(moduleId, questionIds, s -> s);

        List<Long> ids = runConcurrently(4, () -> taking.startOrResume(moduleId));

        assertThat(ids).hasSize(4).containsOnly(ids.getFirst());
    }

    private <T> List<T> runConcurrently(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    fixtures.signIn(agent);
                    try {
                        go.await();
                        return work.call();
                    } finally {
                        fixtures.signOut();
                    }
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void the_attempt_limit_is_enforced_with_a_clear_message() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds,
                s -> QuizFixtures.with(s, null, 1, null, 80, ReviewOptions.defaults()));
        long attemptId = start(quiz);
        taking.submit(attemptId);

        assertThatThrownBy(() -> taking.startOrResume(moduleId)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("all 1 attempts");
        assertThat(taking.card(moduleId).orElseThrow().blockedReason()).contains("all 1 attempts");
    }

    @Test
    void the_wait_between_attempts_is_enforced_until_it_has_passed() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds,
                s -> QuizFixtures.with(s, null, null, 30, 80, ReviewOptions.defaults()));
        long first = start(quiz);
        taking.submit(first);

        assertThatThrownBy(() -> taking.startOrResume(moduleId)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("next attempt");
        assertThat(taking.card(moduleId).orElseThrow().nextAttemptAt()).isNotNull();

        clock.advance(Duration.ofMinutes(31));
        assertThat(taking.startOrResume(moduleId)).isNotEqualTo(first);
    }

    @Test
    void an_agent_cannot_read_or_answer_another_agents_attempt_and_cannot_tell_it_exists() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds, s -> s);
        long attemptId = start(quiz);
        taking.saveAnswer(attemptId, 0, Response.choice(1));
        String other = fixtures.user("snoop", null, Roles.AGENT);
        fixtures.signIn(other);

        String unknown = catchThrowableOfType(NotFoundException.class, () -> taking.paper(987_654_321L)).getMessage();
        assertThatThrownBy(() -> taking.paper(attemptId)).isInstanceOf(NotFoundException.class).hasMessage(unknown);
        assertThatThrownBy(() -> taking.saveAnswer(attemptId, 0, Response.choice(0)))
                .isInstanceOf(NotFoundException.class).hasMessage(unknown);
        assertThatThrownBy(() -> taking.submit(attemptId)).isInstanceOf(NotFoundException.class).hasMessage(unknown);
        assertThatThrownBy(() -> taking.moveTo(attemptId, 2)).isInstanceOf(NotFoundException.class).hasMessage(unknown);

        fixtures.signIn(agent);
        assertThat(taking.paper(attemptId).responses()).containsEntry(0, Response.choice(1));
        taking.submit(attemptId);
        fixtures.signIn(other);
        assertThatThrownBy(() -> taking.result(attemptId)).isInstanceOf(NotFoundException.class).hasMessage(unknown);
        assertThatThrownBy(() -> taking.result(987_654_321L)).isInstanceOf(NotFoundException.class).hasMessage(unknown);
    }

    @Test
    void answers_that_do_not_fit_the_question_are_refused() {
        QuizDetail quiz = quizFixtures.quiz(moduleId, questionIds, s -> s);
        long attemptId = start(quiz);

        assertThatThrownBy(() -> taking.saveAnswer(attemptId, 0, Response.choices(List.of(0, 1))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> taking.saveAnswer(attemptId, 0, Response.choice(42)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> taking.saveAnswer(attemptId, 9, Response.choice(0)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> taking.saveAnswer(attemptId, 4, Response.pairs(Map.of(0, "made up"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_module_without_an_active_quiz_has_no_quiz_card() {
        fixtures.signIn(agent);
        assertThat(taking.card(moduleId)).isEmpty();
        assertThatThrownBy(() -> taking.startOrResume(moduleId)).isInstanceOf(NotFoundException.class);
    }
}
