package com.certdesk.quiz;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.PrintedDates;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.quiz.internal.AttemptStore;
import com.certdesk.quiz.internal.AttemptStore.Row;
import com.certdesk.quiz.internal.JsonCodec;
import com.certdesk.quiz.internal.Papers;
import com.certdesk.quiz.internal.Question;
import com.certdesk.quiz.internal.QuestionRepository;
import com.certdesk.quiz.internal.Quiz;
import com.certdesk.quiz.internal.QuizRepository;
import com.certdesk.quiz.internal.Scoring;
import com.certdesk.quiz.internal.Snapshot;
import com.certdesk.quiz.internal.SnapshotCache;
import com.certdesk.quiz.spi.AttemptPeriods;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking a module's quiz: starting or resuming an attempt, saving each answer the moment it is given,
 * submitting exactly once, and reading the result. Only the learner who owns an attempt may answer it; the
 * time limit is enforced here, not in the browser.
 */
@Service
@Transactional(readOnly = true)
public class QuizTakingService {

    /** Answers arriving this long after the deadline (network latency) are still accepted. */
    static final Duration GRACE = Duration.ofSeconds(3);

    private static final String NO_QUIZ = "This module has no quiz, or it is not available.";
    private static final String NO_ATTEMPT = "This quiz attempt does not exist.";

    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final AttemptStore attempts;
    private final JsonCodec json;
    private final SnapshotCache snapshots;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final ModuleDirectory modules;
    private final LearningService learning;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ObjectProvider<AttemptPeriods> periods;
    private final Random random = new SecureRandom();
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final io.micrometer.core.instrument.Counter answersSaved;

    QuizTakingService(QuizRepository quizzes, QuestionRepository questions, AttemptStore attempts, JsonCodec json,
            SnapshotCache snapshots,
            CurrentUser currentUser, PeopleDirectory people, ModuleDirectory modules, LearningService learning,
            ApplicationEventPublisher events, TransactionTemplate tx, Clock clock,
            ObjectProvider<AttemptPeriods> periods, io.micrometer.core.instrument.MeterRegistry meters) {
        this.answersSaved = io.micrometer.core.instrument.Counter.builder("certdesk.quiz.answers.saved")
                .description("Answers learners saved in quiz attempts").register(meters);
        this.meters = meters;
        this.quizzes = quizzes;
        this.questions = questions;
        this.attempts = attempts;
        this.json = json;
        this.snapshots = snapshots;
        this.currentUser = currentUser;
        this.people = people;
        this.modules = modules;
        this.learning = learning;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
        this.periods = periods;
    }

    /** The quiz card of a published module for the caller, or empty when the module has no active quiz. */
    @PreAuthorize(Roles.IS_AGENT)
    public Optional<QuizCard> card(long moduleId) {
        Optional<Quiz> found = quizzes.findByModuleId(moduleId).filter(Quiz::isActive);
        if (found.isEmpty() || !modules.isPublished(moduleId)) {
            return Optional.empty();
        }
        Quiz quiz = found.get();
        QuizSettings s = quiz.settings();
        long userId = currentUser.id();
        List<Row> mine = attempts.ofUser(userId, quiz.getId());
        Instant periodStart = periodStart(userId, moduleId);
        List<Row> counted = counted(mine, periodStart);
        Instant now = clock.instant();
        Long open = mine.stream().filter(Row::open).map(Row::id).findFirst().orElse(null);
        Blocked blocked = open == null ? blocked(s, counted, periodStart != null, now) : null;
        boolean passed = mine.stream().anyMatch(r -> Boolean.TRUE.equals(r.passed()));
        boolean renewal = periodStart != null && counted.stream().noneMatch(r -> Boolean.TRUE.equals(r.passed()));
        Double best = mine.stream().map(Row::percent).filter(p -> p != null).max(Double::compare).orElse(null);
        int count = s.selection() == QuestionSelection.FIXED ? s.questionIds().size() : s.randomCount();
        return Optional.of(new QuizCard(quiz.getId(), moduleId, s.intro(), count, s.passMark(), s.timeLimitMinutes(),
                s.maxAttempts(), s.minWaitMinutes(), s.failuresBeforeWait(), s.failureWaitMinutes(), s.closesAt(),
                passed, renewal, counted.size(), best, open, blocked == null ? null : blocked.reason(),
                blocked == null ? null : blocked.until(), mine.stream().map(Row::summary).toList()));
    }

