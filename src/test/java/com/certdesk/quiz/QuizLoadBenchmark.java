package com.certdesk.quiz;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Load benchmark, not a test: {@code BENCH_AGENTS} (default 500) simulated agents take a 10-question quiz at the
 * same time through the service layer, on an H2 file database like a real installation. Each agent thinks
 * 200-800 ms between answers. Prints p50/p95/p99 of answer save, start and submit latency and the throughput.
 * Target: answer save p95 ≤ 20 ms on 2 cores.
 *
 * <p>Run: {@code ./mvnw -o test -Dtest=QuizLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(properties = {
        "spring.datasource.url=${BENCH_DB_URL:jdbc:h2:file:./target/bench/quizload-${random.uuid};QUERY_CACHE_SIZE=0}",
        "certdesk.demo.enabled=true", "certdesk.demo.teams=10", "certdesk.demo.agents=${BENCH_AGENTS:500}",
        "logging.level.com.certdesk=warn"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class QuizLoadBenchmark {

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    QuizTakingService taking;
    @Autowired
    PeopleDirectory people;

    @Test
    void many_agents_answer_quizzes_at_once() throws Exception {
        long moduleId = fixtures.publishedModule("Benchmark module", 1);
        List<Long> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(quizFixtures.question(QuizFixtures.singleChoice("Bench " + i)));
        }
        quizFixtures.quiz(moduleId, questions, s -> s);
        List<String> agents = SystemAuthentication.callAsSystem(() -> people.activeAgentIds().stream()
                .map(id -> people.person(id).username()).toList());
        int count = agents.size();

        // warm-up: a few agents take the quiz before measuring
        runAgents(agents.subList(0, Math.min(20, count)), moduleId, new Samples(), new Samples(), new Samples(), 0);
        var serial = new Samples();
        fixtures.signIn(agents.getFirst());
        for (int round = 0; round < 20; round++) {
            long attemptId = taking.startOrResume(moduleId);
            for (int slot = 0; slot < 10; slot++) {
                long t = System.nanoTime();
                taking.saveAnswer(attemptId, slot, Response.choice(slot % 3));
                serial.add(System.nanoTime() - t);
            }
            taking.submit(attemptId);
        }
        fixtures.signOut();
        serial.print("serial save");

        var saves = new Samples();
        var starts = new Samples();
        var submits = new Samples();
        long began = System.nanoTime();
        // everyone, the warm-up's agents too (they start a second attempt), so that BENCH_AGENTS are measured
        runAgents(agents, moduleId, starts, saves, submits, 200);
        double seconds = (System.nanoTime() - began) / 1e9;

        System.out.printf("%n=== Quiz load benchmark: %d concurrent agents, 10 questions each, %d cores ===%n",
                count, Runtime.getRuntime().availableProcessors());
        starts.print("start or resume");
        saves.print("answer save");
        submits.print("submit + grade");
        System.out.printf("wall time %.1f s, %.0f answer saves/s%n%n", seconds, saves.size() / seconds);
    }

    private void runAgents(List<String> agents, long moduleId, Samples starts, Samples saves, Samples submits,
            int minThinkMs) throws Exception {
        CountDownLatch done = new CountDownLatch(agents.size());
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String agent : agents) {
                pool.submit(() -> {
                    try {
                        fixtures.signIn(agent);
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        Thread.sleep(random.nextInt(0, 2000));
                        long t = System.nanoTime();
                        long attemptId = taking.startOrResume(moduleId);
                        starts.add(System.nanoTime() - t);
                        for (int slot = 0; slot < 10; slot++) {
                            if (minThinkMs > 0) {
                                Thread.sleep(random.nextInt(minThinkMs, minThinkMs * 4));
                            }
                            t = System.nanoTime();
                            taking.saveAnswer(attemptId, slot, Response.choice(random.nextInt(0, 3)));
                            saves.add(System.nanoTime() - t);
                        }
                        t = System.nanoTime();
                        taking.submit(attemptId);
                        submits.add(System.nanoTime() - t);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        e.printStackTrace();
                    } finally {
                        fixtures.signOut();
                        done.countDown();
                    }
                    return null;
                });
            }
            done.await();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " simulated agents failed");
        }
    }

    /** Latencies in nanoseconds. */
    static final class Samples {

        private final ConcurrentLinkedQueue<Long> values = new ConcurrentLinkedQueue<>();

        void add(long nanos) {
            values.add(nanos);
        }

        int size() {
            return values.size();
        }

        void print(String name) {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            System.out.printf("%-16s n=%6d  p50=%6.2f ms  p95=%6.2f ms  p99=%6.2f ms  max=%7.2f ms%n", name,
                    sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                    sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
        }

        private static double ms(List<Long> sorted, double q) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }
}
