package com.certdesk.quiz.internal;

import com.certdesk.catalog.spi.QuizRequirements;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the catalog which modules have an active quiz and who has passed them. */
@Component
@Transactional(readOnly = true)
class QuizRequirementsAdapter implements QuizRequirements {

    private final QuizRepository quizzes;
    private final AttemptStore attempts;

    QuizRequirementsAdapter(QuizRepository quizzes, AttemptStore attempts) {
        this.quizzes = quizzes;
        this.attempts = attempts;
    }

    @Override
    public Set<Long> modulesWithQuiz() {
        return Set.copyOf(quizzes.activeModuleIds());
    }

    @Override
    public Map<Long, Set<Long>> passedModules(Collection<Long> userIds) {
        return attempts.passedModules(userIds);
    }

    @Override
    public Map<Long, Instant> firstPasses(long userId) {
        return attempts.firstPasses(userId);
    }

    @Override
    public Map<Long, Instant> firstPassesOfModule(long moduleId) {
        return attempts.firstPassesOfModule(moduleId);
    }
}
