package com.certdesk.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API tokens page at desktop and phone width in a real browser, and the token it shows once used over real HTTP
 * (the JDK client against the running server): a rating is stored, the page then shows when the token was last used,
 * and a body of unknown length (chunked) over the size limit is refused with 413.
 */
class ApiTokensScreensIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void admin_creates_a_token_copies_it_once_and_a_helpdesk_sends_ratings_with_it(int width) throws Exception {
        String w = "-" + width;
        String admin = fixtures.user("tokens-screens-admin", null, Roles.ADMIN);
        String agent = Fixtures.unique("zd-screens");
        fixtures.agentWithExternalId("tokens-screens-agent", fixtures.team("Screens team"), agent);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = newPage(width, 860);
        try {
            submitSignIn(page, admin, Fixtures.PASSWORD);
            assertThat(page.locator("#sign-out")).isVisible();
            page.navigate(url("admin/api-tokens"));
            assertThat(page.locator("#new-api-token")).isVisible();
            page.locator("#new-api-token").click();
            page.locator("#api-token-name input").fill("Zendesk production " + width);
            page.waitForTimeout(800); // the dialog's opening animation
            shot(page, "api-token-new" + w);
            page.locator("#create-api-token").click();
            assertThat(page.locator("#api-token-secret")).hasText(java.util.regex.Pattern.compile("cdk_[0-9a-f]{16}_.{43}"));
            assertThat(page.locator("#copy-api-token")).isVisible();
            assertThat(page.locator("#api-token-shown-once")).containsText("only time");
            page.waitForTimeout(800); // the dialog's opening animation
            shot(page, "api-token-secret-once" + w);
            String secret = page.locator("#api-token-secret").textContent().strip();
            page.locator("#api-token-secret-done").click();
            assertThat(page.locator("#api-token-secret")).hasCount(0);

            String rating = """
                    {"source_system": "zendesk", "source_record_id": "%s", "metric": "CSAT_BINARY",
                     "scale_min": 0, "scale_max": 1, "source_score_raw": "good", "score": 1,
                     "responded_at": "2026-11-30T14:05:00+01:00", "agent_id": "%s", "channel": "email"}"""
                    .formatted(Fixtures.unique("zd-rating"), agent);
            HttpResponse<String> stored = http.send(HttpRequest.newBuilder(URI.create(url("api/v1/feedback")))
                    .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(rating)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
            assertThat(stored.body()).contains("\"imported\":1", "\"duplicates\":0");
            assertThat(stored.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();

            if (width == 1280) {
                // 3 MB sent chunked, without a length: refused once it passes 2 MB, the rest swallowed by Tomcat
                byte[] chunk = ("{\"comment\": \"" + "x".repeat(8000) + "\"},").getBytes(StandardCharsets.UTF_8);
                HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create(url("api/v1/feedback")))
                        .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless(chunk, 3 * 1024 * 1024)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
                assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(tooLarge.body()).contains("2 MB");
            }

            page.reload();
            assertThat(page.locator("#api-tokens-grid vaadin-grid-cell-content",
                    new Page.LocatorOptions().setHasText("Zendesk production " + width)).first()).isVisible();
            assertThat(page.locator("#api-tokens-grid vaadin-badge", new Page.LocatorOptions().setHasText("Active"))
                    .first()).isVisible();
            shot(page, "api-tokens" + w);
            assertHeadersAlignWithCells(page, "#api-tokens-grid");

            page.locator("#api-tokens-grid vaadin-button", new Page.LocatorOptions().setHasText("Revoke")).first()
                    .click();
            assertThat(page.getByText("Requests signed with this token are refused")).isVisible();
            page.waitForTimeout(800); // the dialog's opening animation
            shot(page, "api-token-revoke" + w);
            page.locator("vaadin-confirm-dialog vaadin-button[slot=confirm-button]").click();
            // the notice comes with the server's answer: the token is revoked by then (an earlier run's revoked
            // token may already show a Revoked badge, so the badge alone proves nothing)
            assertThat(page.getByText("\"Zendesk production " + width + "\" revoked.")).isVisible();
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url("api/v1/feedback")))
                    .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(rating)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
        } catch (AssertionError | RuntimeException e) {
            shot(page, "api-tokens-FAILED" + w);
            throw e;
        } finally {
            page.context().close();
        }
    }

    private static InputStream endless(byte[] chunk, int size) {
        byte[] body = new byte[size];
        body[0] = '[';
        for (int i = 1; i < size; i++) {
            body[i] = chunk[(i - 1) % chunk.length];
        }
        return new SequenceInputStream(new ByteArrayInputStream(body), InputStream.nullInputStream());
    }
}
