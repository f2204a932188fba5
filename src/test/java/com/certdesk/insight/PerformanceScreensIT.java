package com.certdesk.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ui.LineChart;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.engagement.EngagementFixtures;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * My performance in a real browser: Chart.js loads from the webjar and draws the three charts with the agent's
 * training event marked, the table and comments show, the agent's own pulse answers of six monthly waves show beside
 * the training, and the page fits a phone. Needs the test clock (the waves open in the past). Screenshots
 * {@code target/screenshots/performance-*}.
 */
@Import(TestClock.Config.class)
class PerformanceScreensIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    FeedbackImports imports;
    @Autowired
    OrganizationTime time;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    EngagementFixtures engagement;
    @Autowired
    TestClock clock;

    String agent;
    ProgramSummary program;

    /** Twelve months of ratings for an agent and a teammate (one month with too few), and a certificate this month. */
    @BeforeEach
    void anAgentWithAYearOfRatingsAndACertificate() {
        String manager = fixtures.user("it-perf-manager", null, Roles.MANAGER);
        long team = fixtures.team("Billing", fixtures.userId(manager));
        agent = fixtures.user("it-perf-agent", team, Roles.AGENT);
        String teammate = fixtures.user("it-perf-mate", team, Roles.AGENT);
        long module = certs.moduleWithQuiz("De-escalation basics");
        program = certs.program("De-escalation Specialist", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        // both joined the team "today": move the start of their stay back a year and a half, so that the ratings
        // below count for the team at rating time
        jdbc.update("update team_membership set valid_from = ? where user_id in (?, ?)",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(550))), fixtures.userId(agent),
                fixtures.userId(teammate));

        Random random = new Random(9);
        List<RatingInput> ratings = new ArrayList<>();
        LocalDate thisMonth = time.today().withDayOfMonth(1);
        Instant now = Instant.now();
        for (int m = 11; m >= 0; m--) {
            LocalDate month = thisMonth.minusMonths(m);
            Instant start = time.startOf(month);
            Instant end = m == 0 ? now : time.startOf(month.plusMonths(1));
            int mine = m == 7 ? 4 : 18 + random.nextInt(14);
            double lift = m < 1 ? 0.1 : 0;
            for (int i = 0; i < mine; i++) {
                ratings.addAll(ratingsOf(agent, random, between(random, start, end), 0.72 + lift,
                        i == 0 && m == 0 ? "Sorted my refund quickly, <i>thank you</i>!" : i == 1 && m == 1
                                ? "Took three calls to get an answer." : null));
            }
            for (int i = 0; i < 30; i++) {
                ratings.addAll(ratingsOf(teammate, random, between(random, start, end), 0.68, null));
            }
        }
        SystemAuthentication.runAsSystem(() -> {
            for (int from = 0; from < ratings.size(); from += 1000) {
                imports.store(BatchOrigin.API, "canonical-json", "performance IT",
                        ratings.subList(from, Math.min(ratings.size(), from + 1000)));
            }
        });
        monthlyPulses(team, teammate);
    }

    /**
     * Six monthly waves of the team's pulse from five months ago: the agent answers all of them (agreeing with 4,
     * 5, 5, 6, 7 and 8 of the 9 statements, eNPS 6, 7, 7, 8, 9, 9), the teammate too; the latest stays open. The
     * clock goes back five months and returns.
     */
    private void monthlyPulses(long team, String teammate) {
        Instant now = clock.instant();
        clock.advance(Duration.between(now, time.startOf(time.today().minusMonths(5)).plusSeconds(10 * 3600)));
        int[] agreed = {4, 5, 5, 6, 7, 8};
        int[] enps = {6, 7, 7, 8, 9, 9};
        long wave = engagement.openWave(team);
        for (int i = 0; i < agreed.length; i++) {
            if (i > 0) {
                wave = engagement.nextWave(wave);
            }
            engagement.answerAgreeing(agent, wave, agreed[i], enps[i]);
            engagement.answerAgreeing(teammate, wave, 6, 8);
            if (i < agreed.length - 1) {
                engagement.closeWave(wave);
            }
        }
        clock.advance(Duration.between(clock.instant(), now));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant between(Random random, Instant start, Instant end) {
        long span = Math.max(1, Duration.between(start, end).toSeconds() - 1);
        return start.plusSeconds((long) (random.nextDouble() * span));
    }

    /** A CSAT, an NPS and a CES rating of one ticket; {@code good} is the chance of a happy customer. */
    private static List<RatingInput> ratingsOf(String agent, Random random, Instant when, double good,
            String comment) {
        boolean happy = random.nextDouble() < good;
        String ticket = Fixtures.unique("t");
        String email = agent + "@example.test";
        String channel = random.nextBoolean() ? "email" : "chat";
        int csat = happy ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
        int nps = happy ? 8 + random.nextInt(3) : random.nextInt(8);
        int ces = happy ? 5 + random.nextInt(3) : 1 + random.nextInt(5);
        return List.of(
                new RatingInput("manual", ticket, "csat", Metric.CSAT, 1, 5, null, csat, when, ticket, null, email,
                        null, channel, null, comment, null, null),
                new RatingInput("manual", ticket, "nps", Metric.NPS, 0, 10, null, nps, when, ticket, null, email,
                        null, channel, null, null, null, null),
                new RatingInput("manual", ticket, "ces", Metric.CES, 1, 7, null, ces, when, ticket, null, email,
                        null, channel, null, null, null, null));
    }

    @Test
    void agent_sees_three_drawn_charts_with_their_certificate_marked_and_the_page_fits_a_phone() {
        Page page = signedInPage(agent);
        page.navigate(url("performance"));
        for (String measure : List.of("csat", "nps", "ces")) {
            page.waitForFunction("id => { const c = document.querySelector('#chart-' + id + ' canvas');"
                    + " return !!(c && window.Chart && window.Chart.getChart(c)); }", measure);
        }
        Object markerNames = page.evaluate("() => { const c = window.Chart.getChart(document.querySelector("
                + "'#chart-csat canvas')); const d = c.data.datasets.find(s => s.label === 'Training events');"
                + " return d.tips.filter(t => t !== null).flat().join('|'); }");
        assertThat(String.valueOf(markerNames)).contains("Certificate issued: " + program.name(),
                "Module completed: De-escalation basics");
        assertThat(page.locator("#performance-table")).containsText("too few responses");
        assertThat(page.locator("#customer-comments")).containsText("<i>thank you</i>");
        Object teamPoints = page.evaluate("() => { const c = window.Chart.getChart(document.querySelector("
                + "'#chart-csat canvas')); return c.data.datasets.find(s => s.label.startsWith('Team ')).data"
                + ".filter(v => v !== null).length; }");
        assertThat(((Number) teamPoints).intValue()).as("the team's line has a point every month").isEqualTo(12);
        shot(page, "performance-1280");
        page.waitForFunction("() => { const c = document.querySelector('#my-engagement-chart canvas');"
                + " return !!(c && window.Chart && window.Chart.getChart(c)); }");
        assertThat(page.locator("#my-engagement")).containsText("Only you see your answers.");
        assertThat(page.locator("#my-engagement-table tbody tr.engagement-wave-row")).hasCount(6);
        assertThat(page.locator("#my-engagement-table tbody tr.engagement-wave-row").last())
                .containsText("89%");
        assertThat(page.locator("#my-engagement-table tbody tr.engagement-wave-row").last())
                .containsText("Open: you can still change your answers");
        assertThat(page.locator("#my-engagement-table")).containsText("Certificate issued: " + program.name());
        Object ownPoints = page.evaluate("() => window.Chart.getChart(document.querySelector("
                + "'#my-engagement-chart canvas')).data.datasets.find(s => s.label === 'Your engagement index')"
                + ".data.filter(v => v !== null).length");
        assertThat(((Number) ownPoints).intValue()).as("one point a month for six months").isEqualTo(6);
        page.locator("#my-engagement").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("performance-engagement-1280.png")));

        // the tooltip of the latest month names the training event
        Locator canvas = page.locator("#chart-csat canvas");
        canvas.scrollIntoViewIfNeeded();
        BoundingBox box = canvas.boundingBox();
        // where Chart.js drew the latest month, in the canvas's own pixels
        Number x = (Number) page.evaluate("() => window.Chart.getChart(document.querySelector('#chart-csat canvas'))"
                + ".scales.x.getPixelForValue(11)");
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        page.mouse().move(box.x + x.doubleValue(), box.y + box.height * 0.6,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        // a hover can miss the point by a pixel on a busy machine: make sure the latest month's tooltip is the active one
        page.evaluate("px => { const c = window.Chart.getChart(document.querySelector('#chart-csat canvas'));"
                + " if (c.tooltip.getActiveElements().length === 0) { c.tooltip.setActiveElements("
                + "c.data.datasets.map((d, i) => ({datasetIndex: i, index: 11})), {x: px, y: c.height / 2});"
                + " c.update(); } }", x);
        page.waitForFunction("() => window.Chart.getChart(document.querySelector('#chart-csat canvas'))"
                + ".tooltip.getActiveElements().length > 0");
        Object tooltip = page.evaluate("() => window.Chart.getChart(document.querySelector('#chart-csat canvas'))"
                + ".tooltip.body.flatMap(b => b.lines).join('|')");
        assertThat(String.valueOf(tooltip)).as("the tooltip names the event").contains("Certificate issued: "
                + program.name());
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("performance-tooltip-1280.png")));

        page.setViewportSize(390, 844);
        page.reload();
        page.waitForFunction("() => { const c = document.querySelector('#chart-ces canvas');"
                + " return !!(c && window.Chart && window.Chart.getChart(c)); }");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        Object chartWidth = page.evaluate("() => document.querySelector('#chart-csat canvas').clientWidth");
        assertThat(((Number) chartWidth).intValue()).as("the chart fills the phone's width").isBetween(260, 390);
        shot(page, "performance-390");
        page.locator("#chart-csat").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("performance-390-chart.png")));
        page.locator("#performance-table").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("performance-390-table.png")));
        page.locator("#my-engagement").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("performance-engagement-390.png")));
        page.locator("#my-engagement-table").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("performance-engagement-390-table.png")));
    }

    @Test
    void the_chart_script_is_served_without_signing_in() {
        APIRequestContext anonymous = playwright.request().newContext();
        try {
            APIResponse response = anonymous.get(url(LineChart.SCRIPT_URL.substring(1)),
                    RequestOptions.create().setMaxRedirects(0));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).contains("Chart");
        } finally {
            anonymous.dispose();
        }
    }
}
