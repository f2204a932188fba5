package com.certdesk.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How deliveries are signed: {@code Certdesk-Webhook-Signature: v1=<hex HMAC-SHA256>} over
 * {@code "<timestamp>.<body>"}, keyed with the endpoint's secret as UTF-8 text, where the timestamp is the
 * {@code Certdesk-Webhook-Timestamp} header (Unix seconds). Signing the timestamp with the body lets a receiver refuse
 * an old delivery replayed by someone who recorded it. Secrets are {@code whsec_} and 32 random bytes in unpadded
 * base64url.
 */
public final class WebhookSignatures {

    public static final String ID_HEADER = "Certdesk-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Certdesk-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Certdesk-Webhook-Signature";
    public static final String SECRET_PREFIX = "whsec_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignatures() {
    }

    /** A new signing secret: {@code whsec_} and 256 random bits. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The signature header's value for this timestamp and body: {@code v1=} and 64 hex digits. */
    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
