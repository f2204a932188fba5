package com.certdesk.quiz;

import com.certdesk.catalog.SkillArea;
import org.jspecify.annotations.Nullable;

/** Where a question is filed in the bank: under a skill area or under one module, never both. */
public record QuestionCategory(@Nullable SkillArea skillArea, @Nullable Long moduleId) {

    public QuestionCategory {
        if ((skillArea == null) == (moduleId == null)) {
            throw new IllegalArgumentException("A category is either a skill area or a module");
        }
    }

    public static QuestionCategory of(SkillArea area) {
        return new QuestionCategory(area, null);
    }

    public static QuestionCategory ofModule(long moduleId) {
        return new QuestionCategory(null, moduleId);
    }
}
