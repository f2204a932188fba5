package com.certdesk.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The administrator's backup of the embedded H2 database (ADR 021): H2's {@code SCRIPT TO ... COMPRESSION GZIP},
 * a consistent SQL script of schema and data written while the portal runs, streamed to the administrator and
 * recorded in the audit log. Restored, with the portal stopped, by {@code org.h2.tools.RunScript} (README). On
 * PostgreSQL there is no backup here: {@code pg_dump} is the tool.
 */
@Service
public class DatabaseBackups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);
    private final DataSource dataSource;
    private final AuditLog audit;
    private final Clock clock;

    DatabaseBackups(DataSource dataSource, AuditLog audit, Clock clock) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.clock = clock;
    }

    /** Empty when this database can be backed up here; otherwise the sentence saying how to back it up instead. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<String> unavailable() {
        String product = product();
        if (product.equalsIgnoreCase("H2")) {
            return Optional.empty();
        }
        if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
            return Optional.of("This portal runs on PostgreSQL: back it up with pg_dump (see the README, "
                    + "\"Backup and restore\"), not from here.");
        }
        return Optional.of("This portal's database (" + product + ") is backed up with its own tools.");
    }

    /** The backup's file name, e.g. certdesk-backup-20261203-1650.sql.gz. */
    @PreAuthorize(Roles.IS_ADMIN)
    public String fileName() {
        return "certdesk-backup-" + STAMP.format(clock.instant().atZone(ZoneOffset.UTC)) + ".sql.gz";
    }

    /**
     * Writes the gzip-compressed SQL script of the whole database to {@code out} and records it in the audit log
     * (before sending: whoever starts a download has had the data, even if the transfer breaks off).
     *
     * @return the bytes written
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public long write(OutputStream out) {
        unavailable().ifPresent(why -> {
            throw new com.certdesk.base.ValidationException(why);
        });
        Path file = null;
        long started = System.nanoTime();
        try {
            Path dir = Files.createTempDirectory("certdesk-backup");
            file = dir.resolve("backup.sql.gz");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SCRIPT TO '" + file.toAbsolutePath().toString().replace("'", "''")
                        + "' COMPRESSION GZIP CHARSET 'UTF-8'");
            }
            // recorded before the first byte leaves, so a download broken off half-way (a closed tab) is on record too
            long size = Files.size(file);
            audit.record(AuditKind.BACKUP_DOWNLOADED, "H2 SQL script, gzip: " + size + " bytes, written in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            Files.copy(file, out);
            out.flush();
            return size;
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not write its backup: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(file.getParent());
                } catch (IOException ignored) {
                    // a temporary file the system cleans up
                }
            }
        }
    }

    private String product() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}