    /**
     * Resumes the caller's open attempt at the module's quiz, or starts a new one when the attempt limit and the
     * wait between attempts allow it. Two clicks (or two tabs) at once still give one attempt.
     */
    @PreAuthorize(Roles.IS_AGENT)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    public long startOrResume(long moduleId) {
        long userId = currentUser.id();
        try {
            return tx.execute(status -> startOrResumeOnce(moduleId, userId));
        } catch (DataIntegrityViolationException concurrentStart) {
            // the other click won the race and created the attempt: resume that one
            return tx.execute(status -> startOrResumeOnce(moduleId, userId));
        }
    }

    private long startOrResumeOnce(long moduleId, long userId) {
        Quiz quiz = quizzes.findByModuleId(moduleId).filter(Quiz::isActive)
                .filter(q -> modules.isPublished(moduleId)).orElseThrow(() -> new NotFoundException(NO_QUIZ));
        Instant now = clock.instant();
        List<Row> mine = attempts.ofUser(userId, quiz.getId());
        for (Row row : mine) {
            if (row.open()) {
                if (!row.expired(now.minus(GRACE))) {
                    return row.id();
                }
                attempts.lock(row.id()).filter(Row::open).ifPresent(r -> finish(r, FinishReason.TIME_UP, now));
                mine = attempts.ofUser(userId, quiz.getId());
            }
        }
        QuizSettings s = quiz.settings();
        Instant periodStart = periodStart(userId, moduleId);
        Blocked blocked = blocked(s, counted(mine, periodStart), periodStart != null, now);
        if (blocked != null) {
            throw new ValidationException(blocked.reason());
        }
        List<Papers.QuestionWithId> chosen = choose(s, mine);
        Snapshot snapshot = Papers.snapshot(chosen, s.shuffleChoices(), random);
        double max = snapshot.slots().stream().mapToInt(Snapshot.Slot::points).sum();
        Instant deadline = s.timeLimitMinutes() == null ? null : now.plus(Duration.ofMinutes(s.timeLimitMinutes()));
        String title = modules.find(moduleId).map(m -> m.title()).orElse("Quiz");
        int number = mine.stream().mapToInt(Row::number).max().orElse(0) + 1;
        return attempts.insert(quiz.getId(), moduleId, userId, number, now, deadline, max, s.passMark(), s.layout(), title, json.write(snapshot), snapshot.slots().size());
    }

    /** Why a new attempt cannot start now, and until when if it is a wait. */
    private record Blocked(String reason, @Nullable Instant until) {
    }

    /**
     * Whether a new attempt may start: the quiz is open, the attempts of the current period are under the limit,
     * and neither the wait between attempts nor the wait after repeated failures is running. Null when it may.
     */
    private @Nullable Blocked blocked(QuizSettings s, List<Row> counted, boolean renewal, Instant now) {
        if (s.closesAt() != null && !now.isBefore(s.closesAt())) {
            return new Blocked("This quiz closed on " + format(s.closesAt()) + ".", null);
        }
        if (s.maxAttempts() != null && counted.size() >= s.maxAttempts()) {
            return new Blocked("You have used all " + s.maxAttempts() + " attempts at this quiz"
                    + (renewal ? " in this certification period." : "."), null);
        }
        Instant lastFinish = counted.stream().map(Row::finishedAt).filter(f -> f != null).max(Instant::compareTo)
                .orElse(null);
        if (lastFinish == null) {
            return null;
        }
        Instant until = null;
        String why = "";
        if (s.minWaitMinutes() != null && s.minWaitMinutes() > 0) {
            until = lastFinish.plus(Duration.ofMinutes(s.minWaitMinutes()));
        }
        if (s.failuresBeforeWait() != null && s.failureWaitMinutes() != null && s.failureWaitMinutes() > 0) {
            long failures = counted.stream().filter(r -> Boolean.FALSE.equals(r.passed())).count();
            boolean lastFailed = counted.stream().filter(r -> r.finishedAt() != null)
                    .max(Comparator.comparing(Row::finishedAt)).map(r -> Boolean.FALSE.equals(r.passed()))
                    .orElse(false);
            Instant afterFailures = lastFinish.plus(Duration.ofMinutes(s.failureWaitMinutes()));
            if (lastFailed && failures >= s.failuresBeforeWait() && (until == null || afterFailures.isAfter(until))) {
                until = afterFailures;
                why = failures + " attempts without a pass: take " + s.failureWaitMinutes()
                        + " minutes to review the lessons. ";
            }
        }
        if (until != null && now.isBefore(until)) {
            return new Blocked(why + "You can start your next attempt at " + format(until) + ".", until);
        }
        return null;
    }

    private String format(Instant instant) {
        return PrintedDates.DATE_TIME.withZone(clock.getZone()).format(instant);
    }

