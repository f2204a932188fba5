package com.certdesk.feedback.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Zendesk connector's settings ({@code certdesk.feedback.zendesk.*}); the base-url override is read at the start
 * of every sync instead (see {@link ZendeskSync#baseUrl}).
 *
 * @param syncEvery how often the scheduled sync runs while the connection is enabled
 * @param pageSize ratings per page asked of Zendesk (page[size], at most 100)
 * @param connectTimeout how long to wait for a connection to Zendesk
 * @param requestTimeout how long to wait for one page
 * @param retries how often one page is tried again after a 5xx, a network error or a short 429
 * @param retryBackoff the wait before the first retry after a 5xx or network error; doubles each time
 * @param maxRetryWait the longest Retry-After the sync waits out; a longer one ends the run ("rate limited until")
 * @param staleAfter a run guard older than this (a node that died mid-sync) may be taken over
 */
@ConfigurationProperties("certdesk.feedback.zendesk")
record ZendeskProperties(Duration syncEvery, Integer pageSize, Duration connectTimeout, Duration requestTimeout,
        Integer retries, Duration retryBackoff, Duration maxRetryWait, Duration staleAfter) {

    ZendeskProperties {
        syncEvery = syncEvery == null ? Duration.ofMinutes(15) : syncEvery;
        pageSize = pageSize == null ? 100 : Math.max(1, Math.min(100, pageSize));
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        retries = retries == null ? 3 : Math.max(0, retries);
        retryBackoff = retryBackoff == null ? Duration.ofSeconds(2) : retryBackoff;
        maxRetryWait = maxRetryWait == null ? Duration.ofSeconds(60) : maxRetryWait;
        staleAfter = staleAfter == null ? Duration.ofMinutes(10) : staleAfter;
    }
}
