package com.certdesk.catalog.internal;

import com.certdesk.catalog.QuizRequirement;
import com.certdesk.catalog.spi.QuizRequirements;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Asks the quiz feature, when there is one, which modules need a passed quiz and who passed them. */
@Component
public class QuizGate {

    private final ObjectProvider<QuizRequirements> requirements;

    QuizGate(ObjectProvider<QuizRequirements> requirements) {
        this.requirements = requirements;
    }

    /** A user's view: module id → requirement, for every module with a quiz (others are {@code NONE}). */
    public Map<Long, QuizRequirement> forUser(long userId) {
        return forUsers(List.of(userId)).getOrDefault(userId, Map.of());
    }

    /** For each user, module id → requirement for every module with a quiz. */
    public Map<Long, Map<Long, QuizRequirement>> forUsers(Collection<Long> userIds) {
        QuizRequirements source = requirements.getIfAvailable();
        if (source == null || userIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> gated = source.modulesWithQuiz();
        if (gated.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> passed = source.passedModules(userIds);
        var result = new java.util.HashMap<Long, Map<Long, QuizRequirement>>();
        for (long userId : userIds) {
            Set<Long> mine = passed.getOrDefault(userId, Set.of());
            var map = new java.util.HashMap<Long, QuizRequirement>();
            for (long moduleId : gated) {
                map.put(moduleId, mine.contains(moduleId) ? QuizRequirement.PASSED : QuizRequirement.PENDING);
            }
            result.put(userId, map);
        }
        return result;
    }

    /** When the user first passed each module's quiz (modules whose quiz they never passed are left out). */
    public Map<Long, java.time.Instant> firstPasses(long userId) {
        QuizRequirements source = requirements.getIfAvailable();
        return source == null ? Map.of() : source.firstPasses(userId);
    }

    /** Whether the module has an active quiz (its completion then needs a pass). */
    public boolean hasQuiz(long moduleId) {
        QuizRequirements source = requirements.getIfAvailable();
        return source != null && source.modulesWithQuiz().contains(moduleId);
    }

    /** For one module, user id to when they first passed its quiz. */
    public Map<Long, java.time.Instant> firstPassesOfModule(long moduleId) {
        QuizRequirements source = requirements.getIfAvailable();
        return source == null ? Map.of() : source.firstPassesOfModule(moduleId);
    }

    public static QuizRequirement of(Map<Long, QuizRequirement> map, long moduleId) {
        return map.getOrDefault(moduleId, QuizRequirement.NONE);
    }
}
