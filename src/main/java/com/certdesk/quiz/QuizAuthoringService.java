package com.certdesk.quiz;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.ModuleRef;
import com.certdesk.quiz.internal.AttemptStore;
import com.certdesk.quiz.internal.QuestionRepository;
import com.certdesk.quiz.internal.Quiz;
import com.certdesk.quiz.internal.QuizRepository;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A module's quiz as its author sets it up: settings and questions. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_ADMIN)
public class QuizAuthoringService {

    private final QuizRepository quizzes;
    private final QuestionRepository questions;
    private final QuestionBankService bank;
    private final AttemptStore attempts;
    private final ModuleDirectory modules;
    private final Clock clock;

    private final com.certdesk.security.AuditLog audit;

    QuizAuthoringService(QuizRepository quizzes, QuestionRepository questions, QuestionBankService bank,
            AttemptStore attempts, ModuleDirectory modules, Clock clock, com.certdesk.security.AuditLog audit) {
        this.audit = audit;
        this.quizzes = quizzes;
        this.questions = questions;
        this.bank = bank;
        this.attempts = attempts;
        this.modules = modules;
        this.clock = clock;
    }

    /** The module's quiz, or empty when it has none yet. Unknown modules are "not found". */
    public Optional<QuizDetail> quizOf(long moduleId) {
        ModuleRef module = module(moduleId);
        return quizzes.findByModuleId(moduleId).map(q -> detail(q, module));
    }

    /**
     * Creates or updates the module's quiz. {@code version} is the version the author loaded (null for a new
     * quiz). Attempts already started keep the questions and settings they were given.
     */
    @Transactional
    public QuizDetail save(long moduleId, @Nullable Long version, QuizSettings settings) {
        ModuleRef module = module(moduleId);
        check(settings);
        Optional<Quiz> existing = quizzes.findByModuleId(moduleId);
        String what = "the quiz of “" + module.title() + "”";
        Quiz quiz;
        if (existing.isPresent()) {
            quiz = existing.get();
            // A form that loaded no quiz (version null) while someone else created one is stale too.
            StaleEditException.check(what, version == null ? -1 : version, quiz.getVersion());
            quiz.apply(settings, clock.instant());
        } else {
            if (version != null) {
                throw new StaleEditException(what);
            }
            quiz = quizzes.save(new Quiz(moduleId, settings, clock.instant()));
        }
        Quiz saved = quiz;
        StaleEditException.guard(what, () -> quizzes.saveAndFlush(saved));
        audit.record(com.certdesk.security.AuditKind.CONTENT_CHANGED, "quiz of module " + moduleId + " saved");
        return detail(quiz, module);
    }

    /** Deletes a quiz nobody has attempted yet; one with attempts can only be switched off. */
    @Transactional
    public void delete(long moduleId) {
        Quiz quiz = quizzes.findByModuleId(moduleId)
                .orElseThrow(() -> new NotFoundException("This module has no quiz."));
        if (attempts.countForQuiz(quiz.getId()) > 0) {
            throw new ValidationException("Learners have attempted this quiz, so it is kept for their records. "
                    + "Switch it off instead.");
        }
        quizzes.delete(quiz);
        audit.record(com.certdesk.security.AuditKind.CONTENT_CHANGED, "quiz of module " + moduleId + " deleted");
    }

    private void check(QuizSettings s) {
        List<String> problems = new ArrayList<>();
        if (s.intro().length() > 4000) {
            problems.add("The introduction is longer than 4000 characters.");
        }
        if (s.passMark() < 1 || s.passMark() > 100) {
            problems.add("The pass mark must be between 1% and 100%.");
        }
        range(s.timeLimitMinutes(), 1, 600, "The time limit must be between 1 and 600 minutes.", problems);
        range(s.maxAttempts(), 1, 100, "The maximum number of attempts must be between 1 and 100.", problems);
        range(s.minWaitMinutes(), 0, 10_080, "The wait between attempts must be between 0 and 10080 minutes (a week).",
                problems);
        range(s.failuresBeforeWait(), 1, 100, "The number of failed attempts before a wait must be between 1 and 100.",
                problems);
        range(s.failureWaitMinutes(), 1, 10_080,
                "The wait after failed attempts must be between 1 and 10080 minutes (a week).", problems);
        if ((s.failuresBeforeWait() == null) != (s.failureWaitMinutes() == null)) {
            problems.add("For a wait after failed attempts, give both the number of failed attempts and the minutes "
                    + "to wait (or leave both empty).");
        }
        if (s.selection() == QuestionSelection.FIXED) {
            if (new HashSet<>(s.questionIds()).size() != s.questionIds().size()) {
                problems.add("A question appears twice in the quiz.");
            }
            if (questions.findAllById(s.questionIds()).size() != s.questionIds().size()) {
                problems.add("Some of the chosen questions no longer exist. Reload and pick again.");
            }
            if (s.active() && s.questionIds().isEmpty()) {
                problems.add("Add at least one question before switching the quiz on.");
            }
        } else {
            if (s.randomCount() < 1 || s.randomCount() > 100) {
                problems.add("The number of random questions must be between 1 and 100.");
            }
            QuestionCategory category = s.randomCategory();
            if (category == null) {
                problems.add("Choose the category to draw random questions from.");
            } else if (s.active()) {
                int available = category.moduleId() != null ? questions.idsInModule(category.moduleId()).size()
                        : questions.idsInArea(category.skillArea()).size();
                if (available < s.randomCount()) {
                    problems.add("The category has " + available + " questions; the quiz draws " + s.randomCount()
                            + ". Add questions or draw fewer.");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(String.join(" ", problems));
        }
    }

    private static void range(@Nullable Integer value, int min, int max, String message, List<String> problems) {
        if (value != null && (value < min || value > max)) {
            problems.add(message);
        }
    }

    private QuizDetail detail(Quiz quiz, ModuleRef module) {
        QuizSettings settings = quiz.settings();
        return new QuizDetail(quiz.getId(), module.id(), module.title(), settings,
                bank.summaries(settings.questionIds()), attempts.countForQuiz(quiz.getId()), quiz.getVersion());
    }

    private ModuleRef module(long moduleId) {
        return modules.find(moduleId).orElseThrow(() -> new NotFoundException("This module does not exist."));
    }
}
