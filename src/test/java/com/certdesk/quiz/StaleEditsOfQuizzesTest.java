package com.certdesk.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.StaleEditException;
import com.certdesk.catalog.SkillArea;
import com.certdesk.security.Roles;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Questions and quizzes refuse stale edits the same way as every other edit form, with the same message. */
@ServiceTest
class StaleEditsOfQuizzesTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizAuthoringService quizzes;
    @Autowired
    TestClock clock;

    @BeforeEach
    void signInAsAdmin() {
        fixtures.signIn(fixtures.user("author", null, Roles.ADMIN));
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
        clock.reset();
    }

    @Test
    void an_author_saving_a_question_someone_else_changed_since_is_refused_and_nothing_is_saved() {
        QuestionDetail opened = bank.question(quizFixtures.question(QuizFixtures.singleChoice("Greeting")));
        bank.update(opened.id(), opened.version(), opened.category(), QuizFixtures.singleChoice("Greeting, first"));

        assertThatThrownBy(() -> bank.update(opened.id(), opened.version(), QuestionCategory.of(SkillArea.PHONE_ETIQUETTE),
                QuizFixtures.singleChoice("Greeting, second")))
                .isInstanceOf(StaleEditException.class)
                .hasMessage("The question “Greeting, first” was changed by someone else since you opened it; reload to see "
                        + "the changes. Nothing was saved.");
        QuestionDetail now = bank.question(opened.id());
        assertThat(now.draft().title()).isEqualTo("Greeting, first");
        assertThat(now.category()).isEqualTo(opened.category());
    }

    @Test
    void an_author_saving_a_quiz_someone_else_saved_or_created_since_is_refused_and_nothing_is_saved() {
        long moduleId = fixtures.publishedModule("Quizzed", 1);
        long question = quizFixtures.question(QuizFixtures.trueFalse("Silence", false));
        QuizDetail opened = quizFixtures.quiz(moduleId, List.of(question), s -> s);
        clock.advance(Duration.ofMinutes(1));
        QuizDetail first = quizzes.save(moduleId, opened.version(), opened.settings());
        assertThat(first.version()).isGreaterThan(opened.version());

        assertThatThrownBy(() -> quizzes.save(moduleId, opened.version(), opened.settings()))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("The quiz of “" + opened.moduleTitle() + "” was changed by someone else");
        assertThatThrownBy(() -> quizzes.save(moduleId, null, opened.settings()))
                .as("a form that opened before the quiz existed").isInstanceOf(StaleEditException.class);
        assertThat(quizzes.quizOf(moduleId).orElseThrow().version()).as("nothing written").isEqualTo(first.version());
    }
}
