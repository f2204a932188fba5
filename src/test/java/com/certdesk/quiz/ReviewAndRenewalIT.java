package com.certdesk.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import com.certdesk.catalog.LearningService;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.security.Roles;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: a failed attempt shows the score and which questions were wrong but not the answers, and offers Try
 * again; the passed attempt then shows the answers; the quiz editor's review options; Renew on My certificates.
 * Screenshots at 1280 and 390 px go to target/screenshots/.
 */
class ReviewAndRenewalIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    LearningService learning;
    @Autowired
    CertificateService certificates;

    private static void bothWidths(Page page, String name) {
        page.setViewportSize(1280, 900);
        page.waitForTimeout(300);
        shot(page, name + "-1280");
        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        shot(page, name + "-390");
        page.setViewportSize(1280, 900);
    }

    @Test
    void a_failed_attempt_keeps_the_answers_back_and_try_again_leads_to_a_pass_that_shows_them() {
        String agent = fixtures.user("pw-review", null, Roles.AGENT);
        long moduleId = fixtures.publishedModule("Review journey", 1);
        quizFixtures.quiz(moduleId, List.of(
                quizFixtures.question(QuizFixtures.singleChoice("Greeting")),
                quizFixtures.question(QuizFixtures.trueFalse("Silence", false))),
                s -> QuizFixtures.with(s, null, 3, null, 80, ReviewOptions.defaults()));

        Page page = signedInPage(agent);
        page.navigate(url("modules/" + moduleId));
        page.locator("#start-quiz").click();
        option(page, "vaadin-radio-button", "Good morning, this is Sam").click();
        page.locator("#next-question").click();
        option(page, "vaadin-radio-button", "True").click();
        assertThat(page.locator("#answered-count")).hasText("2 of 2 answered");
        shot(page, "30-quiz-submit-primary");
        page.locator("#submit-attempt").click();
        page.locator("vaadin-button[slot=confirm-button]").click();

        assertThat(page.locator("#result-score")).hasText("50%");
        assertThat(page.locator("#result-badge")).hasText("Not passed");
        assertThat(page.locator("#review-note")).containsText("once you pass this quiz");
        assertThat(page.locator("#result-view")).not().containsText("Warm and clear.");
        assertThat(page.locator("#try-again")).hasText("Try again");
        bothWidths(page, "31-result-failed-attempts-left");

        page.locator("#try-again").click();
        assertThat(page.locator("#question-1")).isVisible();
        option(page, "vaadin-radio-button", "Good morning, this is Sam").click();
        assertThat(page.locator("#answered-count")).hasText("1 of 2 answered");
        page.locator("#next-question").click();
        assertThat(page.locator("#question-2")).isVisible();
        option(page, "vaadin-radio-button", "False").click();
        assertThat(page.locator("#answered-count")).hasText("2 of 2 answered");
        page.locator("#submit-attempt").click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#result-badge")).hasText("Passed");
        assertThat(page.locator("#result-view")).containsText("Warm and clear.");
        bothWidths(page, "32-result-passed");
        page.context().close();
    }

    @Test
    void the_quiz_editor_lets_authors_choose_what_agents_see_and_when() {
        String admin = fixtures.user("pw-review-admin", null, Roles.ADMIN);
        long moduleId = fixtures.publishedModule("Review editor", 1);
        Page page = signedInPage(admin);
        page.navigate(url("admin/modules/" + moduleId + "/quiz"));
        try {
            assertThat(page.locator("#review-answers")).isVisible(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        } catch (AssertionError e) {
            shot(page, "33-failure");
            throw e;
        }
        page.locator("#review-answers").scrollIntoViewIfNeeded();
        shot(page, "33-quiz-editor-review-options-1280");
        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        page.locator("#review-answers").scrollIntoViewIfNeeded();
        shot(page, "33-quiz-editor-review-options-390");
        page.context().close();
    }

    @Test
    void inside_the_renewal_window_my_certificates_offers_renew() {
        String agent = fixtures.user("pw-renew", null, Roles.AGENT);
        long moduleId = certs.moduleWithQuiz("Renewal journey");
        ProgramSummary program = certs.program("Renewable in the browser", 12, 30, null, moduleId);
        certs.learnAndPass(agent, moduleId, 2);
        // the agent earned it almost a year ago (one context for all browser tests, so no test clock here):
        // the certificate and the passing attempt move back 353 days, into the renewal window's reach
        long userId = fixtures.userId(agent);
        CertificateView issued = SystemAuthentication.callAsSystem(() -> certificates.of(userId)).getFirst();
        LocalDate from = LocalDate.now().minusDays(353);
        jdbc.update("update certificate set issued_on = ?, valid_from = ?, valid_until = ? where id = ?", from, from,
                from.plusMonths(12).minusDays(1), issued.id());
        Timestamp then = Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(353)));
        jdbc.update("update quiz_attempt set started_at = ?, finished_at = ? where user_id = ?", then, then, userId);

        Page page = signedInPage(agent);
        page.navigate(url("certificates"));
        assertThat(page.locator("#renew-button-" + program.id())).isVisible();
        bothWidths(page, "34-my-certificates-renew");
        page.navigate(url("learning"));
        assertThat(page.locator("#my-renewals")).isVisible();
        shot(page, "35-my-learning-renew-1280");
        page.navigate(url("certificates"));
        page.locator("#renew-button-" + program.id()).click();
        assertThat(page.locator("#start-quiz")).hasText("Renew: take the quiz again");
        bothWidths(page, "36-module-renew-quiz");
        page.context().close();
    }
}
