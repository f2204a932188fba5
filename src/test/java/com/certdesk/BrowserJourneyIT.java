package com.certdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.security.Roles;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journeys that matter, in Debian's Chromium against the application in production mode (failsafe
 * leaves the Vaadin development jars off the classpath). Screenshots go to target/screenshots/.
 */
class BrowserJourneyIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    Page page;

    @BeforeEach
    void openPage() {
        page = newPage(1280, 860);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    void shot(String name) {
        shot(page, name);
    }

    void signIn(String username, String password) {
        submitSignIn(page, username, password);
    }

    @Test
    void agent_reads_every_lesson_of_a_module_and_sees_it_complete() {
        String agent = fixtures.user("pw-agent", null, Roles.AGENT);
        long moduleId = fixtures.publishedModule("Warm greetings", 3);

        signIn(agent, Fixtures.PASSWORD);
        Locator card = page.locator("#module-" + moduleId);
        assertThat(card).containsText("Not started");
        shot("01-my-learning-before");

        card.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#module-title")).isVisible();
        shot("02-module-page");
        page.locator("#continue").click();

        for (int lesson = 1; lesson <= 3; lesson++) {
            assertThat(page.locator(".breadcrumb")).containsText("Lesson " + lesson + " of 3");
            assertThat(page.locator("#lesson-body")).containsText("Part " + lesson);
            if (lesson == 1) {
                shot("03-lesson-reader");
            }
            page.locator("#mark-done").click();
            assertThat(page.locator("#lesson-done")).isVisible();
            if (lesson < 3) {
                page.locator("#next-lesson").click();
            }
        }
        assertThat(page.locator("vaadin-notification-card")).containsText("Module complete");
        shot("04-last-lesson-done");

        page.locator("#back-to-module").click();
        assertThat(page.locator("#module-complete")).isVisible();
        page.getByText("← My learning").click();
        assertThat(page.locator("#module-" + moduleId)).containsText("Completed");
        assertThat(page.locator("#module-" + moduleId)).containsText("3 of 3 lessons");
        shot("05-my-learning-after");

        page.reload();
        assertThat(page.locator("#module-" + moduleId)).containsText("Completed");
    }

    @Test
    void wrong_password_shows_an_error_and_keeps_the_user_out() {
        String agent = fixtures.user("pw-wrong", null, Roles.AGENT);

        signIn(agent, "not-the-password");

        assertThat(page.locator("vaadin-login-form")).containsText("Could not sign you in");
        shot("06-wrong-password");
        page.navigate(url("learning"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void agent_opening_an_admin_url_is_refused() {
        String agent = fixtures.user("pw-nosy", null, Roles.AGENT);
        signIn(agent, Fixtures.PASSWORD);
        assertThat(page.locator("#my-learning")).isVisible();

        page.navigate(url("admin/users"));

        assertThat(page.locator(".error-page h2")).hasText("Access denied");
        assertThat(page.locator("#error-message")).containsText("does not give you access");
        assertThat(page.locator("#users-grid")).hasCount(0);
        shot("07-access-denied");
    }

    @Test
    void administrator_and_manager_screens_render() {
        String manager = fixtures.user("pw-mgr", null, Roles.MANAGER);
        long team = fixtures.team("Browser team", fixtures.userId(manager));
        fixtures.user("pw-member", team, Roles.AGENT);
        long moduleId = fixtures.publishedModule("Tour module", 2);
        String admin = fixtures.user("pw-admin", null, Roles.ADMIN);

        signIn(manager, Fixtures.PASSWORD);
        assertThat(page.locator("#team-progress-grid")).isVisible();
        assertThat(page.locator("#team-progress-grid")).containsText("Test pw-member");
        shot("08-team-progress");
        page.locator("#sign-out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        signIn(admin, Fixtures.PASSWORD);
        assertThat(page.locator("#users-grid")).isVisible();
        shot("09-users");
        page.navigate(url("admin/teams"));
        assertThat(page.locator("#teams-grid")).isVisible();
        shot("10-teams");
        page.navigate(url("admin/modules"));
        assertThat(page.locator("#modules-grid")).isVisible();
        shot("11-modules");
        page.navigate(url("admin/modules/" + moduleId));
        assertThat(page.locator("#lessons-grid")).isVisible();
        shot("12-module-editor");
        long lessonId = fixtures.lessonIds(moduleId).getFirst();
        page.navigate(url("admin/modules/" + moduleId + "/lessons/" + lessonId));
        assertThat(page.locator("#lesson-preview")).containsText("Part 1");
        shot("13-lesson-editor");
    }
}
