package com.certdesk.quiz.ui;

import com.certdesk.UiTest;
import com.certdesk.quiz.QuizFixtures;
import com.certdesk.quiz.QuizTakingService;
import com.certdesk.quiz.Response;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Memory benchmark, not a test: opens the quiz attempt view for {@code BENCH_SESSIONS} (default 100) agents, each
 * in its own Vaadin session kept alive, and prints the heap retained per session (after full GCs), compared with
 * the same number of sessions on an empty page. Target: ≤ 150 KB per agent session on the quiz view.
 *
 * <p>Run: {@code ./mvnw -o test -Dtest=QuizViewHeapBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class QuizViewHeapBenchmark extends UiTest {

    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    QuizTakingService taking;

    @Test
    void heap_per_agent_session_on_the_quiz_view() throws Exception {
        int sessions = Integer.getInteger("BENCH_SESSIONS", Integer.parseInt(System.getenv().getOrDefault("BENCH_SESSIONS", "100")));
        long moduleId = fixtures.publishedModule("Heap module", 1);
        List<Long> questions = new ArrayList<>(quizFixtures.oneOfEach());
        questions.addAll(quizFixtures.oneOfEach());
        quizFixtures.quiz(moduleId, questions, s -> s);
        List<String> agents = new ArrayList<>();
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            String agent = fixtures.user("heap", null, Roles.AGENT);
            fixtures.signIn(agent);
            long attemptId = taking.startOrResume(moduleId);
            taking.saveAnswer(attemptId, 0, Response.choice(1));
            agents.add(agent);
            attempts.add(attemptId);
        }

        List<Object> keep = new ArrayList<>();
        long baseline = settledHeap();
        for (int i = 0; i < sessions; i++) {
            initVaadinEnvironment();
            signIn(agents.get(i));
            open("account");
            keep.add(VaadinSession.getCurrent());
            keep.add(UI.getCurrent());
        }
        long emptyPages = settledHeap() - baseline;
        keep.clear();
        initVaadinEnvironment();

        baseline = settledHeap();
        for (int i = 0; i < sessions; i++) {
            initVaadinEnvironment();
            signIn(agents.get(i));
            open("quiz/attempts/" + attempts.get(i));
            if (!(getCurrentView() instanceof AttemptView)) {
                throw new IllegalStateException("Expected the attempt view, got " + getCurrentView());
            }
            keep.add(VaadinSession.getCurrent());
            keep.add(UI.getCurrent());
        }
        long quizPages = settledHeap() - baseline;

        System.out.printf("%n=== Quiz view heap benchmark: %d sessions, 10-question attempt, one per page ===%n", sessions);
        System.out.printf("account page (small view):  %6.1f KB per session%n", emptyPages / 1024.0 / sessions);
        System.out.printf("quiz attempt view:          %6.1f KB per session%n", quizPages / 1024.0 / sessions);
        System.out.printf("(retained %d objects)%n%n", keep.size());
    }

    private static long settledHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Thread.sleep(150);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
