package com.certdesk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.RecordNotFoundView;
import com.certdesk.catalog.LearningService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LearnerJourneyTest extends UiTest {

    @Autowired
    LearningService learning;

    String agent;
    long moduleId;
    List<Long> lessons;

    @BeforeEach
    void setUp() {
        agent = fixtures.user("journey", null, Roles.AGENT);
        moduleId = fixtures.publishedModule("Greeting customers", 2);
        lessons = fixtures.lessonIds(moduleId);
        signIn(agent);
    }

    @Autowired
    com.certdesk.catalog.AuthoringService authoring;

    @Test
    void a_lesson_shows_its_content_but_not_the_styles_overlays_and_forms_an_author_slipped_in() {
        String body = "### Greeting\n\n| Step | Say |\n|---|---|\n| 1 | Hello |\n\n- listen\n- repeat\n\n"
                + "![Headset](https://cdn.example.com/headset.png)\n\n[Guide](https://guide.example.com)\n\n"
                + com.certdesk.base.AuthorMarkupTest.ATTACKS;
        com.certdesk.security.SystemAuthentication.runAsSystem(() -> authoring.updateLesson(lessons.get(0),
                authoring.lesson(lessons.get(0)).version(), new com.certdesk.catalog.LessonDraft("Lesson 1", body, null)));

        open("modules/" + moduleId + "/lessons/" + lessons.get(0));

        var content = $(com.certdesk.base.ui.AuthorContent.class).id("lesson-body");
        var shown = org.jsoup.Jsoup.parseBodyFragment(content.getSafeHtml());
        assertThat(shown.select("style, form, input, script, iframe, [style], [class]")).isEmpty();
        assertThat(content.getSafeHtml()).doesNotContain("position").doesNotContain("javascript:");
        assertThat(shown.select("h3").text()).isEqualTo("Greeting");
        assertThat(shown.select("table td").eachText()).containsExactly("1", "Hello");
        assertThat(shown.select("li").eachText()).containsExactly("listen", "repeat");
        assertThat(shown.select("img").eachAttr("src")).containsExactly("https://cdn.example.com/headset.png",
                "https://img.example/x.png");
        assertThat(shown.select("a[href=https://guide.example.com]").attr("rel")).contains("noopener");
    }

    @Test
    void agent_marks_a_lesson_done_and_it_is_saved_at_once() {
        var view = (LessonView) open("modules/" + moduleId + "/lessons/" + lessons.get(0));
        var markDone = find(Button.class, view).withId("mark-done").single();

        test(markDone).click();

        assertThat(markDone.isVisible()).isFalse();
        assertThat(find(Span.class, view).withId("lesson-done").single().isVisible()).isTrue();
        assertThat(learning.module(moduleId).lessons().getFirst().done()).isTrue();
        assertThat(learning.module(moduleId).progress().doneLessons()).isEqualTo(1);
    }

    @Test
    void finishing_the_last_lesson_completes_the_module_on_my_learning() {
        open("modules/" + moduleId + "/lessons/" + lessons.get(0));
        test(find(Button.class).withId("mark-done").single()).click();
        test(find(Button.class).withId("next-lesson").single()).click();
        assertThat(getCurrentView()).isInstanceOf(LessonView.class);
        test(find(Button.class).withId("mark-done").single()).click();

        assertThat(notifications()).anyMatch(t -> t.contains("Module complete"));
        var myLearning = (MyLearningView) open("learning");
        String card = text(find(com.vaadin.flow.component.card.Card.class, myLearning)
                .withId("module-" + moduleId).single());
        assertThat(card).contains("Completed").contains("2 of 2 lessons");
    }

    @Test
    @SuppressWarnings("unchecked")
    void my_learning_puts_modules_in_progress_first_and_filters_by_skill_area() {
        learning.markDone(moduleId, lessons.get(0));
        var view = (MyLearningView) open("learning");

        assertThat(text(find(com.vaadin.flow.component.html.Div.class, view).withId("in-progress").single()))
                .contains("Continue learning");
        var filter = (com.vaadin.flow.component.select.Select<com.certdesk.catalog.SkillArea>) find(
                com.vaadin.flow.component.select.Select.class, view).withId("skill-area-filter").single();
        test(filter).selectItem("Empathy");
        assertThat(find(com.vaadin.flow.component.card.Card.class, view).withId("module-" + moduleId).exists()).isTrue();
        assertThat(filter.getValue()).isEqualTo(com.certdesk.catalog.SkillArea.EMPATHY);
    }

    @Test
    void module_page_lists_lessons_with_done_marks() {
        learning.markDone(moduleId, lessons.get(0));
        var view = (ModuleView) open("modules/" + moduleId);

        assertThat(text(find(com.vaadin.flow.component.html.ListItem.class, view).withId("lesson-" + lessons.get(0)).single()))
                .contains("✓");
        assertThat(find(Button.class, view).withId("continue").single().getText()).isEqualTo("Continue with lesson 2");
    }

    @Test
    void unknown_or_unpublished_module_in_the_url_shows_a_friendly_not_found_page() {
        long draft = fixtures.draftModule("Secret draft", 1);
        signIn(agent);

        assertThat(open("modules/" + draft)).isInstanceOf(RecordNotFoundView.class);
        assertThat(open("modules/99999999")).isInstanceOf(RecordNotFoundView.class);
        assertThat(open("modules/" + moduleId + "/lessons/99999999")).isInstanceOf(RecordNotFoundView.class);
    }
}
