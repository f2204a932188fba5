package com.certdesk.load;

import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Load driver, not a test: simulated agents sign in, open a module, start its quiz, answer single-choice
 * questions, step through and submit, over HTTP with Vaadin Flow's own protocol (see {@link VaadinAgent}), against a
 * running node. Settings from environment variables or system properties: {@code LOAD_URL}
 * (http://localhost:8091), {@code LOAD_DB_URL}/{@code LOAD_DB_USER}/{@code LOAD_DB_PASSWORD} (the node's database:
 * agent usernames and the check that every answer seen saved is stored), {@code LOAD_AGENTS} (20),
 * {@code LOAD_MODULE} (1), {@code LOAD_PASSWORD} (demo), {@code LOAD_THINK_MIN}/{@code LOAD_THINK_MAX} seconds (2/8),
 * {@code LOAD_RAMP} seconds (30).
 *
 * <p>Run: {@code LOAD_DB_URL='jdbc:h2:tcp://...' ./mvnw -o test -Dtest=VaadinLoadBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
class VaadinLoadBenchmark {

    private static final Pattern QUESTION = Pattern.compile("Question (\\d+) of (\\d+)");
    private static final Pattern ATTEMPT = Pattern.compile("quiz/attempts/(\\d+)");

    record Saved(String user, long attempt, int slot) {
    }

    final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Saved> saved = new ConcurrentLinkedQueue<>();
    final AtomicInteger signInsAgain = new AtomicInteger();
    final AtomicInteger finished = new AtomicInteger();
    final AtomicInteger skippedQuestions = new AtomicInteger();

    static String setting(String name, String otherwise) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? otherwise : value;
    }

    @Test
    void agents_take_a_quiz_through_the_vaadin_protocol() throws Exception {
        String url = setting("LOAD_URL", "http://localhost:8091");
        String dbUrl = setting("LOAD_DB_URL", "");
        if (dbUrl.isEmpty()) {
            throw new IllegalArgumentException("Set LOAD_DB_URL to the node's database (agent names and the saved-answer check)");
        }
        int agents = Integer.parseInt(setting("LOAD_AGENTS", "20"));
        long module = Long.parseLong(setting("LOAD_MODULE", "1"));
        String password = setting("LOAD_PASSWORD", "demo");
        int thinkMin = (int) (Double.parseDouble(setting("LOAD_THINK_MIN", "2")) * 1000);
        int thinkMax = (int) (Double.parseDouble(setting("LOAD_THINK_MAX", "8")) * 1000);
        int ramp = (int) (Double.parseDouble(setting("LOAD_RAMP", "30")) * 1000);

        List<String> names = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(dbUrl, setting("LOAD_DB_USER", "sa"), setting("LOAD_DB_PASSWORD", ""));
             PreparedStatement q = db.prepareStatement("select u.username from app_user u join user_role r on r.user_id = u.id "
                     + "where r.role = 'AGENT' and u.active = true order by u.id")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next() && names.size() < agents) {
                    names.add(rs.getString(1));
                }
            }
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String name : names) {
                pool.submit(() -> {
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(0, Math.max(1, ramp)));
                        takeQuiz(new VaadinAgent(http, url, name), password, module, thinkMin, thinkMax);
                    } catch (Exception e) {
                        error("gave up: " + e.getClass().getSimpleName() + " " + e.getMessage());
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;

        int lost = 0;
        try (Connection db = DriverManager.getConnection(dbUrl, setting("LOAD_DB_USER", "sa"), setting("LOAD_DB_PASSWORD", ""));
             PreparedStatement q = db.prepareStatement("select count(*) from attempt_answer where attempt_id = ? and slot = ? "
                     + "and response is not null and saved_at is not null")) {
            for (Saved s : saved) {
                q.setLong(1, s.attempt());
                q.setInt(2, s.slot());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        lost++;
                    }
                }
            }
        }
        System.out.printf("%n=== Vaadin load: %d agents against %s, think %d-%d ms, %.0f s, %d cores ===%n",
                names.size(), url, thinkMin, thinkMax, seconds, Runtime.getRuntime().availableProcessors());
        for (var e : new TreeMap<>(timings).entrySet()) {
            List<Long> ms = new ArrayList<>(e.getValue());
            Collections.sort(ms);
            System.out.printf("%-12s n=%5d p50 %5d ms  p95 %5d ms  p99 %5d ms  max %5d ms%n", e.getKey(), ms.size(),
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.getLast());
        }
        System.out.printf("quizzes submitted %d of %d, answers saved %d, answers lost %d, signed in again %d, "
                + "questions skipped (not single choice) %d%n", finished.get(), names.size(), saved.size(), lost,
                signInsAgain.get(), skippedQuestions.get());
        errors.forEach((k, v) -> System.out.printf("error x%d: %s%n", v.get(), k));
        if (lost > 0) {
            throw new AssertionError(lost + " answers the driver saw saved are not in the database");
        }
    }

    private void takeQuiz(VaadinAgent agent, String password, long module, int thinkMin, int thinkMax) throws Exception {
        long attempt = -1;
        Set<Integer> answered = new java.util.HashSet<>();
        for (int tries = 0; tries < 6; tries++) {
            try {
                timed("login", () -> agent.signIn(password));
                think(thinkMin, thinkMax);
                if (attempt < 0) {
                    timed("open module", () -> agent.open("modules/" + module));
                    UidlTree.Node start = agent.find("start-quiz").orElseThrow(
                            () -> new VaadinAgent.Unexpected("module page without a start button"));
                    think(thinkMin, thinkMax);
                    timed("start", () -> agent.click(start));
                    Matcher m = ATTEMPT.matcher(agent.lastBody);
                    if (!m.find() || agent.find("attempt-view").isEmpty()) {
                        throw new VaadinAgent.Unexpected("start did not open the attempt");
                    }
                    attempt = Long.parseLong(m.group(1));
                } else {
                    final long resume = attempt;
                    timed("resume", () -> agent.open("quiz/attempts/" + resume));
                }
                while (true) {
                    Matcher q = agent.tree.text(QUESTION).orElseThrow(
                            () -> new VaadinAgent.Unexpected("attempt page without 'Question k of n'"));
                    int slot = Integer.parseInt(q.group(1)) - 1;
                    int total = Integer.parseInt(q.group(2));
                    if (!answered.contains(slot)) {
                        Optional<UidlTree.Node> group = agent.tree.byTag("vaadin-radio-group");
                        if (group.isPresent()) {
                            List<UidlTree.Node> radios = agent.tree.childrenTagged(group.get(), "vaadin-radio-button");
                            UidlTree.Node pick = radios.get(ThreadLocalRandom.current().nextInt(radios.size()));
                            think(thinkMin, thinkMax);
                            timed("answer", () -> agent.rpc(
                                    "{\"type\":\"mSync\",\"node\":" + pick.id + ",\"feature\":1,\"property\":\"checked\",\"value\":true}",
                                    "{\"type\":\"event\",\"node\":" + pick.id + ",\"event\":\"checked-changed\",\"data\":{}}",
                                    "{\"type\":\"mSync\",\"node\":" + group.get().id + ",\"feature\":1,\"property\":\"value\",\"value\":"
                                            + VaadinAgent.str(pick.prop("value")) + "}",
                                    "{\"type\":\"event\",\"node\":" + group.get().id + ",\"event\":\"value-changed\",\"data\":{}}"));
                            if (!agent.lastBody.contains("Saved at")) {
                                throw new VaadinAgent.Unexpected("answer not confirmed as saved");
                            }
                            answered.add(slot);
                            saved.add(new Saved(agent.username, attempt, slot));
                        } else {
                            skippedQuestions.incrementAndGet();
                            answered.add(slot);
                        }
                    }
                    think(thinkMin, thinkMax);
                    if (slot < total - 1) {
                        UidlTree.Node next = agent.find("next-question").orElseThrow(
                                () -> new VaadinAgent.Unexpected("no Next button"));
                        timed("next", () -> agent.click(next));
                    } else {
                        UidlTree.Node submit = agent.find("submit-attempt").orElseThrow(
                                () -> new VaadinAgent.Unexpected("no Submit button"));
                        timed("submit", () -> {
                            agent.click(submit);
                            UidlTree.Node dialog = agent.tree.byTag("vaadin-confirm-dialog").orElseThrow(
                                    () -> new VaadinAgent.Unexpected("no confirmation dialog"));
                            agent.rpc("{\"type\":\"event\",\"node\":" + dialog.id + ",\"event\":\"confirm\"}",
                                    "{\"type\":\"mSync\",\"node\":" + dialog.id + ",\"feature\":1,\"property\":\"opened\",\"value\":false}",
                                    "{\"type\":\"event\",\"node\":" + dialog.id + ",\"event\":\"opened-changed\",\"data\":{}}");
                            if (!agent.lastBody.contains("/result")) {
                                throw new VaadinAgent.Unexpected("submit did not show the result");
                            }
                        });
                        finished.incrementAndGet();
                        return;
                    }
                }
            } catch (VaadinAgent.SessionLost | java.io.IOException e) {
                error((e instanceof VaadinAgent.SessionLost ? "session lost: " : "network: ") + e.getMessage());
                signInsAgain.incrementAndGet();
                agent.forgetSession();
                Thread.sleep(1000);
            }
        }
        throw new VaadinAgent.Unexpected("six sign-ins did not get the quiz submitted");
    }

    interface Step {
        void run() throws Exception;
    }

    private void timed(String action, Step step) throws Exception {
        long t = System.nanoTime();
        try {
            step.run();
        } catch (VaadinAgent.Unexpected e) {
            error(action + ": " + e.getMessage());
            throw e;
        }
        timings.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - t) / 1_000_000);
    }

    private void error(String what) {
        errors.computeIfAbsent(what.length() > 160 ? what.substring(0, 160) : what, k -> new AtomicInteger())
                .incrementAndGet();
    }

    private static void think(int min, int max) throws InterruptedException {
        Thread.sleep(ThreadLocalRandom.current().nextInt(min, Math.max(min + 1, max)));
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
