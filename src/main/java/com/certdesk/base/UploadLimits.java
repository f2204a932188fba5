package com.certdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest file any import accepts ({@code certdesk.upload.max-size}, 20 MB unless configured). An import with a
 * smaller limit of its own keeps it ({@link #cap}); Spring's multipart limits are set from the same setting in
 * application.properties, so no request body beyond it is buffered anywhere.
 */
@ConfigurationProperties("certdesk.upload")
public record UploadLimits(DataSize maxSize) {

    public UploadLimits(@DefaultValue("20MB") DataSize maxSize) {
        if (maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("certdesk.upload.max-size must be at least 1 byte, it is " + maxSize);
        }
        this.maxSize = maxSize;
    }

    /** The limit of an import whose own limit is {@code importLimit}: the smaller of the two. */
    public long cap(long importLimit) {
        return Math.min(importLimit, maxSize.toBytes());
    }
}