    private @Nullable Instant periodStart(long userId, long moduleId) {
        AttemptPeriods source = periods.getIfAvailable();
        return source == null ? null : source.periodStart(userId, moduleId).orElse(null);
    }

    /** The attempts of the current period: those started at or after its start (all when there is none). */
    private static List<Row> counted(List<Row> mine, @Nullable Instant periodStart) {
        return periodStart == null ? mine : mine.stream().filter(r -> !r.startedAt().isBefore(periodStart)).toList();
    }

    /**
     * The questions of a new attempt. A random quiz draws the questions the learner has been given least often
     * first (ties at random), so a second attempt at a bank larger than the quiz never repeats the same paper.
     */
    private List<Papers.QuestionWithId> choose(QuizSettings s, List<Row> previous) {
        List<Question> picked;
        if (s.selection() == QuestionSelection.FIXED) {
            Map<Long, Question> byId = new HashMap<>();
            questions.findAllById(s.questionIds()).forEach(q -> byId.put(q.getId(), q));
            picked = s.questionIds().stream().map(byId::get).filter(q -> q != null).toList();
            if (s.shuffleQuestions()) {
                picked = new ArrayList<>(picked);
                Collections.shuffle(picked, random);
            }
        } else {
            QuestionCategory category = s.randomCategory();
            List<Question> pool = category == null ? List.of()
                    : new ArrayList<>(category.moduleId() != null ? questions.findInModule(category.moduleId())
                            : questions.findInArea(category.skillArea()));
            Map<Long, Integer> seen = new HashMap<>();
            for (Row row : previous) {
                snapshots.of(row.id()).slots().forEach(slot -> seen.merge(slot.questionId(), 1, Integer::sum));
            }
            Collections.shuffle(pool, random);
            pool.sort(Comparator.comparingInt(q -> seen.getOrDefault(q.getId(), 0)));
            picked = new ArrayList<>(pool.subList(0, Math.min(pool.size(), s.randomCount())));
            Collections.shuffle(picked, random);
        }
        if (picked.isEmpty()) {
            throw new ValidationException("This quiz has no questions yet. Please let your administrator know.");
        }
        return picked.stream().map(q -> new Papers.QuestionWithId(q.getId(), q.toDraft())).toList();
    }

    /**
     * The attempt as its owner takes it, with every answer saved so far. An attempt whose time has run out is
     * closed and graded first; the paper then shows it finished.
     */
    @PreAuthorize(Roles.IS_AGENT)
    @Transactional
    public AttemptPaper paper(long attemptId) {
        Row row = owned(attemptId, true);
        Instant now = clock.instant();
        if (row.open() && row.expired(now.minus(GRACE))) {
            finish(row, FinishReason.TIME_UP, now);
            row = attempts.find(attemptId).orElseThrow();
        }
        Snapshot snapshot = snapshots.of(attemptId);
        List<PaperQuestion> paper = new ArrayList<>();
        for (int i = 0; i < snapshot.slots().size(); i++) {
            paper.add(Papers.paper(snapshot.slots().get(i), i));
        }
        return new AttemptPaper(row.summary(), row.title(), paper, responses(attemptId), row.currentSlot(),
                row.layout(), row.deadline());
    }

    /** What happened to an answer: saved, or refused because the attempt is closed (and why). */
    public enum SaveOutcome { SAVED, TIME_UP, ALREADY_FINISHED }

    /**
     * Saves one answer at once. The attempt row is locked while saving, so a submit in another tab either sees
     * this answer or happens first and the answer is refused; never half of both.
     */
    @PreAuthorize(Roles.IS_AGENT)
    @Transactional
    public SaveOutcome saveAnswer(long attemptId, int slot, Response response) {
        Row row = owned(attemptId, true);
        if (!row.open()) {
            return SaveOutcome.ALREADY_FINISHED;
        }
        Instant now = clock.instant();
        if (row.expired(now.minus(GRACE))) {
            finish(row, FinishReason.TIME_UP, now);
            return SaveOutcome.TIME_UP;
        }
        Snapshot.Slot question = slotOf(attemptId, slot);
        checkFits(question, response);
        attempts.saveAnswer(attemptId, slot, json.write(response), now);
        answersSaved.increment();
        return SaveOutcome.SAVED;
    }

    /** Remembers which question the learner is on, so a resumed attempt opens there. */
    @PreAuthorize(Roles.IS_AGENT)
    @Transactional
    public void moveTo(long attemptId, int slot) {
        Row row = owned(attemptId, false);
        if (row.open() && slot >= 0) {
            attempts.moveTo(attemptId, slot);
        }
    }

