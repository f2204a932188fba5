package com.certdesk.certification.web;

import com.certdesk.certification.internal.BadgePublisher;
import com.certdesk.certification.internal.OpenBadges;
import com.certdesk.certification.internal.VerificationCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open Badges 2.0 hosted verification: public JSON-LD documents a badge backpack or verifier fetches. Unknown or
 * malformed ids answer 404; a revoked assertion answers 410 with the revocation document, as the spec asks.
 * Assertions are looked up by verification code, so they share the verification page's look-up limit.
 */
@RestController
class BadgeController {

    private static final MediaType JSON_LD = MediaType.parseMediaType(OpenBadges.MEDIA_TYPE);

    private final BadgePublisher publisher;
    private final PublicLookUps limiter;

    BadgeController(BadgePublisher publisher, PublicLookUps limiter) {
        this.publisher = publisher;
        this.limiter = limiter;
    }

    @GetMapping("/badges/issuer")
    ResponseEntity<String> issuer() {
        return json(200, publisher.issuer());
    }

    @GetMapping("/badges/programs/{programId:[0-9]{1,18}}")
    ResponseEntity<String> badgeClass(@PathVariable long programId) {
        return publisher.badgeClass(programId).map(json -> json(200, json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/badges/programs/{programId:[0-9]{1,18}}/image.png")
    ResponseEntity<byte[]> image(@PathVariable long programId) {
        return publisher.image(programId).map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1))).body(png))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/badges/assertions/{code}")
    ResponseEntity<String> assertion(@PathVariable String code, HttpServletRequest request) {
        OptionalLong refused = limiter.refuse(request);
        if (refused.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(refused.getAsLong()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"error\":\"Too many look-ups from your address. Try again in "
                            + refused.getAsLong() + " seconds.\"}");
        }
        if (!VerificationCode.isCanonical(code)) {
            return ResponseEntity.notFound().build();
        }
        return publisher.assertion(code).map(p -> json(p.status(), p.json()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<String> json(int status, String body) {
        return ResponseEntity.status(status).contentType(JSON_LD).cacheControl(CacheControl.noCache())
                .header("Access-Control-Allow-Origin", "*").body(body);
    }
}
