package com.certdesk.certification.internal;

import com.certdesk.base.PublicAddress;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open Badges 2.0 documents for hosted verification: the issuer Profile, one BadgeClass per program, one Assertion
 * per certificate, and the badge image. Every document is JSON-LD with the {@value #CONTEXT} context and an HTTP
 * {@code id} at which the application must serve it; all of them share the base URL's origin, which is what a
 * verifier requires of a hosted Assertion when the issuer declares no other verification scope.
 *
 * <p>URLs, stable once published: issuer {@code {base}/badges/issuer}, badge class
 * {@code {base}/badges/programs/{programId}}, its image {@code {base}/badges/programs/{programId}/image.png}, and
 * assertion {@code {base}/badges/assertions/{canonicalCode}}. Serve the JSON as {@value #MEDIA_TYPE} (or
 * {@code application/json} when that is all the request accepts).
 *
 * <p>The recipient is identified by a salted SHA-256 of the e-mail address in lowercase, so the address itself is
 * never published; verifiers hash the address a recipient presents and compare.
 */
public final class OpenBadges {

    /** The JSON-LD context of Open Badges 2.0. */
    public static final String CONTEXT = "https://w3id.org/openbadges/v2";

    /** The content type for badge documents. */
    public static final String MEDIA_TYPE = "application/ld+json";

    /** Width and height of {@link #badgeImage}, in pixels. */
    public static final int IMAGE_SIZE = 256;

    static final String ISSUER_PATH = "/badges/issuer";
    static final String PROGRAMS_PATH = "/badges/programs/";
    static final String IMAGE_FILE = "/image.png";
    static final String ASSERTIONS_PATH = "/badges/assertions/";

    private static final String CONTEXT_KEY = "@context";
    private static final String HASH_PREFIX = "sha256$";
    private static final String HASH_ALGORITHM = "SHA-256";
    private static final int SALT_BYTES = 16;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "for", "in", "of", "on", "the", "to");
    private static final int MAX_INITIALS = 3;
    private static final float INITIALS_WEIGHT = 3.5f;

    /** Liberation Sans, shipped inside OpenPDF: the same letters on every machine, with or without system fonts. */
    private static final String BADGE_FONT = "/font-fallback/LiberationSans-Regular.ttf";

    private static final Color GOLD = new Color(0xC2, 0x9A, 0x48);
    private static final Color GOLD_DARK = new Color(0x9A, 0x74, 0x2C);
    private static final Color NAVY = new Color(0x1F, 0x35, 0x5E);

    private final String baseUrl;
    private final ObjectMapper json;

    /** @param address the application's public address, already normalised and checked by its owner */
    public OpenBadges(PublicAddress address, ObjectMapper json) {
        this.baseUrl = address.baseUrl();
        this.json = json;
    }

    /** Where the issuer Profile is served. */
    public String issuerUrl() {
        return baseUrl + ISSUER_PATH;
    }

    /** Where a program's BadgeClass is served. */
    public String badgeClassUrl(long programId) {
        return baseUrl + PROGRAMS_PATH + programId;
    }

    /** Where a program's badge image is served. */
    public String badgeImageUrl(long programId) {
        return badgeClassUrl(programId) + IMAGE_FILE;
    }

    /** Where a certificate's Assertion is served. */
    public String assertionUrl(String canonicalCode) {
        if (!VerificationCode.isCanonical(canonicalCode)) {
            throw new IllegalArgumentException("not a canonical verification code");
        }
        return baseUrl + ASSERTIONS_PATH + canonicalCode;
    }

    /** The issuer Profile; {@code email} is required of an issuer by the 2.0 specification. */
    public String issuer(String name, String url, String email) {
        ObjectNode profile = document("Issuer", issuerUrl());
        profile.put("name", name);
        profile.put("url", url);
        profile.put("email", email);
        return json.writeValueAsString(profile);
    }

    /**
     * The BadgeClass of a program, with its criteria embedded as a narrative (plain text or Markdown). A blank
     * narrative is replaced by the description, since the criteria must say something.
     */
    public String badgeClass(long programId, String name, String description, String criteriaNarrative) {
        ObjectNode badge = document("BadgeClass", badgeClassUrl(programId));
        badge.put("name", name);
        badge.put("description", description);
        badge.put("image", badgeImageUrl(programId));
        badge.putObject("criteria").put("narrative", criteriaNarrative.isBlank() ? description : criteriaNarrative);
        badge.put("issuer", issuerUrl());
        return json.writeValueAsString(badge);
    }

    /**
     * The hosted Assertion of a certificate.
     *
     * @param salt kept with the certificate, so that the hash stays the same every time the assertion is served;
     *         see {@link #newSalt}
     * @param expires when the certificate stops being valid, or null when it does not expire
     * @throws IllegalArgumentException when {@code canonicalCode} is not a canonical verification code
     */
    public String assertion(String canonicalCode, long programId, String recipientEmail, String salt,
            Instant issuedOn, @Nullable Instant expires) {
        ObjectNode assertion = document("Assertion", assertionUrl(canonicalCode));
        ObjectNode recipient = assertion.putObject("recipient");
        recipient.put("type", "email");
        recipient.put("hashed", true);
        recipient.put("salt", salt);
        recipient.put("identity", identityHash(recipientEmail, salt));
        assertion.put("badge", badgeClassUrl(programId));
        assertion.putObject("verification").put("type", "hosted");
        assertion.put("issuedOn", timestamp(issuedOn));
        if (expires != null) {
            assertion.put("expires", timestamp(expires));
        }
        return json.writeValueAsString(assertion);
    }

    /**
     * The body for a revoked certificate's Assertion URL. The HTTP layer must send it with status
     * {@code 410 Gone}: for hosted verification that status is what marks an assertion as revoked, and the body
     * (only {@code id} and {@code revoked} are required) adds the reason.
     */
    public String revokedAssertion(String canonicalCode, String reason) {
        ObjectNode revoked = json.createObjectNode();
        revoked.put(CONTEXT_KEY, CONTEXT);
        revoked.put("id", assertionUrl(canonicalCode));
        revoked.put("revoked", true);
        if (!reason.isBlank()) {
            revoked.put("revocationReason", reason);
        }
        return json.writeValueAsString(revoked);
    }

    /** A new salt for a recipient's identity hash: 128 random bits as 32 lowercase hex digits. */
    public static String newSalt(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** {@code sha256$} and the lowercase hex SHA-256 of the lowercased, trimmed e-mail address followed by the salt. */
    static String identityHash(String email, String salt) {
        String identity = email.strip().toLowerCase(Locale.ROOT) + salt;
        try {
            byte[] hash = MessageDigest.getInstance(HASH_ALGORITHM).digest(identity.getBytes(StandardCharsets.UTF_8));
            return HASH_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The badge image of a program: a gold rosette around a navy disc with the program's initials, on a
     * transparent background, {@value #IMAGE_SIZE} pixels square, as PNG.
     */
    public byte[] badgeImage(String programName) {
        BufferedImage image = new BufferedImage(IMAGE_SIZE, IMAGE_SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            drawRosette(g);
            drawInitials(g, initials(programName));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Up to three capitals from the first letters of the name's words, leaving out words like "of" and "and". */
    static String initials(String programName) {
        StringBuilder initials = new StringBuilder();
        for (String word : programName.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            initials.appendCodePoint(word.codePointAt(0));
            if (initials.codePointCount(0, initials.length()) == MAX_INITIALS) {
                break;
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }

    private ObjectNode document(String type, String id) {
        ObjectNode node = json.createObjectNode();
        node.put(CONTEXT_KEY, CONTEXT);
        node.put("type", type);
        node.put("id", id);
        return node;
    }

    /** ISO 8601 in UTC to the second, such as {@code 2026-11-22T09:30:00Z}. */
    private static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void drawRosette(Graphics2D g) {
        double c = IMAGE_SIZE / 2.0;
        int scallops = 24;
        double scallopRadius = 13;
        double ring = c - scallopRadius - 3;
        g.setColor(GOLD);
        for (int i = 0; i < scallops; i++) {
            double angle = 2 * Math.PI * i / scallops;
            double x = c + ring * Math.cos(angle);
            double y = c + ring * Math.sin(angle);
            g.fill(new Ellipse2D.Double(x - scallopRadius, y - scallopRadius, 2 * scallopRadius, 2 * scallopRadius));
        }
        g.fill(circle(c, ring + 2));
        g.setColor(GOLD_DARK);
        g.setStroke(new BasicStroke(2f));
        g.draw(circle(c, ring - 6));
        g.setColor(NAVY);
        g.fill(circle(c, ring - 12));
        g.setColor(GOLD);
        g.setStroke(new BasicStroke(3f));
        g.draw(circle(c, ring - 20));
    }

    private static void drawInitials(Graphics2D g, String initials) {
        Font font = BadgeFont.FONT;
        String shown = initials.codePoints().filter(font::canDisplay)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (shown.isEmpty()) {
            return;
        }
        FontRenderContext frc = new FontRenderContext(null, true, true);
        Shape outline = font.deriveFont(100f).createGlyphVector(frc, shown).getOutline();
        Rectangle2D bounds = outline.getBounds2D();
        double maxWidth = shown.codePointCount(0, shown.length()) == 1 ? 70 : 120;
        double scale = Math.min(maxWidth / bounds.getWidth(), 72 / bounds.getHeight());
        double c = IMAGE_SIZE / 2.0;
        AffineTransform place = new AffineTransform();
        place.translate(c - bounds.getCenterX() * scale, c - bounds.getCenterY() * scale);
        place.scale(scale, scale);
        Shape letters = place.createTransformedShape(outline);
        g.setColor(Color.WHITE);
        g.fill(letters);
        // the bundled font is a regular weight: an outline in the same colour makes the letters bold
        g.setStroke(new BasicStroke(INITIALS_WEIGHT, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(letters);
    }

    /** Loaded once, on first use: creating a font from a stream copies it to a temporary file. */
    private static final class BadgeFont {

        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = OpenBadges.class.getResourceAsStream(BADGE_FONT)) {
                if (in != null) {
                    return Font.createFont(Font.TRUETYPE_FONT, in);
                }
            } catch (IOException | FontFormatException e) {
                // fall through to the logical font
            }
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }

    private static Ellipse2D circle(double center, double radius) {
        return new Ellipse2D.Double(center - radius, center - radius, 2 * radius, 2 * radius);
    }
}
