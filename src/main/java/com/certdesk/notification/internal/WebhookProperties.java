package com.certdesk.notification.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Webhook delivery settings ({@code certdesk.webhooks.*}).
 *
 * @param pollInterval how often the poller looks for due deliveries (the longest a new event waits)
 * @param connectTimeout how long to wait for a connection to an endpoint
 * @param requestTimeout how long to wait for an endpoint's answer once connected
 * @param backoff the waits after the 1st, 2nd, … failed attempt; after as many failures as it has waits plus one, the
 *        delivery is failed (default 1 min, 5 min, 30 min, 2 h, 12 h: six attempts in about 14.5 hours)
 * @param batch at most this many deliveries per poll
 */
@ConfigurationProperties("certdesk.webhooks")
public record WebhookProperties(Duration pollInterval, Duration connectTimeout, Duration requestTimeout,
        List<Duration> backoff, Integer batch) {

    public WebhookProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        backoff = backoff == null || backoff.isEmpty() ? List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12)) : List.copyOf(backoff);
        batch = batch == null ? 50 : Math.max(1, batch);
    }

    /** Attempts before a delivery is failed. */
    public int maxAttempts() {
        return backoff.size() + 1;
    }

    /** How long a claimed delivery is held: the attempt's longest time and a margin; then another poller may take it. */
    public Duration lease() {
        return connectTimeout.plus(requestTimeout).plus(Duration.ofSeconds(30));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WebhookProperties.class)
    static class Config {
    }
}
