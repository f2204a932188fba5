package com.certdesk.feedback.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the ingestion API reads ({@code certdesk.api.max-request-size}, 2 MB unless configured):
 * a request declaring more is refused before its body is read, one sending more is refused as soon as it passes.
 */
@ConfigurationProperties("certdesk.api")
record ApiLimits(DataSize maxRequestSize) {

    ApiLimits(@DefaultValue("2MB") DataSize maxRequestSize) {
        if (maxRequestSize.toBytes() < 1) {
            throw new IllegalArgumentException("certdesk.api.max-request-size must be at least 1 byte, it is "
                    + maxRequestSize);
        }
        this.maxRequestSize = maxRequestSize;
    }
}
