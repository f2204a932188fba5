package com.certdesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings.
 *
 * @param maxFailures wrong passwords for one account before it is locked
 * @param lockDuration how long a locked account stays locked
 */
@ConfigurationProperties("certdesk.login")
record LoginProperties(Integer maxFailures, Duration lockDuration) {

    LoginProperties {
        if (maxFailures == null) {
            maxFailures = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
    }
}
