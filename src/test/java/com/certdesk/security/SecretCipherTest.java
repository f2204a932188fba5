package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.base.ValidationException;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    static String key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void a_token_encrypted_with_the_configured_key_reads_back_and_differs_every_time() {
        SecretCipher cipher = new SecretCipher(key());
        String first = cipher.encrypt("abc123token", "zendesk-api-token");
        String second = cipher.encrypt("abc123token", "zendesk-api-token");

        assertThat(first).startsWith("v1:").doesNotContain("abc123token").isNotEqualTo(second);
        assertThat(cipher.decrypt(first, "zendesk-api-token")).isEqualTo("abc123token");
        assertThat(cipher.decrypt(second, "zendesk-api-token")).isEqualTo("abc123token");
    }

    @Test
    void without_a_key_nothing_is_encrypted_and_the_message_says_how_to_make_one() {
        SecretCipher cipher = new SecretCipher("");

        assertThat(cipher.configured()).isFalse();
        assertThatThrownBy(() -> cipher.encrypt("abc", "zendesk-api-token"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("certdesk.secrets.key").hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void a_key_of_the_wrong_length_or_not_base64_is_refused_with_a_reason() {
        assertThat(new SecretCipher(Base64.getEncoder().encodeToString(new byte[16])).keyProblem())
                .contains("32 bytes", "16 bytes");
        assertThat(new SecretCipher("not base64 at all!").keyProblem()).contains("not valid base64");
    }

    @Test
    void another_key_an_altered_value_or_another_purpose_does_not_decrypt() {
        SecretCipher cipher = new SecretCipher(key());
        String stored = cipher.encrypt("abc123token", "zendesk-api-token");

        assertThatThrownBy(() -> new SecretCipher(key()).decrypt(stored, "zendesk-api-token"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("enter or generate it again");
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt(altered, "zendesk-api-token")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, "another-secret")).isInstanceOf(ValidationException.class);
    }
}
