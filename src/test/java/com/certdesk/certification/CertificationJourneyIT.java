package com.certdesk.certification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.security.Roles;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The certification journey in Chromium: the manager assigns a program to the team with a due date, the agent
 * completes it and downloads the certificate, the public verification page says valid, an administrator revokes
 * it and the page says revoked. Screenshots go to {@code target/screenshots/30-*}.
 */
class CertificationJourneyIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;

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
        Page page = signedInPage(manager);
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
        page = signedInPage(agent);
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
        page.locator("#next-to-quiz").click();
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
        Page visitor = newPage(420, 860);
        visitor.navigate(url("verify/" + code.replace("-", "")));
        assertThat(visitor.locator("#verification-status")).containsText("Valid certificate");
        assertThat(visitor.locator("dl")).containsText("Test " + agent);
        assertThat(visitor.locator("dl")).containsText(program.name());
        shot(visitor, "33-verify-valid");

        // an administrator revokes it with a reason
        page = signedInPage(admin);
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
