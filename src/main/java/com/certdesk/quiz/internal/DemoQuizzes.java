package com.certdesk.quiz.internal;

import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.quiz.FinishReason;
import com.certdesk.quiz.GiftParseResult;
import com.certdesk.quiz.GiftQuestion;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionSelection;
import com.certdesk.quiz.QuizLayout;
import com.certdesk.quiz.QuizSettings;
import com.certdesk.quiz.Response;
import com.certdesk.quiz.ReviewOptions;
import com.certdesk.security.SystemAuthentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo quizzes: one per demo module from {@code demo/quizzes/*.gift} (its {@code $CATEGORY} names the module),
 * and past attempts for the demo agents, so that agents who finished a module's lessons mostly passed its quiz
 * and a few are still trying. Fixed seed; a module that already has a quiz is left alone, so restarts add nothing.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
class DemoQuizzes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoQuizzes.class);

    /** Questions per attempt: fewer than every demo module's bank holds, so a second attempt differs. */
    static final int DRAWN = 8;

    private final ModuleDirectory modules;
    private final LearningService learning;
    private final PeopleDirectory people;
    private final QuestionRepository questions;
    private final QuizRepository quizzes;
    private final AttemptStore attempts;
    private final JsonCodec json;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long seed;

    DemoQuizzes(ModuleDirectory modules, LearningService learning, PeopleDirectory people,
            QuestionRepository questions, QuizRepository quizzes, AttemptStore attempts, JsonCodec json,
            TransactionTemplate tx, Clock clock, @Value("${certdesk.demo.seed:20261122}") long seed) {
        this.modules = modules;
        this.learning = learning;
        this.people = people;
        this.questions = questions;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.json = json;
        this.tx = tx;
        this.clock = clock;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> {
            long started = System.nanoTime();
            List<Long> created = new ArrayList<>();
            List<Resource> files = files();
            for (int i = 0; i < files.size(); i++) {
                createQuiz(files.get(i), i).ifPresent(created::add);
            }
            if (!created.isEmpty()) {
                int count = pastAttempts(created);
                log.info("Demo quizzes: {} quizzes and {} past attempts in {} ms", created.size(), count,
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    static List<Resource> files() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/quizzes/*.gift");
            return Arrays.stream(found).sorted(Comparator.comparing(r -> String.valueOf(r.getFilename()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Long> createQuiz(Resource file, int index) {
        GiftParseResult parsed;
        try {
            parsed = GiftParser.parse(file.getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parsed.hasErrors() || parsed.questions().isEmpty()) {
            log.error("Demo quiz {} has problems and was skipped: {}", file.getFilename(), parsed.problems());
            return Optional.empty();
        }
        String title = parsed.questions().getFirst().category();
        Optional<ModuleRef> module = modules.all().stream().filter(m -> m.title().equals(title)).findFirst();
        if (module.isEmpty() || quizzes.findByModuleId(module.get().id()).isPresent()) {
            return Optional.empty();
        }
        long moduleId = module.get().id();
        return Optional.of(tx.execute(status -> {
            Instant now = clock.instant();
            List<Long> ids = new ArrayList<>();
            for (GiftQuestion q : parsed.questions()) {
                ids.add(questions.save(new Question(QuestionCategory.ofModule(moduleId), q.draft(), now)).getId());
            }
            var settings = settings(moduleId, ids.size(), index);
            quizzes.save(new Quiz(moduleId, settings, now));
            return moduleId;
        }));
    }

    /**
     * Honest settings: each attempt draws 8 of the module's 10-11 questions, shuffled; the correct answers show
     * once passed or out of attempts; after two failures a 10-minute break. A little variety: one quiz is timed
     * with fewer attempts, one shows every question on one page.
     */
    static QuizSettings settings(long moduleId, int bankSize, int index) {
        Integer timeLimit = index == 3 ? 15 : null;
        int maxAttempts = index == 3 ? 3 : 5;
        QuizLayout layout = index == 1 ? QuizLayout.ALL_ON_ONE_PAGE : QuizLayout.ONE_PER_PAGE;
        return new QuizSettings("Check what you learned in this module. Each attempt draws " + DRAWN
                + " questions from the module's question bank; your answers are saved as you go. You see your score "
                + "and which questions you got right at once, the correct answers once you pass.", true,
                QuestionSelection.RANDOM, List.of(), Math.min(DRAWN, bankSize), QuestionCategory.ofModule(moduleId),
                true, true, 80, timeLimit, maxAttempts, null, ReviewOptions.defaults(), layout, 2, 10, null);
    }

    /** Agents who finished a module's lessons took its quiz: most passed, some needed a second try. */
    private int pastAttempts(List<Long> moduleIds) {
        int count = 0;
        for (long agentId : people.activeAgentIds()) {
            Random random = new Random(seed * 31 + agentId);
            for (var module : learning.progressOf(agentId)) {
                long moduleId = module.module().id();
                if (!moduleIds.contains(moduleId) || !module.progress().lessonsComplete()) {
                    continue;
                }
                Quiz quiz = quizzes.findByModuleId(moduleId).orElseThrow();
                Instant when = clock.instant().minus(Duration.ofHours(6 + random.nextInt(24 * 60)));
                count += tx.execute(status -> takeUntilPassed(agentId, quiz, module.module().title(), when, random));
            }
        }
        return count;
    }

    private int takeUntilPassed(long agentId, Quiz quiz, String title, Instant when, Random random) {
        List<Question> bank = questions.findInModule(quiz.getModuleId());
        int number = 0;
        boolean passed = false;
        Instant start = when;
        while (!passed && number < 3) {
            number++;
            List<Question> drawn = new ArrayList<>(bank);
            Collections.shuffle(drawn, random);
            List<Papers.QuestionWithId> paper = drawn.subList(0, Math.min(DRAWN, drawn.size())).stream()
                    .map(q -> new Papers.QuestionWithId(q.getId(), q.toDraft())).toList();
            double skill = number == 1 ? 0.55 + random.nextDouble() * 0.45 : 1.0;
            passed = attempt(agentId, quiz, title, number, paper, start, skill, random);
            start = start.plus(Duration.ofHours(1 + random.nextInt(48)));
        }
        return number;
    }

    private boolean attempt(long agentId, Quiz quiz, String title, int number, List<Papers.QuestionWithId> paper,
            Instant start, double skill, Random random) {
        Snapshot snapshot = Papers.snapshot(paper, true, random);
        double max = snapshot.slots().stream().mapToInt(Snapshot.Slot::points).sum();
        QuizSettings s = quiz.settings();
        long id = attempts.insert(quiz.getId(), quiz.getModuleId(), agentId, number, start, null, max, s.passMark(),
                s.layout(), title, json.write(snapshot), snapshot.slots().size());
        double score = 0;
        Instant at = start;
        for (int slot = 0; slot < snapshot.slots().size(); slot++) {
            Snapshot.Slot question = snapshot.slots().get(slot);
            Response response = random.nextDouble() < skill ? right(question) : wrong(question);
            at = at.plusSeconds(20 + random.nextInt(70));
            attempts.saveAnswer(id, slot, json.write(response), at);
            score += Scoring.points(question, response);
        }
        double percent = score * 100 / max;
        boolean passed = Scoring.passes(percent, s.passMark());
        attempts.finish(id, FinishReason.SUBMITTED, at.plusSeconds(15), score, percent, passed);
        return passed;
    }

    static Response right(Snapshot.Slot q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> Response.choices(q.choices().stream()
                    .filter(c -> c.fraction() > 0).map(Snapshot.Choice::key).toList());
            case SHORT_ANSWER -> Response.text(q.choices().getFirst().text());
            case MATCHING -> {
                Map<Integer, String> pairs = new HashMap<>();
                q.choices().forEach(c -> pairs.put(c.key(), c.match().strip()));
                yield Response.pairs(pairs);
            }
        };
    }

    static Response wrong(Snapshot.Slot q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> Response.choices(q.choices().stream().filter(c -> c.fraction() <= 0)
                    .map(Snapshot.Choice::key).limit(1).toList());
            case MULTIPLE_RESPONSE -> Response.choices(q.choices().stream().filter(c -> c.fraction() < 0)
                    .map(Snapshot.Choice::key).limit(1).toList());
            case SHORT_ANSWER -> Response.text("not sure");
            case MATCHING -> Response.pairs(Map.of());
        };
    }

}
