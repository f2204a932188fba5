package com.certdesk.certification;

import com.certdesk.Fixtures;
import com.certdesk.catalog.LearningService;
import com.certdesk.quiz.QuizDetail;
import com.certdesk.quiz.QuizFixtures;
import com.certdesk.quiz.QuizTakingService;
import com.certdesk.quiz.Response;
import com.certdesk.quiz.ReviewOptions;
import com.certdesk.security.SystemAuthentication;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Modules with a two-question true/false quiz, programs, and agents who learn and pass, through the real services. */
@Component
public class CertificationFixtures {

    private final Fixtures fixtures;
    private final QuizFixtures quizzes;
    private final QuizTakingService taking;
    private final LearningService learning;
    private final ProgramService programs;

    CertificationFixtures(Fixtures fixtures, QuizFixtures quizzes, QuizTakingService taking, LearningService learning,
            ProgramService programs) {
        this.fixtures = fixtures;
        this.quizzes = quizzes;
        this.taking = taking;
        this.learning = learning;
        this.programs = programs;
    }

    /** A published module of two lessons with a quiz of two true/false questions (both "false"), pass mark 50. */
    public long moduleWithQuiz(String title) {
        long moduleId = fixtures.publishedModule(title, 2);
        List<Long> questions = List.of(quizzes.question(QuizFixtures.trueFalse("TF1", false)),
                quizzes.question(QuizFixtures.trueFalse("TF2", false)));
        QuizDetail quiz = quizzes.quiz(moduleId, questions,
                s -> QuizFixtures.with(s, null, null, null, 50, ReviewOptions.defaults()));
        return quiz.moduleId();
    }

    public ProgramSummary program(String name, @Nullable Integer validityMonths, int windowDays,
            @Nullable Integer minScore, Long... moduleIds) {
        return SystemAuthentication.callAsSystem(() -> programs.create(new ProgramDraft(Fixtures.unique(name),
                "What " + name + " proves.", List.of(moduleIds), validityMonths, windowDays, minScore)));
    }

    /** Signs the agent in, marks every lesson done (once) and takes the quiz with this many right answers (0-2). */
    public void learnAndPass(String agent, long moduleId, int rightAnswers) {
        fixtures.signIn(agent);
        try {
            fixtures.lessonIds(moduleId).forEach(lesson -> learning.markDone(moduleId, lesson));
            long attempt = taking.startOrResume(moduleId);
            for (int slot = 0; slot < 2; slot++) {
                // key 1 is "False", the right answer; key 0 is wrong
                taking.saveAnswer(attempt, slot, Response.choice(slot < rightAnswers ? 1 : 0));
            }
            taking.submit(attempt);
        } finally {
            fixtures.signOut();
        }
    }
}
