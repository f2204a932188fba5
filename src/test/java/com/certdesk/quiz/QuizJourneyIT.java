package com.certdesk.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.catalog.LearningService;
import com.certdesk.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An agent takes a quiz in Chromium (production mode), leaves half-way by closing the page, signs in again,
 * finds every answer still there, finishes, passes, and sees the module complete. Screenshots go to
 * target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QuizJourneyIT {

    static final Path SHOTS = Paths.get("target", "screenshots");
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    LearningService learning;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page newSignedInPage(String username) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("#my-learning")).isVisible();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private static Locator option(Page page, String tag, String text) {
        return page.locator(tag).filter(new Locator.FilterOptions().setHasText(text));
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
