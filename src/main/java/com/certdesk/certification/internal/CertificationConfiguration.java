package com.certdesk.certification.internal;

import com.certdesk.certification.CertificationSettings;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificationSettings.class)
class CertificationConfiguration {

    /** Public verification look-ups allowed per client address and minute, against enumeration of codes. */
    @Bean
    LookupRateLimiter verificationRateLimiter(CertificationSettings settings, Clock clock, JdbcTemplate jdbc) {
        return new LookupRateLimiter(settings.verifyLookupsPerMinute(), clock, jdbc);
    }
}
