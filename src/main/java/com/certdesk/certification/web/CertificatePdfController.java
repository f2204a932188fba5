package com.certdesk.certification.web;

import com.certdesk.base.NotFoundException;
import com.certdesk.certification.CertificateFile;
import com.certdesk.certification.CertificateService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificate PDFs for signed-in users. The service decides who may download: the holder, their manager, HR and
 * administrators; anyone else, and any unknown id, gets the same 404.
 */
@RestController
class CertificatePdfController {

    private final CertificateService certificates;

    CertificatePdfController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{id:[0-9]{1,18}}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        try {
            CertificateFile file = certificates.pdf(id);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(file.fileName()).build().toString())
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .body(file.content());
        } catch (NotFoundException | AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body("This certificate does not exist, or you may not see it.".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
