package com.certdesk.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.feedback.ZendeskTestServer.Answer;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator connects Zendesk (a local server here) in a real browser, syncs, and sees the counts and the
 * agents Certdesk does not know, at desktop and phone width.
 */
class ZendeskConnectorIT extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired UserAdminService users;
    @Autowired ConfigurableEnvironment environment;
    @Autowired JdbcTemplate jdbc;

    @Test
    void admin_connects_zendesk_syncs_and_sees_what_came_in() throws Exception {
        long known = ZendeskTestServer.uniqueId();
        SystemAuthentication.runAsSystem(() -> users.create(new UserDraft("zdit" + known, "Ana Agent",
                "zdit" + known + "@example.test", Set.of(Roles.AGENT), null, null, String.valueOf(known), true),
                Fixtures.PASSWORD));
        List<String> ratings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ratings.add(ZendeskTestServer.rating(ZendeskTestServer.uniqueId(), known, i % 3 == 0 ? "bad" : "good",
                    "2025-06-0" + (i + 1) + "T10:00:00Z", "Thanks"));
        }
        ratings.add(ZendeskTestServer.rating(ZendeskTestServer.uniqueId(), known, "offered", "2025-06-08T10:00:00Z",
                ""));
        ratings.add(ZendeskTestServer.rating(ZendeskTestServer.uniqueId(), 424242, "good", "2025-06-09T10:00:00Z", ""));
        ratings.add(ZendeskTestServer.rating(ZendeskTestServer.uniqueId(), 535353, "bad", "2025-06-09T11:00:00Z", ""));
        try (ZendeskTestServer server = new ZendeskTestServer()) {
            server.pointAt(environment);
            server.answer(r -> r.query().containsKey("page[after]")
                    ? Answer.json(ZendeskTestServer.page(ratings.subList(5, ratings.size()), null, null))
                    : Answer.json(ZendeskTestServer.page(ratings.subList(0, 5), "next5", null)));
            String admin = fixtures.user("zd-it-admin", null, Roles.ADMIN);

            Page page = signedInPage(admin);
            page.navigate(url("admin/feedback/zendesk"));
            assertThat(page.locator("#zendesk-token-state")).containsText("No token saved yet");
            shot(page, "zendesk-empty-1280");
            page.setViewportSize(390, 1400);
            shot(page, "zendesk-empty-390");
            page.setViewportSize(1280, 900);
            page.locator("#zendesk-subdomain input").fill("acme-support");
            page.locator("#zendesk-email input").fill("admin@acme-support.test");
            page.locator("#zendesk-token input").fill("zIT0kenValue123");
            page.locator("#zendesk-enabled input").check();
            page.locator("#zendesk-save").click();
            assertThat(page.locator("#zendesk-token-state")).containsText("Token saved");
            page.locator("#zendesk-sync-now").click();
            assertThat(page.locator("#zendesk-status")).hasText("Up to date");
            assertThat(page.locator("#zendesk-counts")).containsText("New ratings");
            assertThat(page.locator("#zendesk-unknown-agents")).containsText("424242");
            assertThat(page.locator("#zendesk-token input")).hasValue("");
            assertThat(page.locator("#zendesk-facts")).not().containsText("off");  // the automatic sync is on
            org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("zIT0kenValue123");
            page.setViewportSize(1280, 1500);
            shot(page, "zendesk-synced-1280");

            page.setViewportSize(390, 2300);
            page.navigate(url("admin/feedback/zendesk"));
            assertThat(page.locator("#zendesk-status")).hasText("Up to date");
            shot(page, "zendesk-synced-390");
            page.locator("#zendesk-token input").fill("");
            page.locator("#zendesk-subdomain input").fill("Acme Support");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save connection")).click();
            assertThat(page.locator("#zendesk-form-error")).containsText("NAME in https://NAME.zendesk.com");
            shot(page, "zendesk-error-390");

            // a page whose ratings a file import holds (ADR 008): the sync waits and says the next one goes on
            jdbc.update("update zendesk_sync_state set last_status = 'WAITING', last_message = ? where id = 1",
                    "A file import is storing some of the ratings of page 2 right now; the next sync continues with "
                    + "page 2.");
            page.navigate(url("admin/feedback/zendesk"));
            assertThat(page.locator("#zendesk-status")).hasText("Waiting for a file import");
            assertThat(page.locator("#zendesk-message")).containsText("the next sync continues with page 2");
            shot(page, "zendesk-waiting-390");
            page.setViewportSize(1280, 1500);
            page.navigate(url("admin/feedback/zendesk"));
            assertThat(page.locator("#zendesk-status")).hasText("Waiting for a file import");
            shot(page, "zendesk-waiting-1280");
        } finally {
            jdbc.update("update zendesk_sync_state set last_status = 'OK', last_message = null where id = 1");
            ZendeskTestServer.unpoint(environment);
        }
    }
}
