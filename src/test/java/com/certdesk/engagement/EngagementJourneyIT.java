package com.certdesk.engagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.people.TeamService;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pulse survey from start to results in a real browser: an administrator writes it from the Service team pulse
 * for three teams and activates it, so that its first wave opens; an agent of the big team answers on a phone; the
 * other agents answer through the service; the administrator closes the wave; the manager of the big team (six
 * agents) and of the small one (three) reads the results at 1280 and 390 px: the big team's engagement index and eNPS
 * with n and their intervals, the small team hidden, and one question on its own. A third team of three, which
 * the manager does not see, makes the rest of the wave six, so that the big team may be shown (with only the small
 * team's three as the rest, the big team would be hidden as well: the whole minus it would be those three).
 * Screenshots go to {@code target/screenshots/96-engagement-*}.
 */
class EngagementJourneyIT extends BrowserTest {

    private static final String TEAM_STATEMENT = "I can count on my colleagues when a case gets difficult.";

    @Autowired
    Fixtures fixtures;
    @Autowired
    EngagementFixtures engagement;
    @Autowired
    PulseService pulses;
    @Autowired
    TeamService teams;

    private String teamName(long id) {
        return SystemAuthentication.callAsSystem(() -> teams.visibleTeam(id).orElseThrow().name());
    }

    private List<String> agents(String prefix, long team, int count) {
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            agents.add(fixtures.user(prefix, team, Roles.AGENT));
        }
        return agents;
    }

    /** The agent answers every statement with {@code agreement} and the eNPS question with {@code enps}. */
    private void answer(String agent, long waveId, int agreement, int enps) {
        fixtures.signIn(agent);
        try {
            pulses.submit(waveId, engagement.answers(waveId, agreement, enps), null, -1);
        } finally {
            fixtures.signOut();
        }
    }

    @Test
    void a_pulse_is_run_answered_on_a_phone_and_read_by_the_manager_with_the_small_team_hidden() {
        String admin = fixtures.user("journey-admin", null, Roles.ADMIN);
        String manager = fixtures.user("journey-manager", null, Roles.MANAGER);
        long managerId = fixtures.userId(manager);
        long big = fixtures.team("Journey big team", managerId);
        long small = fixtures.team("Journey small team", managerId);
        long neighbours = fixtures.team("Journey neighbours");
        List<String> bigAgents = agents("journey-big", big, 6);
        List<String> smallAgents = agents("journey-small", small, 3);
        List<String> neighbourAgents = agents("journey-near", neighbours, 3);
        String title = Fixtures.unique("Journey pulse");
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

        // the administrator writes the survey from the default pulse, for three teams, and activates it
        Page desk = newPage(1280, 900);
        submitSignIn(desk, admin, Fixtures.PASSWORD);
        assertInApplication(desk);
        desk.navigate(url("engagement/surveys"));
        assertThat(desk.locator("#surveys-grid")).isVisible();
        shot(desk, "96-engagement-surveys-1280");
        desk.locator("#survey-new").click();
        assertThat(desk.locator("#survey-title input")).hasValue(DefaultPulse.TITLE);
        assertThat(desk.locator("#survey-items .survey-item")).hasCount(10);
        desk.locator("#survey-title input").fill(title);
        desk.locator("#survey-everyone input").uncheck();
        for (long team : new long[] {big, small, neighbours}) {
            String name = teamName(team);
            desk.locator("#survey-teams input").fill(name);
            // the list reuses its item elements while it filters: wait for the one left
            Locator item = desk.locator("vaadin-multi-select-combo-box-item:visible")
                    .filter(new Locator.FilterOptions().setHasText(name));
            assertThat(item).hasCount(1);
            item.click();
        }
        desk.keyboard().press("Escape");
        assertThat(desk.locator("#survey-teams vaadin-multi-select-combo-box-chip:not([slot=overflow])"))
                .not().hasCount(0);
        shot(desk, "96-engagement-survey-new-1280");
        shotAt(desk, desk.locator("#survey-items .survey-item").last(), "96-engagement-survey-new-questions-1280");
        desk.locator("#survey-save").click();
        assertThat(desk.locator("#survey-status")).hasText("Draft");
        assertThat(desk.locator("#survey-editor h1")).hasText(title);
        desk.locator("#survey-activate").click();
        assertThat(desk.locator("#survey-status")).hasText("Active");
        assertThat(desk.locator("#survey-waves .survey-wave")).hasCount(1);
        assertThat(desk.locator("#survey-waves .survey-wave")).containsText("(open)");
        shotAt(desk, desk.locator("#survey-waves"), "96-engagement-survey-active-1280");

        // an agent of the big team finds it and answers on a phone: agrees with every statement, 9 on eNPS
        String phoneAgent = bigAgents.getFirst();
        Page phone = newPage(390, 844);
        submitSignIn(phone, phoneAgent, Fixtures.PASSWORD);
        assertInApplication(phone);
        assertThat(phone.locator("#my-pulse")).containsText(title);
        phone.navigate(url("pulse"));
        Locator row = phone.locator("#my-pulses-list .pulse-row").filter(new Locator.FilterOptions()
                .setHasText(title));
        assertThat(row).containsText("Waiting for your answers");
        shot(phone, "96-engagement-my-pulses-390");
        row.locator("a").click();
        assertThat(phone.locator("#pulse-promise"))
                .hasText("Confidential: your manager and HR see results only for groups of 5 or more people; "
                        + "nobody sees your answers.");
        long waveId = Long.parseLong(phone.url().replaceAll(".*/pulse/(\\d+).*", "$1"));
        shot(phone, "96-engagement-pulse-before-390");
        Locator statements = phone.locator(".pulse-agreement");
        assertThat(statements).hasCount(9);
        for (int i = 0; i < 9; i++) {
            statements.nth(i).locator("vaadin-radio-button").nth(3).click();
        }
        assertThat(statements.first().locator("vaadin-radio-button[checked]")).hasText("Agree");
        phone.locator(".pulse-enps vaadin-radio-button").nth(9).click();
        phone.locator("#pulse-free-text textarea").fill("More time between calls to finish my notes.");
        phone.locator("#pulse-send").click();
        assertThat(phone.locator("#pulse-saved")).containsText("Thank you. Your answers were saved on");
        assertThat(phone.locator("#pulse-send")).hasText("Save changes");
        shotAt(phone, phone.locator("#pulse-send"), "96-engagement-pulse-after-390");
        fixtures.signIn(phoneAgent);
        PulseForm saved = pulses.form(waveId);
        fixtures.signOut();
        org.assertj.core.api.Assertions.assertThat(saved.scores().values()).as("nine 'Agree' and a 9")
                .containsExactlyInAnyOrder(4, 4, 4, 4, 4, 4, 4, 4, 4, 9);
        org.assertj.core.api.Assertions.assertThat(saved.freeText())
                .isEqualTo("More time between calls to finish my notes.");
        phone.context().close();

        // everyone else answers: in the big team three more agree with everything (10), two with nothing (6)
        bigAgents.subList(1, 4).forEach(a -> answer(a, waveId, 4, 10));
        bigAgents.subList(4, 6).forEach(a -> answer(a, waveId, 2, 6));
        smallAgents.forEach(a -> answer(a, waveId, 3, 7));
        neighbourAgents.forEach(a -> answer(a, waveId, 5, 8));

        // the administrator closes the wave early
        desk.reload();
        desk.locator("#wave-close-" + waveId).click();
        assertThat(desk.locator("#wave-close-" + waveId)).hasCount(0);
        assertThat(desk.locator("#survey-waves .survey-wave")).not().containsText("(open)");
        shotAt(desk, desk.locator("#survey-waves"), "96-engagement-survey-closed-1280");
        desk.navigate(url("engagement/surveys"));
        Locator listed = desk.locator("#surveys-grid");
        assertThat(listed).containsText(title);
        assertThat(listed).containsText(teamName(big));
        shot(desk, "96-engagement-surveys-listed-1280");
        assertFitsSideways(desk, "#surveys-grid");
        assertHeadersAlignWithCells(desk, "#surveys-grid");
        desk.context().close();

        String bigName = teamName(big);
        String smallName = teamName(small);
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, width < 500 ? 844 : 900);
            submitSignIn(page, manager, Fixtures.PASSWORD);
            assertInApplication(page);
            page.navigate(url("engagement/results?wave=" + waveId));
            Locator table = page.locator("#results-table");
            // the organization: twelve answered; the neighbours are not the manager's, so not listed
            assertThat(table).containsText("Everyone asked");
            assertThat(table).containsText("n = 12");
            assertThat(table).not().containsText(teamName(neighbours));
            // the big team: four of six agree with everything: 67%, t(5) interval cut at 100%; eNPS four promoters
            // and two detractors of six: +33 +- 75, cut at +100
            assertThat(table).containsText("67%95% CI 12% to 100%");
            assertThat(table).containsText("+3395% CI −42 to +100");
            assertThat(table).containsText("n = 6");
            assertThat(table).containsText("100%6 of 6");
            assertThat(table).containsText("Fewer than 5 responses: hidden to protect confidentiality.");
            shot(page, "96-engagement-results-" + width);
            assertHeadersAlignWithCells(page, "#results-table");
            if (width >= 1280) {
                // every column in view beside the menu; a phone scrolls the table sideways
                assertFitsSideways(page, "#results-table");
            }

            chooseGroup(page, bigName);
            Locator bigPanel = page.locator("#group-" + big);
            assertThat(bigPanel.locator("h2")).hasText(bigName);
            assertThat(bigPanel.locator(".figure-card").nth(1)).containsText("Engagement index");
            assertThat(bigPanel.locator(".figure-card").nth(1)).containsText("67%");
            assertThat(bigPanel.locator(".figure-card").nth(1)).containsText("95% CI 12% to 100%");
            assertThat(bigPanel.locator(".figure-card").nth(1)).containsText("n = 6");
            assertThat(bigPanel.locator(".figure-card").nth(2)).containsText("eNPS");
            assertThat(bigPanel.locator(".figure-card").nth(2)).containsText("+33");
            assertThat(bigPanel.locator(".figure-card").nth(2)).containsText("95% CI −42 to +100");
            assertThat(bigPanel.locator(".item-row")).hasCount(10);
            assertThat(bigPanel.locator(".engagement-comments li"))
                    .hasText("More time between calls to finish my notes.");
            shotAt(page, bigPanel, "96-engagement-results-big-team-" + width);

            chooseGroup(page, smallName);
            Locator smallPanel = page.locator("#group-" + small);
            assertThat(smallPanel.locator(".engagement-hidden"))
                    .hasText("Fewer than 5 responses: hidden to protect confidentiality.");
            assertThat(smallPanel.locator(".figure-card")).hasCount(1);
            assertThat(smallPanel.locator(".figure-card"))
                    .containsText("Fewer than 5 people asked: hidden to protect confidentiality.");
            shotAt(page, smallPanel, "96-engagement-results-small-team-" + width);

            // one statement on its own, over the same six people
            chooseGroup(page, bigName);
            page.locator("#results-question").click();
            Locator statement = page.locator("#results-question vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText(TEAM_STATEMENT));
            assertThat(statement).isVisible();
            shot(page, "96-engagement-results-question-list-" + width);
            statement.click();
            assertThat(page.locator("#results-question[opened]")).hasCount(0);
            assertThat(page.locator("#results-question vaadin-select-item").first()).isHidden();
            assertThat(page.locator("#results-question")).containsText(TEAM_STATEMENT);
            assertThat(page.locator("#group-" + big + " .item-row")).hasCount(1);
            assertThat(page.locator("#group-" + big + " .item-row")).containsText(TEAM_STATEMENT);
            assertThat(page.locator("#group-" + big + " .figure-card")).hasCount(2);
            assertThat(page.locator("#group-" + big + " .figure-card").nth(1)).containsText("n = 6");
            assertThat(page.locator("#group-" + big + " .figure-card").nth(1)).containsText("67%");
            assertThat(table).containsText("Fewer than 5 responses: hidden to protect confidentiality.");
            shot(page, "96-engagement-results-question-" + width);
            shotAt(page, page.locator("#group-" + big + " .item-bars"), "96-engagement-results-question-bars-"
                    + width);
            page.context().close();
        }
    }

    private static void chooseGroup(Page page, String name) {
        // scrolled into view first: on a phone a list opened while the page still scrolls to it closes again
        page.locator("#results-group").scrollIntoViewIfNeeded();
        page.locator("#results-group").click();
        page.locator("#results-group vaadin-select-item").filter(new Locator.FilterOptions().setHasText(name))
                .click();
        // closed again (on a phone the list is a sheet over the page that slides away)
        assertThat(page.locator("#results-group[opened]")).hasCount(0);
        assertThat(page.locator("#results-group vaadin-select-item").first()).isHidden();
        assertThat(page.locator("#results-group")).containsText(name);
    }

    /** The grid shows all its columns without scrolling sideways (a cut-off last column was the symptom). */
    private static void assertFitsSideways(Page page, String grid) {
        Object widths = page.locator(grid).evaluate("g => [g.$.table.scrollWidth, g.$.table.clientWidth]");
        List<?> w = (List<?>) widths;
        org.assertj.core.api.Assertions.assertThat(((Number) w.get(0)).intValue()).as("%s scroll width", grid)
                .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
    }

    /** The application scrolls inside its layout: a shot of the screen with this element scrolled into view. */
    private static void shotAt(Page page, Locator element, String name) {
        element.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }
}
