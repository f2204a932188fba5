package com.certdesk.catalog;

import com.certdesk.base.NotFoundException;
import com.certdesk.catalog.internal.CatalogMapper;
import com.certdesk.catalog.internal.LearningModule;
import com.certdesk.catalog.internal.Lesson;
import com.certdesk.catalog.internal.ModuleRepository;
import com.certdesk.catalog.internal.ProgressRepository;
import com.certdesk.catalog.internal.QuizGate;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a learner reads and does: published modules, lessons, and marking lessons done. */
@Service
@Transactional(readOnly = true)
public class LearningService {

    static final String NOT_AVAILABLE = "This module does not exist or is not published.";

    private final ModuleRepository modules;
    private final ProgressRepository progress;
    private final CurrentUser currentUser;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QuizGate quizzes;

    LearningService(ModuleRepository modules, ProgressRepository progress, CurrentUser currentUser,
            PeopleDirectory people, ApplicationEventPublisher events, Clock clock, QuizGate quizzes) {
        this.quizzes = quizzes;
        this.modules = modules;
        this.progress = progress;
        this.currentUser = currentUser;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Every published module with the caller's progress, ordered by skill area and title. */
    @PreAuthorize(Roles.IS_AGENT)
    public List<LearnerModule> myModules() {
        return modulesOf(currentUser.id());
    }

    /**
     * A learner's progress in every published module. A learner may read their own; their manager and HR
     * may read it too; anyone else gets {@link org.springframework.security.access.AccessDeniedException}.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<LearnerModule> progressOf(long userId) {
        people.checkCanView(userId);
        return modulesOf(userId);
    }

    /**
     * The published modules a learner has completed, each with when it was completed, oldest first: for their own
     * timeline, their manager's and HR's (the same rule as {@link #progressOf}).
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<ModuleCompletion> completedModules(long userId) {
        people.checkCanView(userId);
        List<LearnerModule> complete = modulesOf(userId).stream().filter(m -> m.progress().complete()).toList();
        if (complete.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> lastLesson = progress.lastDoneByModule(userId);
        Map<Long, Instant> firstPass = quizzes.firstPasses(userId);
        return complete.stream().map(m -> {
            long id = m.module().id();
            Instant lessons = lastLesson.get(id);
            Instant quiz = firstPass.get(id);
            Instant when = lessons == null ? quiz : quiz == null || lessons.isAfter(quiz) ? lessons : quiz;
            return new ModuleCompletion(id, m.module().title(), java.util.Objects.requireNonNull(when));
        }).sorted(java.util.Comparator.comparing(ModuleCompletion::completedAt)).toList();
    }

    /**
     * For a published module, each learner who completed it and when, by the rule of {@link #completedModules}
     * (the last lesson done or the quiz first passed, whichever came later), in a few queries whatever the number of
     * learners: for analyses that show aggregates only (training impact per module).
     *
     * @throws com.certdesk.base.NotFoundException for an unknown or unpublished module
     */
    @PreAuthorize(Roles.IS_TEAM_VIEWER)
    public Map<Long, Instant> completions(long moduleId) {
        published(moduleId);
        Map<Long, Instant> lessons = progress.finishedLessonsOf(moduleId);
        if (!quizzes.hasQuiz(moduleId)) {
            return lessons;
        }
        Map<Long, Instant> passes = quizzes.firstPassesOfModule(moduleId);
        Map<Long, Instant> complete = new HashMap<>();
        lessons.forEach((user, last) -> {
            Instant pass = passes.get(user);
            if (pass != null) {
                complete.put(user, pass.isAfter(last) ? pass : last);
            }
        });
        return complete;
    }

    private List<LearnerModule> modulesOf(long userId) {
        List<LearningModule> published = modules.findByStatusOrdered(ModuleStatus.PUBLISHED);
        Map<Long, Integer> lessonCounts = new HashMap<>();
        for (Object[] row : modules.countLessonsOfPublished()) {
            lessonCounts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Integer> done = new HashMap<>();
        for (long[] row : progress.doneCountsByModule(userId)) {
            done.put(row[0], (int) row[1]);
        }
        Map<Long, QuizRequirement> quiz = quizzes.forUser(userId);
        return published.stream().map(m -> {
            int total = lessonCounts.getOrDefault(m.getId(), 0);
            return new LearnerModule(CatalogMapper.toSummary(m, total), new ModuleProgress(m.getId(), total,
                    done.getOrDefault(m.getId(), 0), QuizGate.of(quiz, m.getId())));
        }).toList();
    }

    /** The module page; unknown and unpublished modules are "not found". */
    @PreAuthorize(Roles.IS_AGENT)
    public ModuleOverview module(long moduleId) {
        LearningModule module = published(moduleId);
        Set<Long> done = progress.doneLessonIds(currentUser.id(), moduleId);
        return new ModuleOverview(CatalogMapper.toSummary(module), CatalogMapper.outlines(module, done),
                progressOf(module, done, currentUser.id()));
    }

    /** One lesson of a published module, with its neighbours. */
    @PreAuthorize(Roles.IS_AGENT)
    public LessonPage lesson(long moduleId, long lessonId) {
        LearningModule module = published(moduleId);
        List<Lesson> all = module.getLessons();
        int index = indexOf(all, lessonId);
        Lesson lesson = all.get(index);
        Set<Long> done = progress.doneLessonIds(currentUser.id(), moduleId);
        return new LessonPage(module.getId(), module.getTitle(), lesson.getId(), index + 1, all.size(),
                lesson.getTitle(), lesson.getBody(), lesson.getVideoUrl(), done.contains(lesson.getId()),
                index > 0 ? all.get(index - 1).getId() : null,
                index < all.size() - 1 ? all.get(index + 1).getId() : null,
                progressOf(module, done, currentUser.id()));
    }

    /**
     * Marks a lesson done for the caller, saved at once. Doing it twice (double click, two tabs) changes
     * nothing the second time. Returns the module's progress afterwards.
     */
    @PreAuthorize(Roles.IS_AGENT)
    @Transactional
    public ModuleProgress markDone(long moduleId, long lessonId) {
        LearningModule module = published(moduleId);
        indexOf(module.getLessons(), lessonId);
        long userId = currentUser.id();
        Set<Long> before = progress.doneLessonIds(userId, moduleId);
        Instant now = clock.instant();
        boolean inserted = progress.markDone(userId, lessonId, now);
        Set<Long> after = progress.doneLessonIds(userId, moduleId);
        ModuleProgress result = progressOf(module, after, userId);
        if (inserted) {
            events.publishEvent(new LessonCompleted(userId, moduleId, lessonId, now));
            if (result.complete() && !progressOf(module, before, userId).complete()) {
                events.publishEvent(new ModuleCompleted(userId, moduleId, module.getContentVersion(), now));
            }
        }
        return result;
    }

    /**
     * Told by the quiz feature when a learner passes a module's quiz for the first time: if their lessons are all
     * done too, the module is now complete and {@link ModuleCompleted} is published.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public ModuleProgress quizPassedFirstTime(long userId, long moduleId, Instant when) {
        LearningModule module = modules.findById(moduleId).orElseThrow(() -> new NotFoundException(NOT_AVAILABLE));
        Set<Long> done = progress.doneLessonIds(userId, moduleId);
        ModuleProgress result = progressOf(module, done, userId);
        if (result.complete()) {
            events.publishEvent(new ModuleCompleted(userId, moduleId, module.getContentVersion(), when));
        }
        return result;
    }

    private LearningModule published(long moduleId) {
        return modules.findByIdAndStatus(moduleId, ModuleStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException(NOT_AVAILABLE));
    }

    private static int indexOf(List<Lesson> all, long lessonId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getId() == lessonId) {
                return i;
            }
        }
        throw new NotFoundException("This lesson is not part of the module. It may have been removed.");
    }

    private ModuleProgress progressOf(LearningModule module, Set<Long> doneIds, long userId) {
        int done = (int) module.getLessons().stream().filter(l -> doneIds.contains(l.getId())).count();
        return new ModuleProgress(module.getId(), module.getLessons().size(), done,
                QuizGate.of(quizzes.forUser(userId), module.getId()));
    }
}
