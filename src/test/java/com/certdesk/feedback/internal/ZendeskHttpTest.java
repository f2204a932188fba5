package com.certdesk.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ZendeskHttpTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void retry_after_in_seconds_or_as_an_http_date_says_until_when_to_wait() {
        assertThat(ZendeskHttp.retryAfter("30", NOW)).isEqualTo(NOW.plusSeconds(30));
        assertThat(ZendeskHttp.retryAfter("Tue, 01 Dec 2026 13:30:00 GMT", NOW))
                .isEqualTo(Instant.parse("2026-12-01T13:30:00Z"));
        assertThat(ZendeskHttp.retryAfter("soon", NOW)).isNull();
        assertThat(ZendeskHttp.retryAfter(null, NOW)).isNull();
        assertThat(ZendeskHttp.retryAfter("-5", NOW)).isEqualTo(NOW);
    }

    @Test
    void api_token_authentication_is_basic_with_email_slash_token() {
        String header = ZendeskHttp.authorization("jdoe@example.com", "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv");
        assertThat(new String(Base64.getDecoder().decode(header.substring("Basic ".length())),
                StandardCharsets.UTF_8)).isEqualTo("jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv");
    }

    @Test
    void the_subdomain_is_checked_and_a_pasted_address_is_accepted() {
        assertThat(ZendeskConnectorService.subdomain(" Acme ")).isEqualTo("acme");
        assertThat(ZendeskConnectorService.subdomain("https://acme-support.zendesk.com/agent/dashboard"))
                .isEqualTo("acme-support");
        for (String bad : new String[] {"", "acme corp", "acme.evil.com", "-acme", "ac_me", "a/../b"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ZendeskConnectorService.subdomain(bad))
                    .as(bad).isInstanceOf(com.certdesk.base.ValidationException.class)
                    .hasMessageContaining("NAME in https://NAME.zendesk.com");
        }
    }

    @Test
    void links_to_another_host_are_not_followed() {
        assertThat(ZendeskSync.sameOrigin("https://acme.zendesk.com/api/v2/x?page[after]=1",
                "https://acme.zendesk.com")).isTrue();
        assertThat(ZendeskSync.sameOrigin("https://evil.example/api", "https://acme.zendesk.com")).isFalse();
        assertThat(ZendeskSync.sameOrigin("http://acme.zendesk.com/api", "https://acme.zendesk.com")).isFalse();
    }
}
