package com.certdesk.catalog.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A module with an active quiz is complete only when its lessons are done and its quiz is passed. The quiz
 * feature implements this; without an implementation no module has a quiz.
 */
public interface QuizRequirements {

    /** Ids of the modules that have an active quiz. */
    Set<Long> modulesWithQuiz();

    /** For each of the users, the ids of the modules whose quiz they have passed at least once. */
    Map<Long, Set<Long>> passedModules(Collection<Long> userIds);

    /** For one user, module id to when they first passed its quiz (modules never passed are left out). */
    Map<Long, Instant> firstPasses(long userId);

    /** For one module, user id to when they first passed its quiz (users who never passed are left out). */
    Map<Long, Instant> firstPassesOfModule(long moduleId);
}
