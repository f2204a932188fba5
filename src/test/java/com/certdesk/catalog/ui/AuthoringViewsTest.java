package com.certdesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.catalog.AuthoringService;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.ModuleStatus;
import com.certdesk.catalog.ModuleSummary;
import com.certdesk.catalog.SkillArea;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class AuthoringViewsTest extends UiTest {

    @Autowired
    AuthoringService authoring;
    @Autowired
    LearningService learning;

    @Test
    @SuppressWarnings("unchecked")
    void admin_creates_a_module_with_a_lesson_and_publishes_it_for_agents() {
        String title = com.certdesk.Fixtures.unique("Handling refunds");
        signIn(fixtures.user("author", null, Roles.ADMIN));

        open("admin/modules/new");
        test(find(TextField.class).withId("module-title-field").single()).setValue(title);
        test(find(TextArea.class).withId("module-summary-field").single()).setValue("Refund without friction.");
        test((Select<SkillArea>) find(Select.class).withId("module-skill-area").single()).selectItem("Service recovery");
        test(find(IntegerField.class).withId("module-minutes").single()).setValue(25);
        test(find(Button.class).withId("save-module").single()).click();

        ModuleSummary created = authoring.modules(title, PageRequest.of(0, 5)).getContent().getFirst();
        assertThat(created.status()).isEqualTo(ModuleStatus.DRAFT);
        assertThat(created.skillArea()).isEqualTo(SkillArea.SERVICE_RECOVERY);
        assertThat(getCurrentView()).isInstanceOf(ModuleEditorView.class);

        test(find(Button.class).withId("add-lesson").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LessonEditorView.class);
        test(find(TextField.class).withId("lesson-title-field").single()).setValue("Say yes quickly");
        test(find(TextArea.class).withId("lesson-body-field").single()).setValue("### Why\n\nBecause **speed** matters.");
        test(find(Button.class).withId("save-lesson").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ModuleEditorView.class);
        test(find(Button.class).withId("publish-module").single()).click();
        assertThat(authoring.module(created.id()).module().status()).isEqualTo(ModuleStatus.PUBLISHED);
        assertThat(authoring.module(created.id()).lessons()).singleElement()
                .satisfies(l -> assertThat(l.title()).isEqualTo("Say yes quickly"));

        signIn(fixtures.user("reader", null, Roles.AGENT));
        assertThat(learning.myModules()).anyMatch(m -> m.module().title().equals(title));
    }

    @Test
    void publishing_an_empty_module_explains_why_not() {
        long id = fixtures.draftModule("Empty", 0);
        signIn(fixtures.user("author2", null, Roles.ADMIN));
        open("admin/modules/" + id);

        test(find(Button.class).withId("publish-module").single()).click();

        assertThat(find(Paragraph.class).withId("module-error").single().getText()).contains("at least one lesson");
        assertThat(authoring.module(id).module().status()).isEqualTo(ModuleStatus.DRAFT);
    }

    @Test
    void invalid_module_details_keep_what_was_typed_and_say_what_is_wrong() {
        signIn(fixtures.user("author3", null, Roles.ADMIN));
        open("admin/modules/new");
        test(find(TextField.class).withId("module-title-field").single()).setValue("Half done");
        test(find(Button.class).withId("save-module").single()).click();

        assertThat(find(Paragraph.class).withId("module-error").single().getText()).contains("summary");
        assertThat(find(TextField.class).withId("module-title-field").single().getValue()).isEqualTo("Half done");
        assertThat(find(Button.class).withId("save-module").single().isEnabled()).isTrue();
    }
}
