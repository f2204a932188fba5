package com.certdesk.catalog;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.internal.CatalogMapper;
import com.certdesk.catalog.internal.LearningModule;
import com.certdesk.catalog.internal.Lesson;
import com.certdesk.catalog.internal.LessonRepository;
import com.certdesk.catalog.internal.ModuleRepository;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authoring for administrators and trainers: modules, their lessons and order, publishing. Any change to a
 * published module gives it a new content version.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional
public class AuthoringService {

    private static final Logger log = LoggerFactory.getLogger(AuthoringService.class);

    private final ModuleRepository modules;
    private final LessonRepository lessons;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AuditLog audit;

    AuthoringService(ModuleRepository modules, LessonRepository lessons, CurrentUser currentUser, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.modules = modules;
        this.lessons = lessons;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ModuleSummary> modules(String text, Pageable pageable) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        String pattern = trimmed.isEmpty() ? "" : "%" + trimmed + "%";
        Page<LearningModule> page = modules.search(pattern, pageable);
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> ids = page.getContent().stream().map(LearningModule::getId).toList();
        if (!ids.isEmpty()) {
            for (Object[] row : modules.countLessons(ids)) {
                counts.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return page.map(m -> CatalogMapper.toSummary(m, counts.getOrDefault(m.getId(), 0)));
    }

    @Transactional(readOnly = true)
    public ModuleDetail module(long moduleId) {
        LearningModule module = find(moduleId);
        return new ModuleDetail(CatalogMapper.toSummary(module), CatalogMapper.outlines(module, Set.of()));
    }

    public long createModule(ModuleDraft draft) {
        check(draft);
        var module = new LearningModule(draft.title().trim(), draft.summary().trim(), draft.skillArea(),
                draft.estimatedMinutes(), clock.instant());
        modules.save(module);
        audit.record(AuditKind.CONTENT_CHANGED, "module '" + module.getTitle() + "' created");
        return module.getId();
    }

    /**
     * Saves a module's details; refused, with nothing saved, when someone else changed the module (its details or
     * lessons) since {@code expectedVersion} (the {@link ModuleSummary#version()} the form loaded) was read.
     */
    public ModuleSummary updateModule(long moduleId, long expectedVersion, ModuleDraft draft) {
        check(draft);
        LearningModule module = find(moduleId);
        String what = "the module “" + module.getTitle() + "”";
        StaleEditException.check(what, expectedVersion, module.getVersion());
        boolean changed = !module.getTitle().equals(draft.title().trim())
                || !module.getSummary().equals(draft.summary().trim())
                || module.getSkillArea() != draft.skillArea()
                || module.getEstimatedMinutes() != draft.estimatedMinutes();
        if (changed) {
            module.setTitle(draft.title().trim());
            module.setSummary(draft.summary().trim());
            module.setSkillArea(draft.skillArea());
            module.setEstimatedMinutes(draft.estimatedMinutes());
            module.touch(clock.instant());
            StaleEditException.guard(what, () -> modules.saveAndFlush(module));
        }
        return CatalogMapper.toSummary(module);
    }

    @Transactional(readOnly = true)
    public LessonDetail lesson(long lessonId) {
        Lesson lesson = findLesson(lessonId);
        return new LessonDetail(lesson.getId(), lesson.getModule().getId(), lesson.getModule().getTitle(),
                lesson.getPosition(), lesson.getTitle(), lesson.getBody(), lesson.getVideoUrl(), lesson.getVersion());
    }

    public long addLesson(long moduleId, LessonDraft draft) {
        check(draft);
        LearningModule module = find(moduleId);
        Lesson lesson = module.addLesson(draft.title().trim(), draft.body(), cleanUrl(draft.videoUrl()));
        module.touch(clock.instant());
        modules.flush();
        return lesson.getId();
    }

    /**
     * Saves a lesson; refused, with nothing saved, when someone else changed it since {@code expectedVersion} (the
     * {@link LessonDetail#version()} the editor loaded) was read.
     */
    public void updateLesson(long lessonId, long expectedVersion, LessonDraft draft) {
        check(draft);
        Lesson lesson = findLesson(lessonId);
        String what = "the lesson “" + lesson.getTitle() + "”";
        StaleEditException.check(what, expectedVersion, lesson.getVersion());
        String url = cleanUrl(draft.videoUrl());
        boolean changed = !lesson.getTitle().equals(draft.title().trim()) || !lesson.getBody().equals(draft.body())
                || !java.util.Objects.equals(lesson.getVideoUrl(), url);
        if (changed) {
            lesson.setTitle(draft.title().trim());
            lesson.setBody(draft.body());
            lesson.setVideoUrl(url);
            lesson.getModule().touch(clock.instant());
            StaleEditException.guard(what, () -> lessons.saveAndFlush(lesson));
        }
    }

    public void deleteLesson(long lessonId) {
        Lesson lesson = findLesson(lessonId);
        LearningModule module = lesson.getModule();
        if (module.getStatus() == ModuleStatus.PUBLISHED && module.getLessons().size() == 1) {
            throw new ValidationException("A published module needs at least one lesson. Unpublish it first.");
        }
        module.removeLesson(lesson);
        module.touch(clock.instant());
    }

    /** Moves a lesson up (negative) or down (positive) in its module. */
    public void moveLesson(long lessonId, int delta) {
        Lesson lesson = findLesson(lessonId);
        LearningModule module = lesson.getModule();
        int before = lesson.getPosition();
        module.moveLesson(lesson, delta);
        if (lesson.getPosition() != before) {
            module.touch(clock.instant());
        }
    }

    public ModuleSummary publish(long moduleId) {
        LearningModule module = find(moduleId);
        if (module.getLessons().isEmpty()) {
            throw new ValidationException("Add at least one lesson before publishing this module.");
        }
        if (module.getStatus() != ModuleStatus.PUBLISHED) {
            module.setStatus(ModuleStatus.PUBLISHED);
            module.setPublishedAt(clock.instant());
            audit.record(AuditKind.CONTENT_CHANGED, "module '" + module.getTitle() + "' published");
        }
        return CatalogMapper.toSummary(module);
    }

    public ModuleSummary unpublish(long moduleId) {
        LearningModule module = find(moduleId);
        if (module.getStatus() == ModuleStatus.PUBLISHED) {
            module.setStatus(ModuleStatus.DRAFT);
            audit.record(AuditKind.CONTENT_CHANGED, "module '" + module.getTitle() + "' unpublished");
        }
        return CatalogMapper.toSummary(module);
    }

    private LearningModule find(long moduleId) {
        return modules.findById(moduleId)
                .orElseThrow(() -> new NotFoundException("There is no module with id " + moduleId + "."));
    }

    private Lesson findLesson(long lessonId) {
        return lessons.findById(lessonId)
                .orElseThrow(() -> new NotFoundException("There is no lesson with id " + lessonId + "."));
    }

    static void check(ModuleDraft draft) {
        if (draft.title().isBlank()) {
            throw new ValidationException("A module needs a title.");
        }
        if (draft.title().trim().length() > 200) {
            throw new ValidationException("The title can have at most 200 characters.");
        }
        if (draft.summary().isBlank()) {
            throw new ValidationException("Write a short summary of what the learner will be able to do.");
        }
        if (draft.summary().trim().length() > 1000) {
            throw new ValidationException("The summary can have at most 1,000 characters.");
        }
        if (draft.estimatedMinutes() < 1 || draft.estimatedMinutes() > 600) {
            throw new ValidationException("The estimated time must be between 1 and 600 minutes.");
        }
    }

    static void check(LessonDraft draft) {
        if (draft.title().isBlank()) {
            throw new ValidationException("A lesson needs a title.");
        }
        if (draft.title().trim().length() > 200) {
            throw new ValidationException("The lesson title can have at most 200 characters.");
        }
        if (draft.body().isBlank()) {
            throw new ValidationException("The lesson has no content yet.");
        }
        if (draft.body().length() > 200_000) {
            throw new ValidationException("The lesson is longer than 200,000 characters; split it into several lessons.");
        }
        cleanUrl(draft.videoUrl());
    }

    static @Nullable String cleanUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null || trimmed.length() > 500) {
                throw new ValidationException("The video link must be a web address starting with https://");
            }
        } catch (URISyntaxException e) {
            throw new ValidationException("The video link must be a web address starting with https://");
        }
        return trimmed;
    }
}
