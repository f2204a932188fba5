package com.certdesk.security;

import com.certdesk.base.ValidationException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets Certdesk must be able to read back (the Zendesk API token, webhook signing secrets) with AES-256-GCM: a fresh random
 * 96-bit nonce per encryption, a 128-bit tag, and a purpose bound in as associated data, so a cipher text copied
 * into another column does not decrypt. The key is {@code certdesk.secrets.key}, 32 bytes in base64
 * ({@code openssl rand -base64 32}); it lives in configuration, never in the database. Without a key nothing can be
 * encrypted, and callers refuse to save the secret.
 */
@Component
public class SecretCipher {

    public static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final @Nullable SecretKey key;
    private final @Nullable String keyProblem;

    public SecretCipher(@Value("${certdesk.secrets.key:}") @Nullable String base64Key) {
        SecretKey parsed = null;
        String problem = null;
        if (base64Key == null || base64Key.isBlank()) {
            problem = "No secrets key is configured, so secrets (the Zendesk token, webhook signing secrets) cannot be stored encrypted. Set "
                    + "certdesk.secrets.key (environment CERTDESK_SECRETS_KEY) to 32 random bytes in base64, e.g. the "
                    + "output of `openssl rand -base64 32`, and restart Certdesk.";
        } else {
            try {
                byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
                if (bytes.length != 32) {
                    problem = "certdesk.secrets.key must be 32 bytes in base64 (openssl rand -base64 32); the "
                            + "configured one is " + bytes.length + " bytes.";
                } else {
                    parsed = new SecretKeySpec(bytes, "AES");
                }
            } catch (IllegalArgumentException e) {
                problem = "certdesk.secrets.key is not valid base64; generate one with `openssl rand -base64 32`.";
            }
        }
        this.key = parsed;
        this.keyProblem = problem;
    }

    /** Whether a usable key is configured. */
    public boolean configured() {
        return key != null;
    }

    /** Why no secret can be encrypted, or null when a key is configured. */
    public @Nullable String keyProblem() {
        return keyProblem;
    }

    /**
     * The secret encrypted for storage: "v1:" + base64(nonce || cipher text || tag).
     *
     * @throws ValidationException when no (valid) key is configured
     */
    public String encrypt(String secret, String purpose) {
        SecretKey k = requireKey();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The stored secret in plain text.
     *
     * @throws ValidationException when no key is configured, or the value was encrypted with another key or altered
     */
    public String decrypt(String stored, String purpose) {
        SecretKey k = requireKey();
        if (!stored.startsWith(PREFIX)) {
            throw new ValidationException("The stored secret is not in a format Certdesk knows; enter it again.");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("The stored secret is damaged; enter it again.");
        }
        if (all.length <= NONCE_BYTES) {
            throw new ValidationException("The stored secret is damaged; enter it again.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new ValidationException("The stored secret cannot be decrypted with the configured "
                    + "certdesk.secrets.key (was the key changed?); enter or generate it again.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private SecretKey requireKey() {
        if (key == null) {
            throw new ValidationException(keyProblem == null ? "No secrets key is configured." : keyProblem);
        }
        return key;
    }
}
