package com.certdesk.certification.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.Fixtures;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.certification.internal.LookupRateLimiter;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages over real HTTP. An IT (failsafe, like the browser journeys) because it needs a running server,
 * and sharing the journeys' context keeps a second Spring context out of the browserless tests' JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class VerificationPageIT {

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    CertificateService certificates;
    @Autowired
    LookupRateLimiter limiter;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anyone_can_verify_without_signing_in_and_guessing_is_limited() throws Exception {
        String agent = fixtures.user("verified-agent", null, Roles.AGENT);
        long module = certs.moduleWithQuiz("Verify module");
        ProgramSummary program = certs.program("Public check", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        CertificateView certificate = SystemAuthentication.callAsSystem(
                () -> certificates.of(fixtures.userId(agent))).getFirst();

        HttpResponse<String> valid = get("/verify/" + certificate.code());
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).contains("Valid certificate", "Test " + agent, program.name())
                .doesNotContain(agent + "@example.test");

        String typed = CertificateService.formatCode(certificate.code()).toLowerCase().replace('-', ' ');
        HttpResponse<String> redirect = get("/verify?code=" + java.net.URLEncoder.encode(typed, "UTF-8"));
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/verify/" + certificate.code());

        HttpResponse<String> unknown = get("/verify/0000000000000000000Z");
        HttpResponse<String> malformed = get("/verify/" + certificate.code().substring(0, 19));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).as("a near miss looks exactly like an unknown code").isEqualTo(unknown.body());

        SystemAuthentication.runAsSystem(() -> certificates.revoke(certificate.id(), "Issued in error"));
        assertThat(get("/verify/" + certificate.code()).body()).contains("Revoked certificate")
                .doesNotContain("Issued in error");

        limiter.reset("127.0.0.1");
        try {
            for (int i = 0; i < 30; i++) {
                assertThat(get("/verify/0000000000000000000Z").statusCode()).as("look-up %d of 30", i + 1)
                        .isEqualTo(404);
            }
            HttpResponse<String> refused = get("/verify/" + certificate.code());
            assertThat(refused.statusCode()).as("the 31st look-up in a minute waits").isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("Too many look-ups").doesNotContain("Test " + agent);
        } finally {
            limiter.reset("127.0.0.1");
        }
    }

    @Test
    void each_certificate_is_an_open_badge_a_backpack_can_fetch_and_revocation_answers_410() throws Exception {
        String agent = fixtures.user("badge-agent", null, Roles.AGENT);
        long module = certs.moduleWithQuiz("Badge module");
        ProgramSummary program = certs.program("Badged", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        CertificateView certificate = SystemAuthentication.callAsSystem(
                () -> certificates.of(fixtures.userId(agent))).getFirst();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();

        HttpResponse<String> assertion = get("/badges/assertions/" + certificate.code());
        assertThat(assertion.statusCode()).isEqualTo(200);
        assertThat(assertion.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        var doc = json.readTree(assertion.body());
        assertThat(doc.get("type").asString()).isEqualTo("Assertion");
        assertThat(doc.get("recipient").get("hashed").asBoolean()).isTrue();
        assertThat(assertion.body()).doesNotContain("@example.test");
        String badgeUrl = doc.get("badge").asString();
        assertThat(badgeUrl).endsWith("/badges/programs/" + program.id());

        var badgeClass = json.readTree(get("/badges/programs/" + program.id()).body());
        assertThat(badgeClass.get("name").asString()).isEqualTo(program.name());
        assertThat(get("/badges/issuer").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/badges/programs/" + program.id() + "/image.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.body())).getWidth())
                .isEqualTo(256);
        assertThat(get("/badges/assertions/nope").statusCode()).isEqualTo(404);
        assertThat(get("/badges/programs/999999999").statusCode()).isEqualTo(404);

        SystemAuthentication.runAsSystem(() -> certificates.revoke(certificate.id(), "Copied answers"));
        HttpResponse<String> revoked = get("/badges/assertions/" + certificate.code());
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertThat(json.readTree(revoked.body()).get("revoked").asBoolean()).isTrue();
        assertThat(revoked.body()).doesNotContain("Copied answers");
    }

    @Test
    void verification_and_open_badges_share_one_look_up_limit_per_address() throws Exception {
        String agent = fixtures.user("shared-limit-agent", null, Roles.AGENT);
        long module = certs.moduleWithQuiz("Shared limit module");
        certs.program("Shared limit", 12, 30, null, module);
        certs.learnAndPass(agent, module, 2);
        CertificateView certificate = SystemAuthentication.callAsSystem(
                () -> certificates.of(fixtures.userId(agent))).getFirst();
        limiter.reset("127.0.0.1");
        try {
            for (int i = 0; i < 30; i++) {
                String path = i % 2 == 0 ? "/badges/assertions/0000000000000000000Z" : "/verify/0000000000000000000Z";
                assertThat(get(path).statusCode()).as("look-up %d of 30: %s", i + 1, path).isEqualTo(404);
            }
            HttpResponse<String> badge = get("/badges/assertions/" + certificate.code());
            assertThat(badge.statusCode()).as("the 31st look-up in a minute, an Open Badge, waits").isEqualTo(429);
            assertThat(badge.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
            assertThat(badge.body()).doesNotContain(agent).doesNotContain("Assertion");
            assertThat(get("/verify/" + certificate.code()).statusCode()).isEqualTo(429);
        } finally {
            limiter.reset("127.0.0.1");
        }
        assertThat(get("/badges/assertions/" + certificate.code()).statusCode()).isEqualTo(200);
    }

    /** Status of a raw HTTP/1.1 GET, so that the path can be anything a client might send. */
    int rawStatus(String path) throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            return Integer.parseInt(in.readLine().split(" ")[1]);
        }
    }

    @Test
    void a_malformed_verification_address_is_a_plain_client_error_without_an_error_in_the_log(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        limiter.reset("127.0.0.1");
        try {
            for (String path : java.util.List.of("/verify/%ZZ", "/verify/%", "/verify/" + "A".repeat(4000),
                    "/verify/%00", "/verify/a%2Fb", "/verify/..%2F..%2Fetc%2Fpasswd", "/verify/%2e%2e",
                    "/verify/;jsessionid=1", "/verify/x;y", "/verify/%C0%AF", "/verify/%F0%9F%98%80",
                    "/verify/<script>alert(1)</script>", "/verify/a%25b", "/verify//x", "/verify/%5C",
                    "/verify?code=%ZZ", "/verify?code=" + "9".repeat(5000), "/verify?code=%00%0A",
                    "/badges/assertions/%ZZ", "/badges/assertions/" + "B".repeat(4000))) {
                int status = rawStatus(path);
                assertThat(status).as(path).isIn(400, 404);
            }
        } finally {
            limiter.reset("127.0.0.1");
        }
        Thread.sleep(200);
        // Tomcat itself refuses a request line with raw '<' at INFO level, once; nothing may be an ERROR
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")).toList()).as("errors logged")
                .isEmpty();
    }

    @Test
    void a_certificate_pdf_needs_a_signed_in_user() throws Exception {
        HttpResponse<String> anonymous = get("/certificates/1/certificate.pdf");
        assertThat(anonymous.statusCode()).isIn(302, 401, 403);
    }
}
