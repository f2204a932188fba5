package com.certdesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.FormError;
import com.certdesk.catalog.AuthoringService;
import com.certdesk.catalog.LessonDetail;
import com.certdesk.catalog.LessonDraft;
import com.certdesk.catalog.LessonOutline;
import com.certdesk.catalog.ModuleDraft;
import com.certdesk.catalog.ModuleSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The module and lesson editors tell an author whose copy is outdated, and keep what they typed. */
class StaleAuthoringFormsTest extends UiTest {

    @Autowired
    AuthoringService authoring;

    @BeforeEach
    void signInAsAuthor() {
        signIn(fixtures.user("stale-author", null, Roles.ADMIN));
    }

    @Test
    void saving_module_details_someone_else_changed_meanwhile_shows_the_message_and_saves_nothing() {
        long id = fixtures.draftModule("Contested module", 1);
        open("admin/modules/" + id);
        SystemAuthentication.runAsSystem(() -> {
            ModuleSummary m = authoring.module(id).module();
            authoring.updateModule(id, m.version(), new ModuleDraft(m.title(), "Their summary", m.skillArea(), 45));
        });

        test(find(TextArea.class).withId("module-summary-field").single()).setValue("My summary");
        test(find(Button.class).withId("save-module").single()).click();

        FormError error = find(FormError.class).withId("module-error").single();
        assertThat(error.getText()).contains("was changed by someone else since you opened it; reload to see the changes");
        assertThat(error.isStale()).isTrue();
        assertThat(find(TextArea.class).withId("module-summary-field").single().getValue()).isEqualTo("My summary");
        assertThat(SystemAuthentication.callAsSystem(() -> authoring.module(id).module().summary()))
                .isEqualTo("Their summary");
    }

    @Test
    void moving_a_lesson_and_then_saving_the_details_is_not_mistaken_for_someone_elses_change() {
        long id = fixtures.draftModule("Own changes", 2);
        long second = fixtures.lessonIds(id).get(1);
        open("admin/modules/" + id);
        @SuppressWarnings("unchecked")
        var lessons = test((Grid<LessonOutline>) find(Grid.class).withId("lessons-grid").single());
        var moveUp = (Button) lessons.getCellComponent(1, 2).getChildren().findFirst().orElseThrow();
        test(moveUp).click();
        assertThat(fixtures.lessonIds(id).getFirst()).isEqualTo(second);

        test(find(TextArea.class).withId("module-summary-field").single()).setValue("Reordered and described");
        test(find(Button.class).withId("save-module").single()).click();

        assertThat(SystemAuthentication.callAsSystem(() -> authoring.module(id).module().summary()))
                .isEqualTo("Reordered and described");
    }

    @Test
    void saving_a_lesson_someone_else_changed_meanwhile_shows_the_message_and_saves_nothing() {
        long id = fixtures.draftModule("Contested lesson", 1);
        long lessonId = fixtures.lessonIds(id).getFirst();
        open("admin/modules/" + id + "/lessons/" + lessonId);
        SystemAuthentication.runAsSystem(() -> {
            LessonDetail l = authoring.lesson(lessonId);
            authoring.updateLesson(lessonId, l.version(), new LessonDraft(l.title(), "Their body", null));
        });

        test(find(TextField.class).withId("lesson-title-field").single()).setValue("My title");
        test(find(Button.class).withId("save-lesson").single()).click();

        assertThat(find(FormError.class).withId("lesson-error").single().getText())
                .contains("was changed by someone else since you opened it");
        assertThat(SystemAuthentication.callAsSystem(() -> authoring.lesson(lessonId).body())).isEqualTo("Their body");
    }
}