    /**
     * Submits and grades the attempt. Submitting again (double click, second tab, after the time-limit job closed
     * it) returns the one grade it already has.
     */
    @PreAuthorize(Roles.IS_AGENT)
    @Transactional
    public AttemptSummary submit(long attemptId) {
        Row row = owned(attemptId, true);
        if (row.open()) {
            Instant now = clock.instant();
            FinishReason reason = row.expired(now.minus(GRACE)) ? FinishReason.TIME_UP : FinishReason.SUBMITTED;
            finish(row, reason, now);
            // certdesk.quiz.attempts.submitted: attempts a learner submitted (reason SUBMITTED, or TIME_UP when the
            // time had run out by then); the time-limit job's closing is not counted here
            io.micrometer.core.instrument.Counter.builder("certdesk.quiz.attempts.submitted")
                    .description("Quiz attempts learners submitted")
                    .tag("reason", reason.name()).register(meters).increment();
        }
        return attempts.find(attemptId).orElseThrow().summary();
    }

    /**
     * A finished attempt's grade and review as far as the quiz's review options allow now; what they hide is left
     * out of the result, not just out of the page. The owner may read it; so may their manager and HR (with the same
     * options, so nobody can pass the answers on). An open attempt has no result yet.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public AttemptResult result(long attemptId) {
        Row row = attempts.find(attemptId).filter(r -> people.canView(r.userId()))
                .orElseThrow(() -> new NotFoundException(NO_ATTEMPT));
        if (row.open()) {
            throw new ValidationException("This attempt is still open: submit it to see your result.");
        }
        QuizSettings s = quizzes.findById(row.quizId()).map(Quiz::settings).orElseThrow();
        Instant now = clock.instant();
        List<Row> mine = attempts.ofUser(row.userId(), row.quizId());
        Instant periodStart = periodStart(row.userId(), row.moduleId());
        List<Row> counted = counted(mine, periodStart);
        boolean anyOpen = mine.stream().anyMatch(Row::open);
        var standing = new ReviewOptions.Standing(counted.stream().anyMatch(r -> Boolean.TRUE.equals(r.passed())),
                !anyOpen && s.maxAttempts() != null && counted.size() >= s.maxAttempts(),
                s.closesAt() != null && !now.isBefore(s.closesAt()));
        ReviewOptions.Visible visible = s.review().visible(standing);

        Snapshot snapshot = snapshots.of(attemptId);
        Map<Integer, Response> responses = responses(attemptId);
        List<AttemptResult.QuestionMark> marks = new ArrayList<>();
        List<ReviewItem> review = new ArrayList<>();
        boolean anyReview = visible.rightWrong() || visible.correctAnswers() || visible.feedback();
        for (int i = 0; i < snapshot.slots().size(); i++) {
            Snapshot.Slot slot = snapshot.slots().get(i);
            Response response = responses.get(i);
            if (visible.rightWrong()) {
                marks.add(new AttemptResult.QuestionMark(i, Scoring.points(slot, response), slot.points(),
                        response != null && !response.isBlank()));
            }
            if (anyReview) {
                review.add(Papers.review(slot, i, response, visible.correctAnswers(), visible.feedback()));
            }
        }
        AttemptSummary summary = row.summary();
        if (!visible.score()) {
            summary = new AttemptSummary(summary.id(), summary.moduleId(), summary.number(), summary.state(),
                    summary.startedAt(), summary.deadline(), summary.finishedAt(), summary.finishReason(), null,
                    summary.maxScore(), null, summary.passed(), summary.passMark());
        }
        AttemptResult.NextAttempt next = null;
        if (row.userId() == currentUser.id()) {
            Long open = mine.stream().filter(Row::open).map(Row::id).findFirst().orElse(null);
            Blocked blocked = open == null ? blocked(s, counted, periodStart != null, now) : null;
            next = new AttemptResult.NextAttempt(open, open == null && blocked == null,
                    blocked == null ? null : blocked.reason(), blocked == null ? null : blocked.until());
        }
        return new AttemptResult(summary, row.title(), marks, visible, reviewNote(s.review(), visible), review, next);
    }

    /** Tells the agent what is hidden and when it will show, e.g. "The correct answers and feedback are shown …". */
    private static String reviewNote(ReviewOptions options, ReviewOptions.Visible visible) {
        List<String> notes = new ArrayList<>();
        if (!visible.score()) {
            notes.add(note("Your score", options.score()));
        }
        if (!visible.rightWrong()) {
            notes.add(note("Which questions you got right", options.rightWrong()));
        }
        if (!visible.correctAnswers() && !visible.feedback() && options.correctAnswers().equals(options.feedback())) {
            notes.add(note("The correct answers and feedback", options.correctAnswers()).replace(" is ", " are "));
        } else {
            if (!visible.correctAnswers()) {
                notes.add(note("The correct answers", options.correctAnswers()).replace(" is ", " are "));
            }
            if (!visible.feedback()) {
                notes.add(note("The feedback", options.feedback()));
            }
        }
        return String.join(" ", notes);
    }

