package com.certdesk.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.catalog.LearningService;
import com.certdesk.security.Roles;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent takes a quiz in Chromium (production mode), leaves half-way by closing the page, signs in again,
 * finds every answer still there, finishes, passes, and sees the module complete. Screenshots go to
 * target/screenshots/.
 */
class QuizJourneyIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    LearningService learning;

    private Page newSignedInPage(String username) {
        Page page = signedInPage(username);
        assertThat(page.locator("#my-learning")).isVisible();
        return page;
    }

    @Test
    void agent_leaves_a_quiz_half_way_resumes_it_after_signing_in_again_and_passes() {
        String agent = fixtures.user("pw-quiz", null, Roles.AGENT);
        long moduleId = fixtures.publishedModule("Quiz journey", 1);
        fixtures.signIn(agent);
        learning.markDone(moduleId, fixtures.lessonIds(moduleId).getFirst());
        fixtures.signOut();
        quizFixtures.quiz(moduleId, List.of(
                quizFixtures.question(QuizFixtures.singleChoice("Greeting")),
                quizFixtures.question(QuizFixtures.trueFalse("Silence", false)),
                quizFixtures.question(QuizFixtures.shortAnswer("CSAT")),
                quizFixtures.question(QuizFixtures.multipleResponse("Listening"))), s -> s);

        Page page = newSignedInPage(agent);
        page.navigate(url("modules/" + moduleId));
        assertThat(page.locator("#quiz-status")).hasText("Not taken");
        shot(page, "20-module-with-quiz");
        page.locator("#start-quiz").click();
        assertThat(page.locator("#question-1")).isVisible();
        option(page, "vaadin-radio-button", "Good morning, this is Sam").click();
        assertThat(page.locator("#answered-count")).hasText("1 of 4 answered");
        page.locator("#next-question").click();
        option(page, "vaadin-radio-button", "False").click();
        assertThat(page.locator("#answered-count")).hasText("2 of 4 answered");
        assertThat(page.locator("#save-status")).containsText("Saved at");
        shot(page, "21-quiz-half-answered");
        page.context().close();

        page = newSignedInPage(agent);
        page.navigate(url("modules/" + moduleId));
        assertThat(page.locator("#quiz-status")).hasText("Attempt in progress");
        assertThat(page.locator("#start-quiz")).hasText("Resume your attempt");
        page.locator("#start-quiz").click();
        assertThat(page.locator("#question-2")).isVisible();
        assertThat(page.locator("#answered-count")).hasText("2 of 4 answered");
        assertThat(option(page, "vaadin-radio-button", "False")).hasAttribute("checked", "");
        shot(page, "22-quiz-resumed");
        page.locator("#previous-question").click();
        assertThat(option(page, "vaadin-radio-button", "Good morning, this is Sam")).hasAttribute("checked", "");

        page.locator("#question-navigator vaadin-button").nth(2).click();
        page.locator("#question-3 input").fill("Customer Satisfaction");
        assertThat(page.locator("#answered-count")).hasText("3 of 4 answered");
        page.locator("#next-question").click();
        assertThat(page.locator("#question-4")).isVisible();
        option(page, "vaadin-checkbox", "Summarising").locator("label").click();
        option(page, "vaadin-checkbox", "Asking open questions").locator("label").click();
        try {
            assertThat(page.locator("#answered-count")).hasText("4 of 4 answered");
        } catch (AssertionError e) {
            shot(page, "failure");
            throw e;
        }
        page.locator("#submit-attempt").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").first())
                .containsText("answered all 4 questions");
        page.locator("vaadin-button[slot=confirm-button]").click();

        assertThat(page.locator("#result-score")).hasText("100%");
        assertThat(page.locator("#result-badge")).hasText("Passed");
        shot(page, "23-quiz-result");
        page.locator("#back-to-module").click();
        assertThat(page.locator("#module-state")).hasText("Completed");
        assertThat(page.locator("#quiz-status")).hasText("Passed");
        assertThat(page.locator("#module-complete")).isVisible();
        shot(page, "24-module-complete-after-quiz");
        page.context().close();
    }
}
