package com.certdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.base.PublicAddress;
import org.junit.jupiter.api.Test;

class TrustedRedirectsTest {

    final PublicAddress address = new PublicAddress("https://certdesk.example.com");

    @Test
    void a_redirect_to_the_host_the_request_named_becomes_relative() {
        assertThat(TrustedRedirects.safeLocation("http://evil.example/login", "evil.example", address))
                .isEqualTo("/login");
        assertThat(TrustedRedirects.safeLocation("https://EVIL.example:8443/?continue#x", "evil.example", address))
                .isEqualTo("/?continue#x");
        assertThat(TrustedRedirects.safeLocation("http://evil.example", "evil.example", address)).isEqualTo("/");
        assertThat(TrustedRedirects.safeLocation("//evil.example/login", "evil.example", address))
                .isEqualTo("/login");
    }

    @Test
    void relative_redirects_and_the_public_address_are_kept() {
        assertThat(TrustedRedirects.safeLocation("/login?error", "evil.example", address)).isEqualTo("/login?error");
        assertThat(TrustedRedirects.safeLocation("login", "evil.example", address)).isEqualTo("login");
        assertThat(TrustedRedirects.safeLocation("https://certdesk.example.com/verify/X", "evil.example", address))
                .isEqualTo("https://certdesk.example.com/verify/X");
    }

    @Test
    void a_malformed_location_goes_home() {
        assertThat(TrustedRedirects.safeLocation("http://exa mple/%%", "example", address)).isEqualTo("/");
    }
}