    private static String note(String part, java.util.Set<ReviewMoment> moments) {
        String when = ReviewOptions.describe(moments.stream().filter(m -> m != ReviewMoment.IMMEDIATELY)
                .collect(java.util.stream.Collectors.toSet()));
        return when.isEmpty() ? part + " is not shown for this quiz." : part + " is shown " + when + ".";
    }

    /** Closes every open attempt whose time ran out, grading the answers saved so far. Returns how many. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NEVER)
    public int closeExpiredAttempts() {
        Instant now = clock.instant();
        int closed = 0;
        for (long id : attempts.expiredOpen(now.minus(GRACE))) {
            Boolean done = tx.execute(status -> attempts.lock(id).filter(Row::open)
                    .map(row -> {
                        finish(row, FinishReason.TIME_UP, now);
                        return true;
                    }).orElse(false));
            if (Boolean.TRUE.equals(done)) {
                closed++;
            }
        }
        return closed;
    }

    /** Grades a locked, open attempt from its snapshot and saved answers, and tells the other features. */
    private void finish(Row row, FinishReason reason, Instant now) {
        Snapshot snapshot = snapshots.of(row.id());
        Map<Integer, Response> responses = responses(row.id());
        double score = 0;
        for (int i = 0; i < snapshot.slots().size(); i++) {
            score += Scoring.points(snapshot.slots().get(i), responses.get(i));
        }
        double percent = row.maxScore() == 0 ? 0 : score * 100.0 / row.maxScore();
        boolean passed = Scoring.passes(percent, row.passMark());
        Instant finishedAt = reason == FinishReason.TIME_UP && row.deadline() != null && row.deadline().isBefore(now)
                ? row.deadline() : now;
        if (!attempts.finish(row.id(), reason, finishedAt, score, percent, passed)) {
            return;
        }
        if (passed) {
            events.publishEvent(new QuizPassed(row.userId(), row.moduleId(), row.quizId(), row.id(), percent,
                    row.passMark(), finishedAt));
            if (!attempts.passedBefore(row.userId(), row.quizId(), row.id())) {
                learning.quizPassedFirstTime(row.userId(), row.moduleId(), finishedAt);
            }
        } else {
            events.publishEvent(new QuizFailed(row.userId(), row.moduleId(), row.quizId(), row.id(), percent,
                    row.passMark(), finishedAt));
        }
    }

    private Row owned(long attemptId, boolean lock) {
        Optional<Row> found = lock ? attempts.lock(attemptId) : attempts.find(attemptId);
        // someone else's attempt answers exactly like one that does not exist: nothing tells that it does
        return found.filter(row -> row.userId() == currentUser.id())
                .orElseThrow(() -> new NotFoundException(NO_ATTEMPT));
    }

    private Snapshot.Slot slotOf(long attemptId, int slot) {
        Snapshot snapshot = snapshots.of(attemptId);
        if (slot < 0 || slot >= snapshot.slots().size()) {
            throw new ValidationException("This attempt has no question " + (slot + 1) + ".");
        }
        return snapshot.slots().get(slot);
    }

    private static void checkFits(Snapshot.Slot slot, Response response) {
        var keys = slot.choices().stream().map(Snapshot.Choice::key).toList();
        boolean fits = switch (slot.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> response.selected().size() <= 1 && keys.containsAll(response.selected());
            case MULTIPLE_RESPONSE -> keys.containsAll(response.selected());
            case SHORT_ANSWER -> response.text().length() <= 500;
            case MATCHING -> keys.containsAll(response.pairs().keySet())
                    && slot.rightOptions().containsAll(response.pairs().values().stream().filter(v -> !v.isBlank()).toList());
        };
        if (!fits) {
            throw new ValidationException("That answer does not fit this question; please choose again.");
        }
    }

    private Map<Integer, Response> responses(long attemptId) {
        Map<Integer, Response> responses = new HashMap<>();
        attempts.answers(attemptId).forEach((slot, text) -> responses.put(slot, json.response(text)));
        return responses;
    }
}
