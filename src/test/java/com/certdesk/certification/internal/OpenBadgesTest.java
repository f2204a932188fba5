package com.certdesk.certification.internal;

import com.certdesk.base.PublicAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenBadgesTest {

    private static final String BASE = "http://localhost:8080";
    private static final String CODE = "7K3Q9ZD2ABCDEFGH0123";
    private static final long PROGRAM = 42;
    private static final String EMAIL = "zoe.berg@example.com";
    private static final String SALT = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    /** sha256("zoe.berg@example.com" + SALT), computed outside Java. */
    private static final String EXPECTED_IDENTITY =
            "sha256$611086fd4f8027626f4a487819dd53c17faece3c66c38ef9b3d5c958e75fa9db";
    private static final Instant ISSUED = Instant.parse("2026-11-22T09:30:15.123456789Z");
    private static final Instant EXPIRES = Instant.parse("2027-11-22T09:30:15Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private final OpenBadges badges = new OpenBadges(new PublicAddress(BASE), json);

    @Test
    void the_issuer_profile_has_what_the_spec_requires_of_an_issuer() {
        JsonNode issuer = parse(badges.issuer("Northwind Customer Care", "https://northwind.example", "qa@northwind.example"));
        assertThat(issuer.path("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(issuer.path("type").asString()).isEqualTo("Issuer");
        assertThat(issuer.path("id").asString()).isEqualTo(BASE + "/badges/issuer");
        assertThat(issuer.path("name").asString()).isEqualTo("Northwind Customer Care");
        assertThat(issuer.path("url").asString()).isEqualTo("https://northwind.example");
        assertThat(issuer.path("email").asString()).isEqualTo("qa@northwind.example");
    }

    @Test
    void the_badge_class_has_every_required_property() {
        JsonNode badge = parse(badges.badgeClass(PROGRAM, "Handling Billing Disputes", "Resolves disputes.",
                "Pass every module quiz."));
        assertThat(badge.path("@context").asString()).isEqualTo(OpenBadges.CONTEXT);
        assertThat(badge.path("type").asString()).isEqualTo("BadgeClass");
        assertThat(badge.path("id").asString()).isEqualTo(BASE + "/badges/programs/42");
        assertThat(badge.path("name").asString()).isEqualTo("Handling Billing Disputes");
        assertThat(badge.path("description").asString()).isEqualTo("Resolves disputes.");
        assertThat(badge.path("image").asString()).isEqualTo(BASE + "/badges/programs/42/image.png");
        assertThat(badge.path("criteria").path("narrative").asString()).isEqualTo("Pass every module quiz.");
        assertThat(badge.path("issuer").asString()).isNotBlank();
    }

    @Test
    void the_badge_class_points_at_the_issuer_profile() {
        JsonNode badge = parse(badges.badgeClass(PROGRAM, "n", "d", "c"));
        JsonNode issuer = parse(badges.issuer("n", "https://n.example", "e@n.example"));
        assertThat(badge.path("issuer").asString()).isEqualTo(issuer.path("id").asString());
    }

    @Test
    void a_badge_class_without_criteria_text_still_says_what_it_takes() {
        JsonNode badge = parse(badges.badgeClass(PROGRAM, "n", "Resolves disputes.", "  "));
        assertThat(badge.path("criteria").path("narrative").asString()).isEqualTo("Resolves disputes.");
    }

    @Test
    void the_assertion_has_every_required_property_for_hosted_verification() {
        JsonNode assertion = parse(badges.assertion(CODE, PROGRAM, EMAIL, SALT, ISSUED, EXPIRES));
        assertThat(assertion.path("@context").asString()).isEqualTo(OpenBadges.CONTEXT);
        assertThat(assertion.path("type").asString()).isEqualTo("Assertion");
        assertThat(assertion.path("id").asString()).isEqualTo(BASE + "/badges/assertions/" + CODE);
        JsonNode recipient = assertion.path("recipient");
        assertThat(recipient.path("type").asString()).isEqualTo("email");
        assertThat(recipient.path("hashed").isBoolean()).isTrue();
        assertThat(recipient.path("hashed").asBoolean()).isTrue();
        assertThat(recipient.path("salt").asString()).isEqualTo(SALT);
        assertThat(recipient.path("identity").asString()).startsWith("sha256$");
        assertThat(assertion.path("verification").path("type").asString()).isEqualTo("hosted");
        assertThat(assertion.path("issuedOn").isString()).isTrue();
    }

    @Test
    void the_assertion_awards_the_programs_badge_class() {
        JsonNode assertion = parse(badges.assertion(CODE, PROGRAM, EMAIL, SALT, ISSUED, null));
        JsonNode badge = parse(badges.badgeClass(PROGRAM, "n", "d", "c"));
        assertThat(assertion.path("badge").asString()).isEqualTo(badge.path("id").asString());
    }

    @Test
    void the_recipient_is_a_salted_sha256_of_the_email_address() throws Exception {
        JsonNode assertion = parse(badges.assertion(CODE, PROGRAM, EMAIL, SALT, ISSUED, null));
        String identity = assertion.path("recipient").path("identity").asString();
        assertThat(identity).isEqualTo(EXPECTED_IDENTITY);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest((EMAIL + SALT).getBytes(StandardCharsets.UTF_8));
        assertThat(identity).isEqualTo("sha256$" + HexFormat.of().formatHex(digest));
        assertThat(assertion.toString()).doesNotContain(EMAIL);
    }

    @Test
    void an_address_typed_in_capitals_hashes_like_the_lowercase_one() {
        JsonNode assertion = parse(badges.assertion(CODE, PROGRAM, " Zoe.Berg@Example.COM ", SALT, ISSUED, null));
        assertThat(assertion.path("recipient").path("identity").asString()).isEqualTo(EXPECTED_IDENTITY);
    }

    @Test
    void dates_are_iso_8601_in_utc_to_the_second() {
        JsonNode assertion = parse(badges.assertion(CODE, PROGRAM, EMAIL, SALT, ISSUED, EXPIRES));
        String issuedOn = assertion.path("issuedOn").asString();
        assertThat(issuedOn).isEqualTo("2026-11-22T09:30:15Z")
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(Instant.parse(issuedOn)).isEqualTo(Instant.parse("2026-11-22T09:30:15Z"));
        assertThat(assertion.path("expires").asString()).isEqualTo("2027-11-22T09:30:15Z");
    }

    @Test
    void a_certificate_without_expiry_has_no_expires_property() {
        JsonNode assertion = parse(badges.assertion(CODE, PROGRAM, EMAIL, SALT, ISSUED, null));
        assertThat(assertion.has("expires")).isFalse();
        assertThat(assertion.has("issuedOn")).isTrue();
    }

    @Test
    void every_id_is_an_http_url_on_the_issuers_origin() {
        List<String> ids = List.of(
                parse(badges.issuer("n", "https://n.example", "e@n.example")).path("id").asString(),
                parse(badges.badgeClass(PROGRAM, "n", "d", "c")).path("id").asString(),
                parse(badges.badgeClass(PROGRAM, "n", "d", "c")).path("image").asString(),
                parse(badges.assertion(CODE, PROGRAM, EMAIL, SALT, ISSUED, null)).path("id").asString(),
                parse(badges.revokedAssertion(CODE, "r")).path("id").asString());
        for (String id : ids) {
            URI uri = URI.create(id);
            assertThat(uri.getScheme()).as(id).isEqualTo("http");
            assertThat(uri.getHost() + ":" + uri.getPort()).as(id).isEqualTo("localhost:8080");
            assertThat(id).startsWith(BASE + "/badges/");
        }
    }

    @Test
    void a_revoked_assertion_says_so_and_why_and_nothing_else() {
        JsonNode revoked = parse(badges.revokedAssertion(CODE, "Issued in error"));
        assertThat(revoked.path("@context").asString()).isEqualTo(OpenBadges.CONTEXT);
        assertThat(revoked.path("id").asString()).isEqualTo(BASE + "/badges/assertions/" + CODE);
        assertThat(revoked.path("revoked").isBoolean()).isTrue();
        assertThat(revoked.path("revoked").asBoolean()).isTrue();
        assertThat(revoked.path("revocationReason").asString()).isEqualTo("Issued in error");
        assertThat(revoked.has("recipient")).isFalse();
    }

    @Test
    void only_canonical_codes_become_assertion_urls() {
        assertThatThrownBy(() -> badges.assertion("7K3Q-9ZD2-ABCD-EFGH-0123", PROGRAM, EMAIL, SALT, ISSUED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> badges.revokedAssertion("../issuer", "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_base_url_with_a_trailing_slash_gives_the_same_ids() {
        OpenBadges slashed = new OpenBadges(new PublicAddress(BASE + "/"), json);
        assertThat(slashed.issuerUrl()).isEqualTo(BASE + "/badges/issuer");
        assertThat(slashed.badgeClassUrl(PROGRAM)).isEqualTo(badges.badgeClassUrl(PROGRAM));
    }

    @Test
    void every_salt_is_new_and_hex() {
        SecureRandom random = new SecureRandom();
        Set<String> salts = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String salt = OpenBadges.newSalt(random);
            assertThat(salt).matches("[0-9a-f]{32}");
            salts.add(salt);
        }
        assertThat(salts).hasSize(1_000);
    }

    @Test
    void the_badge_image_is_a_256_pixel_png_with_a_transparent_background() throws Exception {
        byte[] png = badges.badgeImage("Handling Billing Disputes");
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(image.getRGB(128, 20) >>> 24).as("rosette alpha").isEqualTo(255);
    }

    @Test
    void each_program_gets_its_own_initials_on_the_badge() throws Exception {
        BufferedImage billing = ImageIO.read(new ByteArrayInputStream(badges.badgeImage("Handling Billing Disputes")));
        BufferedImage phone = ImageIO.read(new ByteArrayInputStream(badges.badgeImage("Phone Etiquette")));
        int differing = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                if (billing.getRGB(x, y) != phone.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isGreaterThan(500);
    }

    @Test
    void initials_skip_small_words_and_stop_at_three() {
        assertThat(OpenBadges.initials("Handling Billing Disputes")).isEqualTo("HBD");
        assertThat(OpenBadges.initials("Art of the Apology")).isEqualTo("AA");
        assertThat(OpenBadges.initials("Tier 2: chat, e-mail and phone support")).isEqualTo("T2C");
        assertThat(OpenBadges.initials("ørsted onboarding")).isEqualTo("ØO");
        assertThat(OpenBadges.initials("  ")).isEmpty();
    }

    private JsonNode parse(String text) {
        return json.readTree(text);
    }
}
