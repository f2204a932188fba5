package com.certdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.ValidationException;
import com.certdesk.security.Roles;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class AuthoringServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AuthoringService authoring;

    @BeforeEach
    void signInAsAdmin() {
        fixtures.signIn(fixtures.user("author", null, Roles.ADMIN));
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    @Test
    void editing_a_draft_keeps_version_one_but_editing_a_published_module_bumps_it() {
        long id = authoring.createModule(new ModuleDraft("Phone basics", "Answer well", SkillArea.PHONE_ETIQUETTE, 15));
        long lesson = authoring.addLesson(id, new LessonDraft("Greeting", "Say hello", null));
        authoring.updateLesson(lesson, authoring.lesson(lesson).version(), new LessonDraft("Greeting", "Say hello warmly", null));
        assertThat(authoring.module(id).module().contentVersion()).isEqualTo(1);

        authoring.publish(id);
        authoring.updateLesson(lesson, authoring.lesson(lesson).version(), new LessonDraft("Greeting", "Say hello warmly and give your name", null));
        assertThat(authoring.module(id).module().contentVersion()).isEqualTo(2);

        authoring.updateModule(id, authoring.module(id).module().version(), new ModuleDraft("Phone basics", "Answer well, every time", SkillArea.PHONE_ETIQUETTE, 15));
        assertThat(authoring.module(id).module().contentVersion()).isEqualTo(3);
    }

    @Test
    void saving_unchanged_content_does_not_bump_the_version() {
        long id = authoring.createModule(new ModuleDraft("Calm", "Stay calm", SkillArea.DE_ESCALATION, 15));
        long lesson = authoring.addLesson(id, new LessonDraft("Breathe", "Breathe", null));
        authoring.publish(id);
        authoring.updateLesson(lesson, authoring.lesson(lesson).version(), new LessonDraft("Breathe", "Breathe", null));
        authoring.updateModule(id, authoring.module(id).module().version(), new ModuleDraft("Calm", "Stay calm", SkillArea.DE_ESCALATION, 15));

        assertThat(authoring.module(id).module().contentVersion()).isEqualTo(1);
    }

    @Test
    void a_module_without_lessons_cannot_be_published() {
        long id = authoring.createModule(new ModuleDraft("Empty", "Nothing yet", SkillArea.EMPATHY, 5));

        assertThatThrownBy(() -> authoring.publish(id)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at least one lesson");
        assertThat(authoring.module(id).module().status()).isEqualTo(ModuleStatus.DRAFT);
    }

    @Test
    void lessons_can_be_reordered_and_stay_numbered_from_one() {
        long id = fixtures.draftModule("Order", 3);
        List<Long> before = fixtures.lessonIds(id);

        authoring.moveLesson(before.get(2), -1);
        authoring.moveLesson(before.get(0), -1);

        List<LessonOutline> after = authoring.module(id).lessons();
        assertThat(after).extracting(LessonOutline::id).containsExactly(before.get(0), before.get(2), before.get(1));
        assertThat(after).extracting(LessonOutline::number).containsExactly(1, 2, 3);
    }

    @Test
    void deleting_a_lesson_renumbers_the_rest() {
        long id = fixtures.draftModule("Delete", 3);
        List<Long> lessons = fixtures.lessonIds(id);

        authoring.deleteLesson(lessons.get(0));

        assertThat(authoring.module(id).lessons()).extracting(LessonOutline::number).containsExactly(1, 2);
    }

    @Test
    void bad_input_is_rejected_with_a_clear_message() {
        assertThatThrownBy(() -> authoring.createModule(new ModuleDraft(" ", "x", SkillArea.EMPATHY, 5)))
                .isInstanceOf(ValidationException.class).hasMessage("A module needs a title.");
        assertThatThrownBy(() -> authoring.createModule(new ModuleDraft("t", "x", SkillArea.EMPATHY, 0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("between 1 and 600");
        long id = fixtures.draftModule("Video", 0);
        assertThatThrownBy(() -> authoring.addLesson(id, new LessonDraft("t", "body", "javascript:alert(1)")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("https://");
        assertThat(authoring.module(id).lessons()).isEmpty();
    }

    @Test
    void unpublishing_hides_a_module_from_learners_again() {
        long id = fixtures.publishedModule("Hide", 1);
        authoring.unpublish(id);

        assertThat(authoring.module(id).module().status()).isEqualTo(ModuleStatus.DRAFT);
    }
}
