package com.certdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The shape of an API token and how it is kept: {@code cdk_<public id>_<secret>}, where the public id is 8 random
 * bytes in hex (16 characters, the database looks the token up by it, so no table scan and no comparison against
 * every hash) and the secret is 32 random bytes (256 bits from {@link SecureRandom}) in unpadded base64url (43
 * characters). Only the SHA-256 of the whole token is stored; the secret has 256 bits of entropy, so a plain hash
 * (no salt, no slow KDF) cannot be reversed by guessing, and the comparison runs in constant time.
 */
final class TokenSecrets {

    static final String PREFIX = "cdk_";
    static final int PUBLIC_ID_LENGTH = 16;
    static final int SECRET_LENGTH = 43;
    static final int TOKEN_LENGTH = PREFIX.length() + PUBLIC_ID_LENGTH + 1 + SECRET_LENGTH;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private TokenSecrets() {
    }

    record Generated(String publicId, String token) {

        @Override
        public String toString() {
            return "Generated[publicId=" + publicId + ", token=(hidden)]";
        }
    }

    static Generated generate() {
        byte[] id = new byte[PUBLIC_ID_LENGTH / 2];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String publicId = HEX.formatHex(id);
        return new Generated(publicId,
                PREFIX + publicId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The public id of a well-formed token; empty for anything else (wrong prefix, length or characters). */
    static Optional<String> publicId(String token) {
        if (token.length() != TOKEN_LENGTH || !token.startsWith(PREFIX)
                || token.charAt(PREFIX.length() + PUBLIC_ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String publicId = token.substring(PREFIX.length(), PREFIX.length() + PUBLIC_ID_LENGTH);
        String secret = token.substring(PREFIX.length() + PUBLIC_ID_LENGTH + 1);
        if (!publicId.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))
                || !secret.chars().allMatch(TokenSecrets::base64Url)) {
            return Optional.empty();
        }
        return Optional.of(publicId);
    }

    /** The stored form: SHA-256 of the whole token, 64 hex characters. */
    static String hash(String token) {
        return HEX.formatHex(sha256(token));
    }

    /** Whether the token hashes to the stored hash, compared in constant time. */
    static boolean matches(String token, String storedHash) {
        byte[] stored;
        try {
            stored = HEX.parseHex(storedHash);
        } catch (IllegalArgumentException corrupt) {
            return false;
        }
        return MessageDigest.isEqual(sha256(token), stored);
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean base64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
