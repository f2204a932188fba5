package com.certdesk.catalog;

import com.certdesk.catalog.internal.LearningModule;
import com.certdesk.catalog.internal.ModuleRepository;
import com.certdesk.security.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Names of modules for other features; says nothing about lessons or anyone's progress. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ModuleDirectory {

    private final ModuleRepository modules;

    ModuleDirectory(ModuleRepository modules) {
        this.modules = modules;
    }

    public Optional<ModuleRef> find(long moduleId) {
        return modules.findById(moduleId).map(ModuleDirectory::ref);
    }

    /** Every module, drafts included, by title. */
    public List<ModuleRef> all() {
        return modules.findAll(Sort.by("title")).stream().map(ModuleDirectory::ref).toList();
    }

    /** The published modules with their number of lessons, by title. */
    public java.util.LinkedHashMap<ModuleRef, Integer> publishedWithLessonCounts() {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (Object[] row : modules.countLessonsOfPublished()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        java.util.LinkedHashMap<ModuleRef, Integer> result = new java.util.LinkedHashMap<>();
        all().stream().filter(m -> counts.containsKey(m.id())).forEach(m -> result.put(m, counts.get(m.id())));
        return result;
    }

    public boolean isPublished(long moduleId) {
        return modules.findByIdAndStatus(moduleId, ModuleStatus.PUBLISHED).isPresent();
    }

    private static ModuleRef ref(LearningModule m) {
        return new ModuleRef(m.getId(), m.getTitle(), m.getSkillArea(), m.getStatus());
    }
}
