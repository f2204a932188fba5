package com.certdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.NotFoundException;
import com.certdesk.security.Roles;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@ServiceTest
@RecordApplicationEvents
class LearningServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LearningService learning;
    @Autowired
    ApplicationEvents events;
    @Autowired
    com.certdesk.certification.CertificationFixtures certs;

    String agent;
    long moduleId;
    List<Long> lessons;

    @BeforeEach
    void setUp() {
        agent = fixtures.user("learner", null, Roles.AGENT);
        moduleId = fixtures.publishedModule("Listening", 3);
        lessons = fixtures.lessonIds(moduleId);
        fixtures.signIn(agent);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    @Test
    void agent_who_marks_every_lesson_done_completes_the_module() {
        assertThat(learning.markDone(moduleId, lessons.get(0)).state()).isEqualTo(ProgressState.IN_PROGRESS);
        learning.markDone(moduleId, lessons.get(1));
        ModuleProgress last = learning.markDone(moduleId, lessons.get(2));

        assertThat(last.complete()).isTrue();
        assertThat(learning.module(moduleId).lessons()).allMatch(LessonOutline::done);
        assertThat(learning.myModules()).filteredOn(m -> m.module().id() == moduleId)
                .singleElement().satisfies(m -> assertThat(m.progress().complete()).isTrue());
        assertThat(events.stream(ModuleCompleted.class).filter(e -> e.moduleId() == moduleId)).hasSize(1);
        assertThat(events.stream(LessonCompleted.class).filter(e -> e.moduleId() == moduleId)).hasSize(3);
    }

    @Test
    void marking_a_lesson_done_twice_saves_it_once_and_completes_once() {
        learning.markDone(moduleId, lessons.get(0));
        learning.markDone(moduleId, lessons.get(1));
        learning.markDone(moduleId, lessons.get(2));
        ModuleProgress again = learning.markDone(moduleId, lessons.get(2));

        assertThat(again.doneLessons()).isEqualTo(3);
        assertThat(events.stream(ModuleCompleted.class).filter(e -> e.moduleId() == moduleId)).hasSize(1);
        assertThat(events.stream(LessonCompleted.class).filter(e -> e.lessonId() == lessons.get(2))).hasSize(1);
    }

    @Test
    void lesson_page_links_to_its_neighbours() {
        LessonPage first = learning.lesson(moduleId, lessons.get(0));
        LessonPage middle = learning.lesson(moduleId, lessons.get(1));

        assertThat(first.previousLessonId()).isNull();
        assertThat(first.nextLessonId()).isEqualTo(lessons.get(1));
        assertThat(middle.previousLessonId()).isEqualTo(lessons.get(0));
        assertThat(middle.number()).isEqualTo(2);
        assertThat(middle.lessonCount()).isEqualTo(3);
    }

    @Test
    void unpublished_and_unknown_modules_are_not_found_for_agents() {
        long draft = fixtures.draftModule("Draft", 1);
        fixtures.signIn(agent);

        assertThatThrownBy(() -> learning.module(draft)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> learning.module(987_654_321L)).isInstanceOf(NotFoundException.class);
        assertThat(learning.myModules()).noneMatch(m -> m.module().id() == draft);
    }

    @Test
    void a_lesson_of_another_module_is_not_found() {
        long other = fixtures.publishedModule("Other", 1);
        long foreignLesson = fixtures.lessonIds(other).getFirst();
        fixtures.signIn(agent);

        assertThatThrownBy(() -> learning.markDone(moduleId, foreignLesson)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> learning.lesson(moduleId, foreignLesson)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void adding_a_lesson_to_a_completed_module_puts_the_learner_back_in_progress() {
        lessons.forEach(l -> learning.markDone(moduleId, l));
        com.certdesk.security.SystemAuthentication.runAsSystem(() -> authoring.addLesson(moduleId,
                new LessonDraft("New material", "Fresh content", null)));
        fixtures.signIn(agent);

        assertThat(learning.module(moduleId).progress().state()).isEqualTo(ProgressState.IN_PROGRESS);
    }

    @Autowired
    AuthoringService authoring;

    @Test
    void a_user_without_the_agent_role_cannot_use_the_learner_service() {
        String hr = fixtures.user("hr", null, Roles.HR);
        fixtures.signIn(hr);

        assertThatThrownBy(() -> learning.myModules()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learning.markDone(moduleId, lessons.get(0))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_completed_module_is_listed_with_when_its_last_lesson_was_done_for_the_agent_and_their_manager_only() {
        long otherModule = fixtures.publishedModule("Half done", 2);
        learning.markDone(otherModule, fixtures.lessonIds(otherModule).get(0));
        java.time.Instant before = java.time.Instant.now();
        lessons.forEach(lesson -> learning.markDone(moduleId, lesson));
        long me = fixtures.userId(agent);

        assertThat(learning.completedModules(me)).singleElement().satisfies(c -> {
            assertThat(c.moduleId()).isEqualTo(moduleId);
            assertThat(c.title()).startsWith("Listening");
            assertThat(c.completedAt()).isBetween(before.minusMillis(1), java.time.Instant.now());
        });

        String manager = fixtures.user("boss", null, Roles.MANAGER);
        long managerId = fixtures.userId(manager);
        long team = fixtures.team("Completions", managerId);
        String teamAgent = fixtures.user("member", team, Roles.AGENT);
        fixtures.signIn(teamAgent);
        lessons.forEach(lesson -> learning.markDone(moduleId, lesson));
        long teamAgentId = fixtures.userId(teamAgent);
        assertThatThrownBy(() -> learning.completedModules(me)).as("another agent")
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(manager);
        assertThat(learning.completedModules(teamAgentId)).extracting(ModuleCompletion::moduleId)
                .containsExactly(moduleId);
        assertThatThrownBy(() -> learning.completedModules(me)).as("an agent outside the manager's teams")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_module_whose_quiz_was_passed_after_its_lessons_counts_as_completed_when_the_quiz_was_passed()
            throws InterruptedException {
        long gated = certs.moduleWithQuiz("Gated");
        fixtures.signIn(agent);
        fixtures.lessonIds(gated).forEach(lesson -> learning.markDone(gated, lesson));
        long me = fixtures.userId(agent);
        assertThat(learning.completedModules(me)).as("the quiz is still open").isEmpty();
        Thread.sleep(20);
        java.time.Instant lessonsDone = java.time.Instant.now();
        Thread.sleep(20);
        certs.learnAndPass(agent, gated, 2);
        fixtures.signIn(agent);

        assertThat(learning.completedModules(me)).singleElement().satisfies(c -> {
            assertThat(c.moduleId()).isEqualTo(gated);
            assertThat(c.completedAt()).as("the quiz's pass, not the last lesson").isAfter(lessonsDone);
        });
    }
}
