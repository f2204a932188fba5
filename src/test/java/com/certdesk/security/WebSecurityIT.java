package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.CertificationFixtures;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Headers and redirects over real HTTP in production mode: the protections every response carries, the session
 * cookie's attributes, and that a Host or X-Forwarded-Host an attacker sends never ends up in a redirect.
 */
class WebSecurityIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    CertificateService certificates;

    /** A raw HTTP/1.1 exchange, so that Host can be anything (HTTP clients refuse to send a foreign Host). */
    record Raw(int status, Map<String, List<String>> headers) {

        String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? "" : values.getFirst();
        }
    }

    Raw raw(String method, String path, String... headerLines) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            boolean hostGiven = false;
            for (String line : headerLines) {
                request.append(line).append("\r\n");
                hostGiven |= line.toLowerCase(Locale.ROOT).startsWith("host:");
            }
            if (!hostGiven) {
                request.append("Host: localhost:").append(port).append("\r\n");
            }
            request.append(method.equals("POST") ? "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 27\r\n" : "").append("Connection: close\r\n\r\n");
            if (method.equals("POST")) {
                request.append("username=x&password=wrong01");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = in.readLine();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(statusLine.split(" ")[1]), headers);
        }
    }

    static void assertProtected(String what, java.util.function.Function<String, String> header) {
        assertThat(header.apply("x-content-type-options")).as(what + " nosniff").isEqualTo("nosniff");
        assertThat(header.apply("referrer-policy")).as(what + " Referrer-Policy")
                .isEqualTo("strict-origin-when-cross-origin");
        assertThat(header.apply("content-security-policy")).as(what + " CSP")
                .contains("frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                        "default-src 'self'");
    }

    @Test
    void every_response_carries_the_security_headers_vaadin_pages_downloads_and_verify_included() throws Exception {
        Raw login = raw("GET", "/login");
        assertThat(login.status()).isEqualTo(200);
        assertProtected("the sign-in page", login::header);
        Raw verify = raw("GET", "/verify/0000000000000000000Z");
        assertThat(verify.status()).isEqualTo(404);
        assertProtected("the public verification page", verify::header);
        assertProtected("a redirect to sign in", raw("GET", "/admin/users")::header);

        String agent = fixtures.user("headers-agent", null, Roles.AGENT);
        long module = certs.moduleWithQuiz("Headers module");
        certs.program("Headers program", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        CertificateView certificate = SystemAuthentication.callAsSystem(
                () -> certificates.of(fixtures.userId(agent))).getFirst();

        List<String> policyViolations = new CopyOnWriteArrayList<>();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = signedInPage(agent);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                policyViolations.add(m.text());
            }
        });
        Response vaadinPage = page.navigate(url("certificates"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("vaadin-side-nav"))
                .isVisible();
        assertProtected("a Vaadin page", vaadinPage.headers()::get);
        APIResponse pdf = page.context().request().get(url("certificates/" + certificate.id() + "/certificate.pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertProtected("a certificate PDF", pdf.headers()::get);
        page.navigate(url("learning"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("vaadin-side-nav"))
                .isVisible();
        assertThat(policyViolations).as("the policy lets Vaadin run").isEmpty();
        page.context().close();
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        Raw first = raw("GET", "/admin/users");
        String cookie = first.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void a_host_an_attacker_sends_never_ends_up_in_a_redirect() throws Exception {
        for (String path : List.of("/", "/admin/users", "/learning", "/verify?code=7k3q9zd2abcdefgh0123")) {
            for (String[] headers : List.of(new String[] {"Host: evil.example"},
                    new String[] {"Host: evil.example:443", "X-Forwarded-Host: evil.example",
                            "X-Forwarded-Proto: https"},
                    new String[] {"X-Forwarded-Host: evil.example"})) {
                Raw answer = raw("GET", path, headers);
                assertThat(answer.header("location")).as(path + " " + String.join(", ", headers))
                        .doesNotContainIgnoringCase("evil.example");
                if (answer.status() / 100 == 3) {
                    assertThat(answer.header("location")).as(path).startsWith("/");
                }
            }
        }
        Raw signIn = raw("POST", "/login", "Host: evil.example");
        assertThat(signIn.header("location")).doesNotContainIgnoringCase("evil.example");
        assertThat(raw("GET", "/admin/users", "Host: evil.example").status()).as("still sent to sign in")
                .isIn(302, 303);
    }

    @org.junit.jupiter.api.BeforeAll
    static void patientAssertions() {
        // the machine may be busy: wait for Vaadin's pages longer than Playwright's 5 s default
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @Test
    void in_production_with_the_default_address_admins_see_how_to_set_it_and_agents_do_not() {
        String admin = fixtures.user("url-admin", null, Roles.ADMIN);
        Page page = signedInPage(admin);
        page.navigate(url("admin/users"));
        var notices = page.locator("#layout-notices");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(notices).isVisible();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(notices)
                .containsText("certdesk.base-url");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(notices)
                .containsText("http://localhost:8080");
        shot(page, "90-base-url-notice-1280");
        page.setViewportSize(390, 844);
        page.locator("vaadin-drawer-toggle").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(notices).isVisible();
        shot(page, "90-base-url-notice-390");
        page.navigate(url("learning"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("vaadin-side-nav"))
                .isAttached();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(notices).isAttached();
        page.context().close();

        Page agentPage = signedInPage(fixtures.user("url-agent", null, Roles.AGENT));
        agentPage.navigate(url("learning"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(agentPage.locator("vaadin-side-nav"))
                .isVisible();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(agentPage.locator("#layout-notices"))
                .hasCount(0);
        agentPage.context().close();
    }
}
