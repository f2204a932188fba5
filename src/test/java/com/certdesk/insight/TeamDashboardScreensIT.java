package com.certdesk.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.engagement.EngagementFixtures;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.TeamMember;
import com.certdesk.security.SystemAuthentication;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The team dashboard with a year of ratings at a laptop's 1280 px and a phone's 390 px: figure cards, coverage, the
 * three trend charts drawn by Chart.js, and the agent table (scrolling sideways on the phone, the name kept in
 * place), and the team's engagement from its latest pulse wave (shown with its change for the team of eight, hidden
 * for the team of one). Needs the test clock (its own Spring context): team history starts when the fixtures create
 * the agents, so the clock moves a year ahead before ratings are given, and back a little to open the pulse waves.
 * Screenshots go to {@code target/screenshots/90-*}.
 */
@Import(TestClock.Config.class)
class TeamDashboardScreensIT extends BrowserTest {

    @Autowired
    DashboardFixtures scenarios;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    EngagementFixtures engagement;
    @Autowired
    PeopleDirectory people;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_dashboard_with_a_year_of_ratings_fits_a_laptop_and_a_phone() {
        DashboardFixtures.Scenario s = scenarios.buildYear();
        long latestWave = twoPulseWaves(s);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, width < 500 ? 844 : 900);
            submitSignIn(page, width < 500 ? s.manager() : s.hr(), Fixtures.PASSWORD);
            assertInApplication(page);
            // the team by id: other browser tests of this Spring context leave teams that sort before it
            page.navigate(url("dashboard/" + s.teamA()));
            assertThat(page.locator("#csat-value")).isVisible();
            assertThat(page.locator("#agent-table")).isVisible();
            assertThat(page.locator("#agent-table")).containsText("Test " + s.certified());
            // Chart.js has drawn when it registered the canvas
            page.waitForFunction("() => window.Chart && document.querySelectorAll('#trend-charts canvas').length === 3"
                    + " && [...document.querySelectorAll('#trend-charts canvas')].every(c => window.Chart.getChart(c))");
            assertThat(page.locator("#engagement-index-value")).hasText("69%");
            assertThat(page.locator("#engagement-index-change"))
                    .hasText("+10 points since the previous wave (then 60%)");
            assertThat(page.locator("#engagement-enps-n")).hasText("n = 8");
            assertThat(page.locator("#engagement-results-link")).hasAttribute("href",
                    "engagement/results?wave=" + latestWave);
            shot(page, "90-team-dashboard-" + width);
            page.locator("#team-engagement").scrollIntoViewIfNeeded();
            page.locator("#team-engagement").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("94-team-engagement-" + width + ".png")));
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

            // HR on the team of one: the reason, no number
            Page hidden = newPage(width, width < 500 ? 844 : 900);
            submitSignIn(hidden, s.hr(), Fixtures.PASSWORD);
            assertInApplication(hidden);
            hidden.navigate(url("dashboard/" + s.teamB()));
            assertThat(hidden.locator("#engagement-hidden"))
                    .hasText("Fewer than 5 responses: hidden to protect confidentiality.");
            assertThat(hidden.locator("#engagement-index-value")).hasCount(0);
            hidden.locator("#team-engagement").scrollIntoViewIfNeeded();
            hidden.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("95-team-engagement-hidden-"
                    + width + ".png")));
            hidden.context().close();
        }
    }

    /**
     * Two monthly waves of a pulse for the team of eight, the second closed a few days ago: 4–7 of the 9 statements
     * agreed with in the first (index 43 of 72 = 60%, eNPS +13), one more each but two in the second (50 of 72 =
     * 69%, eNPS +38); and one wave of another pulse for the team of one. The clock goes back 40 days and returns.
     */
    private long twoPulseWaves(DashboardFixtures.Scenario s) {
        Instant now = clock.instant();
        List<String> eight = SystemAuthentication.callAsSystem(() -> people.agentsOfTeams(List.of(s.teamA()), ""))
                .stream().map(TeamMember::userId).map(fixtures::userName).toList();
        clock.advance(Duration.ofDays(-40));
        long first = engagement.openWave(s.teamA());
        int[] agreedFirst = {5, 6, 4, 7, 5, 6, 5, 5};
        int[] enpsFirst = {9, 7, 6, 10, 8, 9, 3, 8};
        for (int i = 0; i < eight.size(); i++) {
            engagement.answerAgreeing(eight.get(i), first, agreedFirst[i], enpsFirst[i]);
        }
        engagement.closeWave(first);
        long second = engagement.nextWave(first);
        int[] agreedSecond = {6, 7, 5, 8, 6, 7, 5, 6};
        int[] enpsSecond = {10, 8, 6, 10, 9, 9, 5, 9};
        for (int i = 0; i < eight.size(); i++) {
            engagement.answerAgreeing(eight.get(i), second, agreedSecond[i], enpsSecond[i]);
        }
        engagement.closeWave(second);
        long lisbon = engagement.openWave(s.teamB());
        engagement.answerAgreeing(fixtures.userName(s.otherAgentId()), lisbon, 8, 9);
        engagement.closeWave(lisbon);
        clock.advance(Duration.between(clock.instant(), now));
        return second;
    }
}
