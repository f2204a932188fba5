package com.certdesk.certification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.security.Roles;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
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
 * The certification journey in Chromium: the manager assigns a program to the team with a due date, the agent
 * completes it and downloads the certificate, the public verification page says valid, an administrator revokes
 * it and the page says revoked. Screenshots go to {@code target/screenshots/30-*}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CertificationJourneyIT {

    static final Path SHOTS = Paths.get("target", "screenshots");
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;

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

    private Page signIn(String username) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setAcceptDownloads(true)).newPage();
        page.setDefaultTimeout(20_000);
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        return page;
    }

    private Page anonymous() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(420, 860)).newPage();
        page.setDefaultTimeout(20_000);
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
    void manager_assigns_agent_earns_and_downloads_the_certificate_public_page_verifies_and_admin_revokes()
            throws Exception {
        String manager = fixtures.user("pw-manager", null, Roles.MANAGER);
        long team = fixtures.team("Journey team", fixtures.userId(manager));
        String agent = fixtures.user("pw-agent", team, Roles.AGENT);
        String admin = fixtures.user("pw-admin", null, Roles.ADMIN);
        String colleague = fixtures.user("pw-colleague", team, Roles.AGENT);
        long moduleId = certs.moduleWithQuiz("Journey module");
        ProgramSummary program = certs.program("Journey Specialist", 12, 30, null, moduleId);
        certs.learnAndPass(colleague, moduleId, 2); // a second certificate in the admin's register

        // the manager assigns the program to the whole team with a due date
        Page page = signIn(manager);
        page.navigate(url("certification"));
        page.locator("#assign-button").click();
        assertThat(page.locator("#assign-program")).isVisible();
        page.locator("#assign-program").click();
        page.locator("#assign-program vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(program.name())).click();
        assertThat(page.locator("#assign-due input")).not().hasValue("");
        shot(page, "30-manager-assigns");
        page.locator("#assign-save").click();
        assertThat(page.locator("vaadin-notification-card").first())
                .containsText("Assigned " + program.name() + " to");
        shot(page, "30-manager-assigned");
        page.context().close();

        // the agent sees it first on My learning, completes the module and passes its quiz
        page = signIn(agent);
        assertThat(page.locator("#my-assignments")).containsText(program.name());
        assertThat(page.locator("#my-assignments")).containsText("Not started");
        shot(page, "31-agent-assigned");
        page.locator("#my-assignments a").filter(new Locator.FilterOptions().setHasText("Journey module")).click();
        page.locator("#continue").click();
        page.locator("#mark-done").click();
        assertThat(page.locator("#lesson-done")).isVisible();
        page.locator("#next-lesson").click();
        page.locator("#mark-done").click();
        assertThat(page.locator("#lesson-done")).isVisible();
        page.locator("#back-to-module").click();
        page.locator("#start-quiz").click();
        assertThat(page.locator("#question-1")).isVisible();
        option(page, "vaadin-radio-button", "False").click();
        assertThat(page.locator("#answered-count")).hasText("1 of 2 answered");
        page.locator("#next-question").click();
        assertThat(page.locator("#question-2")).isVisible();
        option(page, "vaadin-radio-button", "False").click();
        assertThat(page.locator("#answered-count")).hasText("2 of 2 answered");
        page.locator("#submit-attempt").click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#result-badge")).hasText("Passed");

        // the certificate is there at once, with the notification under the bell
        page.navigate(url("certificates"));
        Locator card = page.locator(".certificate-card").first();
        assertThat(card).containsText(program.name());
        assertThat(card).containsText("Valid");
        String code = card.locator(".certificate-code").textContent().replace("Code", "").strip();
        shot(page, "32-agent-certificate");
        Download download = page.waitForDownload(() -> card.locator(".certificate-pdf").click());
        Path pdf = download.path();
        assertThat(download.suggestedFilename()).isEqualTo("certificate-" + code + ".pdf");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        Files.copy(pdf, SHOTS.resolve("32-certificate.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        page.context().close();

        // anyone can verify it without signing in
        Page visitor = anonymous();
        visitor.navigate(url("verify/" + code.replace("-", "")));
        assertThat(visitor.locator("#verification-status")).containsText("Valid certificate");
        assertThat(visitor.locator("dl")).containsText("Test " + agent);
        assertThat(visitor.locator("dl")).containsText(program.name());
        shot(visitor, "33-verify-valid");

        // an administrator revokes it with a reason
        page = signIn(admin);
        page.navigate(url("admin/certificates"));
        assertThat(page.locator("#certificates-grid")).containsText("Test " + colleague);
        page.locator("#certificate-search input").fill(code);
        // rows the grid keeps for reuse hold stale text, so only the visible cells count
        assertThat(page.locator("#certificates-grid vaadin-grid-cell-content:visible").filter(
                new Locator.FilterOptions().setHasText("Test " + colleague))).hasCount(0);
        Locator revoke = page.locator("vaadin-grid vaadin-button:visible").filter(new Locator.FilterOptions()
                .setHasText("Revoke"));
        assertThat(revoke).hasCount(1);
        revoke.click();
        page.locator("#revoke-reason textarea").fill("Issued to the wrong person");
        shot(page, "34-admin-revokes");
        page.locator("#revoke-confirm").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Certificate revoked");
        page.context().close();

        visitor.reload();
        assertThat(visitor.locator("#verification-status")).containsText("Revoked certificate");
        assertThat(visitor.locator("body")).not().containsText("Issued to the wrong person");
        shot(visitor, "35-verify-revoked");
        visitor.context().close();
    }
}
