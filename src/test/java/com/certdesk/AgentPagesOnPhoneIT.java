package com.certdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.catalog.LearningService;
import com.certdesk.certification.AssignmentDraft;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.quiz.QuizFixtures;
import com.certdesk.quiz.ReviewOptions;
import com.certdesk.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Agents take courses on their phones: every page an agent sees (sign-in, My learning, a module, a lesson, each
 * question type of a quiz, the submit confirmation, the result, My certificates, Notifications and the bell,
 * My account, the public verification page) fits a 360 px wide screen without sideways scrolling, and the buttons
 * that move an agent on stay inside the screen. Screenshots of each page at 360, 390 and 1280 px go to
 * {@code target/screenshots/phone-*}.
 */
class AgentPagesOnPhoneIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizzes;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    LearningService learning;
    @Autowired
    AssignmentService assignments;
    @Autowired
    CertificateService certificates;

    private String agent;
    private long moduleId;
    private long lessonId;
    private String certificateCode;
    private LocalDate issuedOn;

    /** An agent with an assignment, a module whose quiz has one question of each type, and a certificate. */
    @BeforeEach
    void anAgentWithAssignmentsACertificateAndAQuizOfEveryQuestionType() {
        // this machine is shared and slow at times: the first sign-in of a cold server can take over 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        String manager = fixtures.user("ph-manager", null, Roles.MANAGER);
        long team = fixtures.team("Phone team with a long name for the header", fixtures.userId(manager));
        agent = fixtures.user("ph-agent-with-a-rather-long-username", team, Roles.AGENT);

        moduleId = fixtures.publishedModule("Handling an angry customer on the phone without escalating", 2);
        lessonId = fixtures.lessonIds(moduleId).getFirst();
        quizzes.quiz(moduleId, quizzes.oneOfEach(),
                s -> QuizFixtures.with(s, 30, null, null, 50, ReviewOptions.everythingAtOnce()));
        ProgramSummary learningProgram = certs.program("Customer Care Specialist with a long program name",
                12, 30, null, moduleId);

        long certified = certs.moduleWithQuiz("Greeting callers");
        ProgramSummary earned = certs.program("Greeting Basics", 12, 30, null, certified);
        certs.learnAndPass(agent, certified, 2);

        fixtures.signIn(manager);
        try {
            assignments.assign(new AssignmentDraft(AssignmentKind.PROGRAM, learningProgram.id(), null,
                    List.of(fixtures.userId(agent)), LocalDate.now().plusDays(14)));
        } finally {
            fixtures.signOut();
        }
        fixtures.signIn(agent);
        try {
            learning.markDone(moduleId, lessonId);
            var certificate = certificates.mine().stream().filter(c -> c.programId() == earned.id()).findFirst()
                    .orElseThrow();
            certificateCode = certificate.code().replace("-", "");
            issuedOn = certificate.issuedOn();
        } finally {
            fixtures.signOut();
        }
    }

    @AfterEach
    void defaultAssertionTimeout() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void every_agent_page_fits_a_360px_phone_without_sideways_scrolling() {
        List<String> problems = new ArrayList<>();
        visitEveryAgentPage(360, 740, problems);
        assertThat(problems).as("pages wider than a 360 px screen, or buttons outside it").isEmpty();
    }

    @Test
    void agent_pages_fit_a_390px_phone_and_still_look_right_on_a_1280px_screen() {
        List<String> problems = new ArrayList<>();
        visitEveryAgentPage(390, 844, problems);
        visitEveryAgentPage(1280, 900, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void dates_follow_the_browsers_language_and_time_zone() {
        // Kiritimati is UTC+14, so its clock differs from the server's by many hours
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setLocale("de-DE").setTimezoneId("Pacific/Kiritimati")).newPage();
        page.setDefaultTimeout(20_000);
        submitSignIn(page, agent, Fixtures.PASSWORD);
        assertThat(page.locator("#my-learning")).isVisible();

        page.navigate(url("certificates"));
        Locator card = page.locator(".certificate-card").first();
        // the certificate's day, a LocalDate, written the German way
        assertThat(card).containsText("Issued " + DateTimeFormatter.ofPattern("d.M.yyyy").format(issuedOn));

        page.navigate(url("modules/" + moduleId));
        page.locator("#start-quiz").click();
        option(page, "vaadin-radio-button", "Good morning, this is Sam").click();
        assertThat(page.locator("#save-status")).containsText("Saved at");
        String browserHour = (String) page.evaluate("() => new Intl.DateTimeFormat('en-GB', "
                + "{hour: '2-digit', hourCycle: 'h23'}).format(new Date())");
        assertThat(page.locator("#save-status")).containsText("Saved at " + browserHour + ":");
        shot(page, "phone-de-kiritimati-quiz-saved");
        page.context().close();
    }

    private void visitEveryAgentPage(int width, int height, List<String> problems) {
        String size = "phone-" + width + "-";
        Page page = newPage(width, height);

        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        check(page, size + "01-sign-in", problems, "vaadin-login-form vaadin-button");

        submitSignIn(page, agent, Fixtures.PASSWORD);
        assertThat(page.locator("#my-learning")).isVisible();
        assertThat(page.locator("#my-assignments")).containsText("Customer Care Specialist");
        check(page, size + "02-my-learning", problems, "#my-assignments");
        headerTitleFitsOneLine(page, size + "my learning", problems);
        if (width < 800) {
            // the side menu is a drawer on phones: closed at first, opened with the menu button
            assertThat(page.locator("vaadin-side-nav")).not().isInViewport();
            page.locator("vaadin-drawer-toggle").click();
            assertThat(page.locator("vaadin-side-nav")).isInViewport();
            check(page, size + "03-menu-drawer", problems, "vaadin-side-nav");
            page.keyboard().press("Escape");
        }

        page.navigate(url("modules/" + moduleId));
        assertThat(page.locator("#module-title")).isVisible();
        check(page, size + "04-module", problems, "#start-quiz");

        page.navigate(url("modules/" + moduleId + "/lessons/" + lessonId));
        assertThat(page.locator("#lesson-body")).isVisible();
        check(page, size + "05-lesson", problems, "#next-lesson");

        page.navigate(url("modules/" + moduleId));
        page.locator("#start-quiz").click();
        Map<Integer, String> types = Map.of(1, "single", 2, "multiple", 3, "true-false", 4, "short-answer",
                5, "matching");
        for (int question = 1; question <= 5; question++) {
            assertThat(page.locator("#question-" + question)).isVisible();
            String name = size + "06-quiz-" + question + "-" + types.get(question);
            check(page, name, problems, question < 5 ? "#next-question" : "#previous-question", "#submit-attempt");
            if (question < 5) {
                page.locator("#next-question").click();
            }
        }
        page.locator("#submit-attempt").click();
        Locator confirm = page.locator("vaadin-button[slot=confirm-button]");
        assertThat(confirm).isVisible();
        check(page, size + "07-submit-confirmation", problems, "vaadin-button[slot=confirm-button]",
                "vaadin-button[slot=cancel-button]");
        confirm.click();

        assertThat(page.locator("#result-score")).isVisible();
        check(page, size + "08-result", problems, "#back-to-module");

        page.navigate(url("certificates"));
        assertThat(page.locator(".certificate-card").first()).containsText("Greeting Basics");
        check(page, size + "09-my-certificates", problems, ".certificate-pdf");

        page.navigate(url("notifications"));
        assertThat(page.locator("#notifications-grid")).isVisible();
        check(page, size + "10-notifications", problems);
        page.locator("#notification-bell").click();
        assertThat(page.locator("#notifications-see-all")).isVisible();
        check(page, size + "11-bell-popover", problems, "#notifications-see-all");
        page.keyboard().press("Escape");

        page.navigate(url("account"));
        assertThat(page.locator("#change-password")).isVisible();
        check(page, size + "12-my-account", problems, "#change-password");
        page.context().close();

        Page visitor = newPage(width, height);
        visitor.navigate(url("verify/" + certificateCode));
        assertThat(visitor.locator("#verification-status")).containsText("Valid certificate");
        check(visitor, size + "13-verify", problems);
        visitor.context().close();
    }

    /**
     * Takes a screenshot and notes sideways scrolling, content cut off at the right edge of the screen (the app
     * layout clips rather than scrolls, so a too-wide page shows as elements reaching past the edge), and any of
     * these elements not fully on the screen.
     */
    private static void check(Page page, String name, List<String> problems, String... mustBeOnScreen) {
        page.waitForTimeout(300); // let overlays finish opening and layouts settle before measuring
        List<?> widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, "
                + "document.documentElement.clientWidth]");
        int scroll = ((Number) widths.get(0)).intValue();
        int client = ((Number) widths.get(1)).intValue();
        if (scroll > client) {
            problems.add(name + ": the page scrolls sideways, " + scroll + " px wide on a " + client + " px screen");
        }
        Object cutOff = page.evaluate(CUT_OFF, client);
        if (!"".equals(cutOff)) {
            problems.add(name + ": cut off at the right edge: " + cutOff);
        }
        for (String selector : mustBeOnScreen) {
            Locator element = page.locator(selector).first();
            if (!element.isVisible()) {
                problems.add(name + ": " + selector + " is not shown");
                continue;
            }
            element.scrollIntoViewIfNeeded();
            var box = element.boundingBox();
            if (box.x < 0 || box.x + box.width > client + 0.5) {
                problems.add(name + ": " + selector + " spans x " + Math.round(box.x) + "-"
                        + Math.round(box.x + box.width) + " on a " + client + " px screen");
            }
        }
        wholePageShot(page, name);
    }

    /**
     * A screenshot of the whole page: the app layout scrolls inside itself, so a full-page screenshot alone shows
     * one screen; the viewport is made as tall as the content for the picture (after measuring) and put back.
     */
    private static void wholePageShot(Page page, String name) {
        var viewport = page.viewportSize();
        int tallest = ((Number) page.evaluate(TALLEST)).intValue();
        boolean dialogOpen = page.locator("vaadin-confirm-dialog[opened], vaadin-popover[opened]").count() > 0;
        if (tallest > viewport.height && !dialogOpen) {
            page.setViewportSize(viewport.width, Math.min(tallest + 80, 6000));
            page.waitForTimeout(200);
        }
        shot(page, name);
        page.setViewportSize(viewport.width, viewport.height);
    }

    /**
     * The visible elements (light and shadow DOM, grids' own scrolling excepted) whose right edge is past the
     * screen's, as "tag#id.class right-edge", at most six; empty when there are none.
     */
    private static final String CUT_OFF = """
            w => {
              const found = [];
              const visit = root => {
                for (const e of root.querySelectorAll('*')) {
                  if (e.closest('vaadin-grid') || e.closest('.sr-only')) continue;
                  const r = e.getBoundingClientRect();
                  const style = getComputedStyle(e);
                  if (r.width > 0 && r.height > 0 && r.right > w + 1 && style.visibility !== 'hidden'
                      && r.left < w) {
                    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                        + ' ' + Math.round(r.right));
                  }
                  if (e.shadowRoot && e.tagName !== 'VAADIN-GRID') visit(e.shadowRoot);
                }
              };
              visit(document);
              return found.slice(0, 6).join(', ');
            }""";

    /** The tallest scrolling content, shadow roots included (the app layout's content scrolls in its shadow DOM). */
    private static final String TALLEST = """
            () => {
              let tallest = document.documentElement.scrollHeight;
              const visit = root => {
                for (const e of root.querySelectorAll('*')) {
                  if (getComputedStyle(e).overflowY !== 'visible') tallest = Math.max(tallest, e.scrollHeight);
                  if (e.shadowRoot) visit(e.shadowRoot);
                }
              };
              visit(document);
              return tallest;
            }""";

    /** The header title is one line, shortened with an ellipsis when too long, never wrapped. */
    private static void headerTitleFitsOneLine(Page page, String where, List<String> problems) {
        Locator title = page.locator(".view-title");
        double lineHeight = ((Number) title.evaluate("e => parseFloat(getComputedStyle(e).lineHeight) || "
                + "parseFloat(getComputedStyle(e).fontSize) * 1.3")).doubleValue();
        double height = title.boundingBox().height;
        if (height > lineHeight * 1.5) {
            problems.add(where + ": the header title takes " + Math.round(height / lineHeight) + " lines");
        }
    }
}
