package com.certdesk.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /admin/backup/download}: the H2 database's backup ({@link DatabaseBackups}) for administrators, streamed; 403 for
 * anyone else signed in (the security chain sends those not signed in to sign in), 409 with the reason on PostgreSQL.
 */
@RestController
class BackupController {

    static final String PATH = "/admin/backup/download";
    private final DatabaseBackups backups;

    BackupController(DatabaseBackups backups) {
        this.backups = backups;
    }

    @GetMapping(PATH)
    void backup(HttpServletResponse response) throws IOException {
        String why;
        try {
            why = backups.unavailable().orElse(null);
        } catch (AccessDeniedException e) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, "Only administrators download backups.");
            return;
        }
        if (why != null) {
            plain(response, HttpServletResponse.SC_CONFLICT, why);
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(backups.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        backups.write(response.getOutputStream());
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
