package com.certdesk.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.base.OrganizationTime;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.feedback.AgentAliases;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The journey issue 9 is about, in a real browser: an administrator imports the Zendesk sample file (preview, then
 * import), the agent it names sees their performance with what the customer wrote and their certificate marked on
 * the chart, and their manager opens the team dashboard and drills into that agent. Screenshots
 * {@code target/screenshots/journey-feedback-*}.
 */
class FeedbackJourneyIT extends BrowserTest {

    private static final Path ZENDESK_SAMPLE = Path.of("src/test/resources/samples/feedback/"
            + "zendesk_satisfaction_ratings_page.json");

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    FeedbackImports imports;
    @Autowired
    AgentAliases aliases;
    @Autowired
    OrganizationTime time;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void admin_imports_the_zendesk_sample_agent_sees_it_with_a_training_event_and_manager_drills_in() {
        String manager = fixtures.user("journey-manager", null, Roles.MANAGER);
        long team = fixtures.team("Journey care", fixtures.userId(manager));
        String agent = fixtures.user("journey-agent", team, Roles.AGENT);
        long agentId = fixtures.userId(agent);
        long colleagueId = fixtures.userId(fixtures.user("journey-colleague", team, Roles.AGENT));
        String admin = fixtures.user("journey-admin", null, Roles.ADMIN);
        long module = certs.moduleWithQuiz("Calm under fire");
        ProgramSummary program = certs.program("Journey De-escalation", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        // the agent has been in the team since before the sample's ratings (March 2025): team at rating time
        jdbc.update("update team_membership set valid_from = ? where user_id in (?, ?)",
                java.sql.Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")), agentId, colleagueId);
        SystemAuthentication.runAsSystem(() -> {
            // the sample names Zendesk agent 9001: that is our agent (earlier tests may have imported the sample)
            aliases.map("zendesk", "9001", agentId);
            aliases.map("zendesk", "9002", colleagueId);
            jdbc.queryForList("select distinct batch_id from feedback_record where source_system = 'zendesk' "
                    + "and source_record_id in ('35436', '35437')", Long.class).forEach(imports::deleteBatch);
            imports.store(BatchOrigin.API, "API", "journey: recent months", recentRatings(agent));
        });

        Page page = newPage(1280, 1000);
        try {
            // the administrator checks the sample, sees what it holds, and imports it
            submitSignIn(page, admin, Fixtures.PASSWORD);
            assertThat(page.locator("#sign-out")).isVisible();
            page.navigate(url("admin/feedback"));
            page.locator("#feedback-format").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Zendesk satisfaction ratings, API"))
                    .first().click();
            page.waitForTimeout(500); // the upload is replaced for the new format
            page.locator("#feedback-upload input[type=file]").setInputFiles(ZENDESK_SAMPLE);
            page.locator("#feedback-check:not([disabled])").click();
            assertThat(page.locator("#feedback-import:not([disabled])")).isVisible();
            assertThat(page.locator("#count-rows-read")).containsText("4");
            assertThat(page.locator("#count-ratings-found")).containsText("2");
            assertThat(page.locator("#count-not-ratings")).containsText("2");
            assertThat(page.locator("#count-new-ratings")).containsText("2");
            shot(page, "journey-feedback-1-preview");
            page.locator("#feedback-import").click();
            assertThat(page.locator("#import-result")).containsText("Imported 2 new ratings");
            shot(page, "journey-feedback-2-imported");
            page.context().clearCookies();

            // the agent sees the sample's comment and their certificate on the chart's time axis
            submitSignIn(page, agent, Fixtures.PASSWORD);
            assertThat(page.locator("#sign-out")).isVisible();
            page.navigate(url("performance"));
            page.waitForFunction("() => { const c = document.querySelector('#chart-csat canvas');"
                    + " return !!(c && window.Chart && window.Chart.getChart(c)); }");
            Object events = page.evaluate("() => { const c = window.Chart.getChart(document.querySelector("
                    + "'#chart-csat canvas')); const d = c.data.datasets.find(s => s.label === 'Training events');"
                    + " return d.tips.filter(t => t !== null).flat().join('|'); }");
            assertThat(String.valueOf(events)).contains("Certificate issued: " + program.name());
            assertThat(page.locator("#customer-comments")).containsText("Quick and friendly");
            assertThat(page.locator("#headline")).containsText("n = ");
            shot(page, "journey-feedback-3-agent-performance");
            page.context().clearCookies();

            // the manager opens the team dashboard and drills into the agent
            submitSignIn(page, manager, Fixtures.PASSWORD);
            assertThat(page.locator("#sign-out")).isVisible();
            page.navigate(url("dashboard/" + team));
            assertThat(page.locator("#agent-table")).containsText("Test " + agent);
            assertThat(page.locator("#csat-value")).isVisible();
            shot(page, "journey-feedback-4-team-dashboard");
            page.locator("#agent-table a", new Page.LocatorOptions().setHasText("Test " + agent)).first().click();
            page.waitForURL("**/performance/" + agentId);
            assertThat(page.locator("#customer-comments")).containsText("Quick and friendly");
            page.waitForFunction("() => { const c = document.querySelector('#chart-csat canvas');"
                    + " return !!(c && window.Chart && window.Chart.getChart(c)); }");
            shot(page, "journey-feedback-5-manager-drills-in");
            page.setViewportSize(390, 844);
            page.reload();
            page.waitForFunction("() => { const c = document.querySelector('#chart-csat canvas');"
                    + " return !!(c && window.Chart && window.Chart.getChart(c)); }");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
            shot(page, "journey-feedback-6-manager-drills-in-390");
        } catch (AssertionError | RuntimeException e) {
            shot(page, "journey-feedback-FAILED");
            throw e;
        } finally {
            page.context().close();
        }
    }

    /** Twelve CSAT, NPS and CES ratings a month for the last three months, so the chart has points to draw. */
    private List<RatingInput> recentRatings(String agent) {
        List<RatingInput> ratings = new ArrayList<>();
        LocalDate thisMonth = time.today().withDayOfMonth(1);
        Instant now = Instant.now().minusSeconds(60);
        for (int m = 2; m >= 0; m--) {
            Instant start = time.startOf(thisMonth.minusMonths(m));
            for (int i = 0; i < 12; i++) {
                Instant at = m == 0 ? now.minus(Duration.ofMinutes(i)) : start.plus(Duration.ofHours(24L + i * 30));
                String ticket = Fixtures.unique("journey");
                String email = agent + "@example.test";
                ratings.add(new RatingInput("manual", ticket, "csat", Metric.CSAT, 1, 5, null, i % 4 == 0 ? 3 : 5, at,
                        ticket, null, email, null, "email", null, null, null, null));
                ratings.add(new RatingInput("manual", ticket, "nps", Metric.NPS, 0, 10, null, 6 + i % 5, at, ticket,
                        null, email, null, "email", null, null, null, null));
                ratings.add(new RatingInput("manual", ticket, "ces", Metric.CES, 1, 7, null, 4 + i % 4, at, ticket,
                        null, email, null, "email", null, null, null, null));
            }
        }
        return ratings;
    }
}
