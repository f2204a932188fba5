package com.certdesk.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.catalog.LearningService;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.people.UserSummary;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sessions of the same user, in real browsers and plain HTTP clients against the running server: an administrator's
 * change ends all of them at their next request; and the sign-in form needs the sign-in page's CSRF token.
 */
class SessionsAndSignInIT extends BrowserTest {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]+)\"");

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    CertificateService certificates;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    LearningService learning;

    /** One HTTP client with its own cookies: one session. */
    final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postLogin(String form, String origin) throws Exception {
            var request = HttpRequest.newBuilder(URI.create(url("login")))
                    .header("Content-Type", "application/x-www-form-urlencoded");
            if (origin != null) {
                request.header("Origin", origin);
            }
            return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in as the sign-in page does: with the CSRF token from the page's meta tags. */
        Client signIn(String username) throws Exception {
            String page = get("login").body();
            String parameter = null;
            String token = null;
            Matcher m = META.matcher(page);
            while (m.find()) {
                if (m.group(1).equals("_csrf_parameter")) {
                    parameter = m.group(2);
                } else {
                    token = m.group(2);
                }
            }
            assertThat(parameter).as("the sign-in page names the CSRF parameter").isNotNull();
            assertThat(token).as("the sign-in page carries a CSRF token").isNotNull();
            HttpResponse<String> response = postLogin(form(username, Fixtures.PASSWORD) + "&" + parameter + "="
                    + URLEncoder.encode(token, StandardCharsets.UTF_8), null);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("login");
            return this;
        }
    }

    private static String form(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
    }

    private long certificateOf(String agent, String title) {
        long module = certs.moduleWithQuiz(title);
        certs.program(title + " program", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        return SystemAuthentication.callAsSystem(() -> certificates.of(fixtures.userId(agent))).getFirst().id();
    }

    private void setRoles(long userId, String... roles) {
        SystemAuthentication.runAsSystem(() -> {
            UserSummary u = userAdmin.get(userId);
            userAdmin.update(userId, u.version(), new UserDraft(u.username(), u.displayName(), u.email(), Set.of(roles), u.teamId(),
                    u.hireDate(), u.externalId(), u.active()));
        });
    }

    private static Locator certificationItem(Page page) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Certification"));
    }

    @Test
    void sign_in_posted_without_the_sign_in_pages_token_signs_nobody_in() throws Exception {
        String agent = fixtures.user("csrf", null, Roles.AGENT);
        long certificate = certificateOf(agent, "Csrf cert");

        for (String origin : new String[] {null, "https://attacker.example"}) {
            var victim = new Client();
            victim.get("login");
            HttpResponse<String> forged = victim.postLogin(form(agent, Fixtures.PASSWORD), origin);

            assertThat(forged.statusCode()).as("from %s", origin).isEqualTo(302);
            assertThat(forged.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
            assertSentToSignIn(victim.get("certificates/" + certificate + "/certificate.pdf"));
        }

        var signedIn = new Client().signIn(agent);
        assertThat(signedIn.get("certificates/" + certificate + "/certificate.pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void the_sign_in_page_explains_a_refused_sign_in_without_a_token() {
        Page page = newPage(1280, 900);
        page.navigate(url("login?expired"));
        assertThat(page.locator("vaadin-login-form")).containsText("This sign-in page had expired");
        shot(page, "login-expired-1280");
        Page phone = newPage(390, 844);
        phone.navigate(url("login?expired"));
        assertThat(phone.locator("vaadin-login-form")).containsText("This sign-in page had expired");
        shot(phone, "login-expired-390");
    }

    @Test
    void deactivation_ends_every_session_of_the_user_so_neither_can_download_or_mark_a_lesson_done() throws Exception {
        String agent = fixtures.user("leaving", null, Roles.AGENT);
        long id = fixtures.userId(agent);
        long certificate = certificateOf(agent, "Leaver cert");
        long module = fixtures.publishedModule("Still open", 2);
        long lesson = fixtures.lessonIds(module).getFirst();
        String lessonPath = "modules/" + module + "/lessons/" + lesson;

        Page first = signedInPage(agent);
        Page second = signedInPage(agent);
        first.navigate(url(lessonPath));
        second.navigate(url(lessonPath));
        assertThat(first.locator("#mark-done")).isVisible();
        assertThat(second.locator("#mark-done")).isVisible();
        var download = new Client().signIn(agent);
        var otherDownload = new Client().signIn(agent);
        assertThat(download.get("certificates/" + certificate + "/certificate.pdf").statusCode()).isEqualTo(200);

        SystemAuthentication.runAsSystem(() -> userAdmin.setActive(id, false));

        // a Vaadin request of a session that has ended: Vaadin's client is told its session expired, reloads, and
        // the reload is sent to the sign-in page
        first.locator("#mark-done").click();
        assertThat(first.locator("input[name=username]")).isVisible();
        second.locator("vaadin-side-nav-item").first().click();
        assertThat(second.locator("input[name=username]")).isVisible();
        shot(second, "session-ended-on-deactivation");
        assertSentToSignIn(download.get("certificates/" + certificate + "/certificate.pdf"));
        assertSentToSignIn(otherDownload.get("certificates/" + certificate + "/certificate.pdf"));

        SystemAuthentication.runAsSystem(() -> userAdmin.setActive(id, true));
        assertThat(SystemAuthentication.callAsSystem(() -> learning.progressOf(id)).stream()
                .filter(m -> m.module().id() == module).findFirst().orElseThrow().progress().doneLessons())
                .as("the click after deactivation marked nothing done").isZero();
    }

    @Test
    void removing_a_role_ends_the_open_sessions_that_used_it() throws Exception {
        long team = fixtures.team("Other team");
        String agent = fixtures.user("other-team-agent", team, Roles.AGENT);
        long certificate = certificateOf(agent, "Other team cert");
        String hr = fixtures.user("hr-demoted", null, Roles.HR, Roles.AGENT);
        long hrId = fixtures.userId(hr);

        Page matrix = signedInPage(hr);
        matrix.navigate(url("certification"));
        matrix.locator("vaadin-side-nav-item").first().waitFor();
        assertThat(matrix).hasTitle("Certification");
        assertThat(certificationItem(matrix).first()).isAttached();
        var one = new Client().signIn(hr);
        var two = new Client().signIn(hr);
        assertThat(one.get("certificates/" + certificate + "/certificate.pdf").statusCode()).isEqualTo(200);
        assertThat(two.get("certificates/" + certificate + "/certificate.pdf").statusCode()).isEqualTo(200);

        setRoles(hrId, Roles.AGENT);

        assertSentToSignIn(one.get("certificates/" + certificate + "/certificate.pdf"));
        assertSentToSignIn(two.get("certificates/" + certificate + "/certificate.pdf"));
        matrix.locator("vaadin-side-nav-item").first().click();
        assertThat(matrix.locator("input[name=username]")).isVisible();

        // signed in again, the user has only what their roles now allow
        var again = new Client().signIn(hr);
        assertThat(again.get("certificates/" + certificate + "/certificate.pdf").statusCode()).isEqualTo(404);
        submitSignIn(matrix, hr, Fixtures.PASSWORD);
        matrix.locator("vaadin-side-nav-item").first().waitFor();
        assertThat(certificationItem(matrix)).hasCount(0);
    }

    @Test
    void changing_the_own_password_keeps_this_session_and_ends_the_other_one() {
        String agent = fixtures.user("own-change", null, Roles.AGENT);
        Page here = signedInPage(agent);
        Page elsewhere = signedInPage(agent);
        here.navigate(url("account"));

        here.locator("#current-password input").fill(Fixtures.PASSWORD);
        here.locator("#new-password input").fill("a-much-better-one");
        here.locator("#repeat-password input").fill("a-much-better-one");
        here.locator("#change-password").click();
        assertThat(here.locator("vaadin-notification-card")).containsText("Your password has been changed.");

        here.locator("vaadin-side-nav-item").first().click();
        assertThat(here.locator("vaadin-side-nav")).isVisible();
        assertThat(here.locator("input[name=username]")).hasCount(0);
        elsewhere.locator("vaadin-side-nav-item").first().click();
        assertThat(elsewhere.locator("input[name=username]")).isVisible();
    }

    @Test
    void too_many_wrong_current_passwords_on_my_account_lock_the_check_with_a_clear_message() {
        String agent = fixtures.user("guessing", null, Roles.AGENT);
        Page wide = signedInPage(agent);
        Page phone = newPage(390, 844);
        submitSignIn(phone, agent, Fixtures.PASSWORD);
        assertThat(phone.locator("vaadin-side-nav")).isAttached();
        wide.navigate(url("account"));
        phone.navigate(url("account"));

        for (int i = 1; i <= 5; i++) {
            tryCurrentPassword(wide, "guess-" + i);
            assertThat(wide.locator("#password-error")).containsText(i < 5 ? "not correct" : "locked for 15 minutes");
        }
        shot(wide, "account-locked-1280");
        tryCurrentPassword(phone, Fixtures.PASSWORD);
        assertThat(phone.locator("#password-error")).containsText("locked for 15 minutes");
        shot(phone, "account-locked-390");
    }

    private static void tryCurrentPassword(Page page, String current) {
        page.locator("#current-password input").fill(current);
        page.locator("#new-password input").fill("a-much-better-one");
        page.locator("#repeat-password input").fill("a-much-better-one");
        page.locator("#change-password").click();
    }
}
