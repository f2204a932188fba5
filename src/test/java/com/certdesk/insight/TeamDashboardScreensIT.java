package com.certdesk.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The team dashboard with a year of ratings at a laptop's 1280 px and a phone's 390 px: figure cards, coverage, the
 * three trend charts drawn by Chart.js, and the agent table (scrolling sideways on the phone, the name kept in
 * place). Needs the test clock (its own Spring context): team history starts when the fixtures create the agents,
 * so the clock moves a year ahead before ratings are given. Screenshots go to {@code target/screenshots/90-*}.
 */
@Import(TestClock.Config.class)
class TeamDashboardScreensIT extends BrowserTest {

    @Autowired
    DashboardFixtures scenarios;
    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_dashboard_with_a_year_of_ratings_fits_a_laptop_and_a_phone() {
        DashboardFixtures.Scenario s = scenarios.buildYear();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, width < 500 ? 844 : 900);
            submitSignIn(page, width < 500 ? s.manager() : s.hr(), Fixtures.PASSWORD);
            assertInApplication(page);
            page.navigate(url("dashboard"));
            assertThat(page.locator("#csat-value")).isVisible();
            assertThat(page.locator("#agent-table")).isVisible();
            assertThat(page.locator("#agent-table")).containsText("Test " + s.certified());
            // Chart.js has drawn when it registered the canvas
            page.waitForFunction("() => window.Chart && document.querySelectorAll('#trend-charts canvas').length === 3"
                    + " && [...document.querySelectorAll('#trend-charts canvas')].every(c => window.Chart.getChart(c))");
            shot(page, "90-team-dashboard-" + width);
            // the app layout scrolls inside the page: a second shot with the agent table in view
            page.locator("#agent-table").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("91-team-dashboard-agents-" + width
                    + ".png")));
            if (width < 500) {
                page.locator("#agent-table").evaluate("grid => grid.$.table.scrollLeft = 400");
                // the grid renders the columns scrolled into view a moment later
                page.waitForTimeout(800);
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(
                        "92-team-dashboard-agents-scrolled-" + width + ".png")));
            }
            page.navigate(url("dashboard/all"));
            assertThat(page.locator("#teams-overview-grid")).containsText(s.teamAName());
            shot(page, "93-all-teams-" + width);
            page.context().close();
        }
    }
}
