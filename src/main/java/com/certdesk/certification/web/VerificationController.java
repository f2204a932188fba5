package com.certdesk.certification.web;

import com.certdesk.certification.CertificateService;
import com.certdesk.certification.Verification;
import com.certdesk.certification.internal.VerificationCode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public verification page, without sign-in: anyone holding a certificate's code or QR code sees whether it
 * is valid, expired or revoked, with only the holder's name, the program and the dates. Each client address may
 * look up a limited number of codes per minute; a malformed code gets exactly the same "not found" answer as an
 * unknown one, so nothing tells how close a guess was.
 */
@RestController
class VerificationController {

    private final CertificateService certificates;
    private final PublicLookUps limiter;

    VerificationController(CertificateService certificates, PublicLookUps limiter) {
        this.certificates = certificates;
        this.limiter = limiter;
    }

    /** The form to type a code; a submitted code is normalised and redirected to its own address. */
    @GetMapping("/verify")
    ResponseEntity<String> form(@RequestParam(name = "code", required = false) @Nullable String code,
            HttpServletRequest request) {
        if (code == null || code.isBlank()) {
            return html(HttpStatus.OK, VerificationPage.form());
        }
        Optional<String> canonical = VerificationCode.normalize(code);
        if (canonical.isPresent()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(request.getContextPath() + "/verify/" + canonical.get())).build();
        }
        return lookUp(code, request);
    }

    @GetMapping("/verify/{code}")
    ResponseEntity<String> verify(@PathVariable String code, HttpServletRequest request) {
        return lookUp(code, request);
    }

    private ResponseEntity<String> lookUp(String typed, HttpServletRequest request) {
        OptionalLong refused = limiter.refuse(request);
        if (refused.isPresent()) {
            long seconds = refused.getAsLong();
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .contentType(MediaType.TEXT_HTML)
                    .body(VerificationPage.tooManyLookUps(seconds));
        }
        Verification result = VerificationCode.normalize(typed).map(certificates::verify)
                .orElse(Verification.NOT_FOUND);
        HttpStatus status = result.status() == com.certdesk.certification.VerificationStatus.NOT_FOUND
                ? HttpStatus.NOT_FOUND : HttpStatus.OK;
        return html(status, VerificationPage.result(result));
    }

    /**
     * A query string the container cannot decode (e.g. {@code ?code=%ZZ}) fails when the code is read: that is the
     * client's mistake, answered with the page for an unknown code (as 400) instead of an error in the log.
     */
    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<String> undecodable(IllegalStateException e) {
        return html(HttpStatus.BAD_REQUEST, VerificationPage.result(Verification.NOT_FOUND));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .body(body);
    }
}
