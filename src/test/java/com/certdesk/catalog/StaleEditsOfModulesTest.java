package com.certdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.StaleEditException;
import com.certdesk.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two authors editing the same module or lesson: the save made on the old copy is refused. */
@ServiceTest
class StaleEditsOfModulesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AuthoringService authoring;

    @BeforeEach
    void signInAsAdmin() {
        fixtures.signIn(fixtures.user("author", null, Roles.ADMIN));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_author_saving_module_details_someone_else_changed_since_is_refused_and_nothing_is_saved() {
        long id = fixtures.draftModule("Tone", 1);
        ModuleSummary opened = authoring.module(id).module();
        authoring.updateModule(id, opened.version(), new ModuleDraft(opened.title(), "First summary",
                SkillArea.EMPATHY, 25));

        assertThatThrownBy(() -> authoring.updateModule(id, opened.version(), new ModuleDraft("Second title",
                "Second summary", SkillArea.DE_ESCALATION, 40)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("The module “" + opened.title() + "” was changed by someone else since you "
                        + "opened it; reload to see the changes");
        ModuleSummary now = authoring.module(id).module();
        assertThat(now.title()).isEqualTo(opened.title());
        assertThat(now.summary()).isEqualTo("First summary");
        assertThat(now.estimatedMinutes()).isEqualTo(25);
    }

    @Test
    void an_author_saving_a_lesson_someone_else_changed_since_is_refused_and_nothing_is_saved() {
        long id = fixtures.publishedModule("Pauses", 2);
        long lessonId = fixtures.lessonIds(id).getFirst();
        LessonDetail opened = authoring.lesson(lessonId);
        authoring.updateLesson(lessonId, opened.version(), new LessonDraft(opened.title(), "First body", null));
        int contentVersion = authoring.module(id).module().contentVersion();

        assertThatThrownBy(() -> authoring.updateLesson(lessonId, opened.version(),
                new LessonDraft("Other title", "Second body", null)))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("The lesson “" + opened.title() + "” was changed by someone else");
        LessonDetail now = authoring.lesson(lessonId);
        assertThat(now.title()).isEqualTo(opened.title());
        assertThat(now.body()).isEqualTo("First body");
        assertThat(authoring.module(id).module().contentVersion()).as("no new content version").isEqualTo(contentVersion);
    }

    @Test
    void the_version_a_save_returns_lets_the_same_author_save_again() {
        long id = fixtures.draftModule("Follow-up", 1);
        ModuleSummary opened = authoring.module(id).module();
        ModuleSummary saved = authoring.updateModule(id, opened.version(), new ModuleDraft(opened.title(), "Once",
                SkillArea.EMPATHY, 20));

        assertThat(authoring.updateModule(id, saved.version(), new ModuleDraft(opened.title(), "Twice",
                SkillArea.EMPATHY, 20)).summary()).isEqualTo("Twice");
    }
}
