package com.certdesk.reporting.web;

import com.certdesk.base.NotFoundException;
import com.certdesk.reporting.ReportFile;
import com.certdesk.reporting.ReportSchedules;
import java.nio.charset.StandardCharsets;
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
 * The files of scheduled reports, at {@code /reports/runs/{id}/file}, for signed-in users (the security chain sends
 * anyone else to sign in). The service decides: the owner and administrators get the file; another HR user, a
 * manager, an agent and an unknown id get the same 404, so ids cannot be probed.
 */
@RestController
class ReportFileController {

    private final ReportSchedules schedules;

    ReportFileController(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/reports/runs/{id:[0-9]{1,18}}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        try {
            ReportFile file = schedules.file(id);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.mimeType()))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                    .toString())
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .body(file.content());
        } catch (NotFoundException | AccessDeniedException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                    .body(("This report file does not exist (files are kept a limited time), or you may not "
                            + "download it.").getBytes(StandardCharsets.UTF_8));
        }
    }
}
