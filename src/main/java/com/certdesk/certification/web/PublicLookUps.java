package com.certdesk.certification.web;

import com.certdesk.certification.internal.LookupRateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The one look-up limit of the public certificate pages: the verification page and the Open Badges assertions
 * draw on the same allowance per client address, so neither can be used to guess codes past the other's limit.
 */
@Component
class PublicLookUps {

    private final LookupRateLimiter limiter;

    PublicLookUps(LookupRateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Counts a look-up; empty when it may go ahead, else the seconds to wait (for Retry-After). */
    OptionalLong refuse(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (limiter.tryAcquire(client)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, limiter.retryAfter(client).toSeconds()));
    }
}
