package com.certdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PublicAddressTest {

    @Test
    void links_have_one_slash_whatever_the_setting_ends_with() {
        for (String configured : new String[] {"https://certdesk.example.com", "https://certdesk.example.com/",
                " https://certdesk.example.com// "}) {
            var address = new PublicAddress(configured);
            assertThat(address.baseUrl()).isEqualTo("https://certdesk.example.com");
            assertThat(address.link("verify/ABC")).isEqualTo("https://certdesk.example.com/verify/ABC");
            assertThat(address.link("/verify/ABC")).isEqualTo("https://certdesk.example.com/verify/ABC");
            assertThat(address.link("")).isEqualTo("https://certdesk.example.com/");
        }
        assertThat(new PublicAddress("http://example.com:8443/certdesk/").link("login"))
                .isEqualTo("http://example.com:8443/certdesk/login");
    }

    @Test
    void an_address_that_is_not_absolute_http_is_refused_naming_the_setting() {
        for (String wrong : new String[] {"localhost:8080", "ftp://example.com", "certdesk.example.com", "",
                "https://", "https://example.com/?a=b", "https://example.com/#top", "https://user:pw@example.com",
                "http://exa mple.com"}) {
            assertThatThrownBy(() -> new PublicAddress(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("certdesk.base-url");
        }
    }

    @Test
    void only_an_address_of_this_machine_counts_as_localhost() {
        assertThat(new PublicAddress(PublicAddress.DEFAULT).pointsAtLocalhost()).isTrue();
        assertThat(new PublicAddress("http://127.0.0.1:9000").pointsAtLocalhost()).isTrue();
        assertThat(new PublicAddress("https://certdesk.example.com").pointsAtLocalhost()).isFalse();
        assertThat(new PublicAddress("https://CertDesk.Example.com").host()).isEqualTo("certdesk.example.com");
    }

    @Test
    void a_wrong_setting_stops_the_start_with_a_clear_message() {
        new ApplicationContextRunner().withUserConfiguration(Config.class)
                .withPropertyValues("certdesk.base-url=certdesk.example.com")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("certdesk.base-url").hasMessageContaining("https://"));
        new ApplicationContextRunner().withUserConfiguration(Config.class)
                .run(context -> assertThat(context.getBean(PublicAddress.class).baseUrl())
                        .isEqualTo(PublicAddress.DEFAULT));
        new ApplicationContextRunner().withUserConfiguration(Config.class)
                .withPropertyValues("certdesk.base-url=https://academy.example.org/")
                .run(context -> assertThat(context.getBean(PublicAddress.class).baseUrl())
                        .isEqualTo("https://academy.example.org"));
    }

    @EnableConfigurationProperties(PublicAddress.class)
    static class Config {
    }
}
