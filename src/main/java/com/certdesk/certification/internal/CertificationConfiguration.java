package com.certdesk.certification.internal;

import com.certdesk.certification.CertificationSettings;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificationSettings.class)
class CertificationConfiguration {

    /** Public verification look-ups allowed per client address and minute, against enumeration of codes. */
    @Bean
    LookupRateLimiter verificationRateLimiter(CertificationSettings settings, Clock clock) {
        return new LookupRateLimiter(settings.verifyLookupsPerMinute(), clock);
    }
}
